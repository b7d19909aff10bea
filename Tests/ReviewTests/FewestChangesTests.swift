import Review
import Testing

/// The selection of `tthc suggest` against an exhaustive search: on small
/// random sets of candidates, each with several depths, no selection has
/// fewer changes, or as few with less surplus, or as few and as little
/// surplus with more value.
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

    typealias Score = (count: Int, gain: Int, value: Double)

    static func score(_ chosen: [FewestChanges.Choice], step: Int) -> Score {
        (
            chosen.count, chosen.reduce(0) { $0 + $1.candidate.gain - $1.shallower * step },
            chosen.reduce(0) { $0 + $1.candidate.value - Double($1.shallower) * $1.candidate.stepValue }
        )
    }

    /// Every candidate left out or at each of its depths: the best by
    /// (fewest, least gain, most value) among those that reach `need`.
    static func exhaustive(_ candidates: [FewestChanges.Candidate], need: Int, step: Int) -> Score? {
        var best: Score?
        func visit(_ index: Int, _ count: Int, _ gain: Int, _ value: Double) {
            guard index < candidates.count else {
                guard gain >= need else { return }
                if let current = best {
                    let better =
                        count < current.count || count == current.count && gain < current.gain
                        || count == current.count && gain == current.gain && value > current.value + 1e-9
                    if !better { return }
                }
                best = (count, gain, value)
                return
            }
            visit(index + 1, count, gain, value)
            let candidate = candidates[index]
            for t in 0...candidate.steps {
                visit(index + 1, count + 1, gain + candidate.gain - t * step, value + candidate.value - Double(t) * candidate.stepValue)
            }
        }
        visit(0, 0, 0, 0)
        return best
    }

    @Test(
        "random sets of up to 8 candidates with up to 4 depths: the same count, surplus and value as every selection tried",
        arguments: [(9, 30, 1), (41, 160, 3), (25, 60, 5)])
    func matchesExhaustiveSearch(gains: Int, needs: Int, step: Int) {
        var random = Generator(state: 20_261_201 &+ UInt64(gains))
        for round in 0..<400 {
            let n = 1 + random.next(8)
            let candidates = (0..<n).map { index in
                FewestChanges.Candidate(
                    code: "1.\(100_000 + index)", gain: random.next(gains) - 1, value: Double(random.next(5) * 10),
                    steps: random.next(4), stepValue: Double(random.next(3)))
            }
            let need = random.next(needs) - 2
            let useful = candidates.filter { $0.gain > 0 }
            let expected = Self.exhaustive(useful, need: need, step: step)
            switch FewestChanges.choose(candidates, need: need, step: step) {
            case .reached:
                #expect(need <= 0, "round \(round)")
            case .unreachable(let shortfall):
                #expect(expected == nil, "round \(round)")
                #expect(shortfall == need - useful.reduce(0) { $0 + $1.gain }, "round \(round)")
            case .selection(let chosen):
                let got = Self.score(chosen, step: step)
                #expect(
                    expected.map { $0.count == got.count && $0.gain == got.gain && abs($0.value - got.value) < 1e-9 } == true,
                    "round \(round): \(candidates) need \(need): got \(got), best \(String(describing: expected))")
                #expect(Set(chosen.map(\.candidate.code)).count == chosen.count, "round \(round): a candidate chosen twice")
                #expect(chosen.allSatisfy { $0.shallower >= 0 && $0.shallower <= $0.candidate.steps }, "round \(round)")
            }
        }
    }

    @Test("ties keep the codes that come first, and the output is in code order")
    func ties() {
        let candidates = ["1.000003", "1.000001", "1.000002"].map { FewestChanges.Candidate(code: $0, gain: 2, value: 0) }
        #expect(
            FewestChanges.choose(candidates, need: 3, step: 1)
                == .selection([candidates[1], candidates[2]].map { FewestChanges.Choice(candidate: $0, shallower: 0) }))
    }

    @Test("the depth is made shallower where the surplus allows, on the procedures worth least to citizens")
    func depths() {
        // Need 5: one candidate of gain 8 with 4 steps of 1 could stop at 5.
        let big = FewestChanges.Candidate(code: "1.000001", gain: 8, value: 80, steps: 4, stepValue: 10)
        #expect(FewestChanges.choose([big], need: 5, step: 1) == .selection([FewestChanges.Choice(candidate: big, shallower: 3)]))
    }
}
