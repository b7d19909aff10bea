import Review
import Testing

/// The selection of `tthc suggest` against an exhaustive search: on small
/// random sets of candidates, no selection has fewer changes, or as few with
/// less surplus, or as few and as little surplus with more value.
@Suite("FewestChanges: the exact selection")
struct FewestChangesTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func score(_ chosen: [FewestChanges.Candidate]) -> (Int, Int, Double) {
        (chosen.count, chosen.reduce(0) { $0 + $1.gain }, chosen.reduce(0) { $0 + $1.value })
    }

    /// Every subset, the best by (fewest, least gain, most value).
    static func exhaustive(_ candidates: [FewestChanges.Candidate], need: Int) -> (Int, Int, Double)? {
        var best: (Int, Int, Double)?
        for mask in 0..<(1 << candidates.count) {
            let chosen = candidates.indices.filter { mask & (1 << $0) != 0 }.map { candidates[$0] }
            let (count, gain, value) = score(chosen)
            guard gain >= need else { continue }
            if let current = best {
                let better =
                    count < current.0 || count == current.0 && gain < current.1
                    || count == current.0 && gain == current.1 && value > current.2 + 1e-9
                if !better { continue }
            }
            best = (count, gain, value)
        }
        return best
    }

    @Test(
        "random sets of up to 13 candidates, small and large gains: the same count, surplus and value as every subset tried",
        arguments: [(9, 30), (41, 160)])
    func matchesExhaustiveSearch(gains: Int, needs: Int) {
        var random = Generator(state: 20_261_201 &+ UInt64(gains))
        for round in 0..<400 {
            let n = 1 + random.next(13)
            let candidates = (0..<n).map { index in
                FewestChanges.Candidate(
                    code: "1.\(100_000 + index)", gain: random.next(gains) - 1, value: Double(random.next(5) * 10))
            }
            let need = random.next(needs) - 2
            let expected = Self.exhaustive(candidates.filter { $0.gain > 0 }, need: need)
            switch FewestChanges.choose(candidates, need: need) {
            case .reached:
                #expect(need <= 0, "round \(round)")
            case .unreachable(let shortfall):
                #expect(expected == nil, "round \(round)")
                #expect(shortfall == need - candidates.filter { $0.gain > 0 }.reduce(0) { $0 + $1.gain }, "round \(round)")
            case .selection(let chosen):
                let got = Self.score(chosen)
                #expect(expected.map { $0.0 == got.0 && $0.1 == got.1 && abs($0.2 - got.2) < 1e-9 } == true,
                        "round \(round): \(candidates) need \(need): got \(got), best \(String(describing: expected))")
                #expect(Set(chosen.map(\.code)).count == chosen.count, "round \(round): a candidate chosen twice")
            }
        }
    }

    @Test("ties keep the codes that come first, and the output is in code order")
    func ties() {
        let candidates = ["1.000003", "1.000001", "1.000002"].map { FewestChanges.Candidate(code: $0, gain: 2, value: 0) }
        #expect(FewestChanges.choose(candidates, need: 3) == .selection([candidates[1], candidates[2]]))
    }
}
