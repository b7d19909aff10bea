import Foundation
import Testing

/// SPEC §12's objective checked from the outside: on small random catalogs,
/// every way of proposing deadlines that the plan and the default pack allow
/// is tried, and none has fewer changed procedures, or as few with fewer
/// days cut beyond the target, or as few and as close with more
/// citizen-days saved, than what `tthc suggest` prints.
@Suite("tthc suggest against brute force")
struct SuggestOptimalityTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    struct Row {
        var code: String
        var legal: Int
        var current: Double?
        var proposed: Double?
        var dossiers: Int?
    }

    static func halfDown(_ x: Double) -> Double { (x * 2 + 1e-9).rounded(.down) / 2 }
    static func halfUp(_ x: Double) -> Double { (x * 2 - 1e-9).rounded(.up) / 2 }

    /// What the shipped plan (as of 2026-06-01: 40%, each cut at least 30%
    /// rounded up to whole days on deadlines of 3 days or more) and `cut-depth`
    /// (at most 80%) allow one procedure: nil (left alone) or a proposed
    /// deadline on the half-day grid.
    static func options(_ row: Row) -> [Double?] {
        guard row.legal >= 3 else { return [nil] }
        let legal = Double(row.legal)
        var longest = halfDown(legal - (0.3 * legal - 1e-9).rounded(.up))
        if let proposed = row.proposed { longest = min(longest, halfUp(proposed) - 0.5) }
        if let current = row.current { longest = min(longest, halfDown(current)) }
        let shortest = max(0.5, halfUp(legal * 0.2))
        guard shortest <= longest else { return [nil] }
        return [nil] + stride(from: shortest, through: longest + 1e-9, by: 0.5).map { Optional($0) }
    }

    /// (changes, surplus in fifths of half days, −value): smaller is better.
    typealias Score = (changes: Int, surplus: Int, value: Double)

    static func score(_ rows: [Row], _ chosen: [Double?]) -> Score? {
        var cut2 = 0
        var legal2 = 0
        var changes = 0
        var value = 0.0
        for (row, choice) in zip(rows, chosen) {
            if choice != nil { changes += 1 }
            guard let proposed = choice ?? row.proposed else { continue }
            legal2 += 2 * row.legal
            cut2 += Int(((Double(row.legal) - proposed) * 2).rounded())
            if let choice, let dossiers = row.dossiers {
                value += ((row.proposed ?? Double(row.legal)) - choice) * Double(dossiers)
            }
        }
        // 40% = 2/5: the rate holds when 5·cut ≥ 2·legal, on a list that exists.
        let surplus = 5 * cut2 - 2 * legal2
        guard legal2 > 0, surplus >= 0 else { return nil }
        return (changes, surplus, value)
    }

    static func better(_ a: Score, than b: Score) -> Bool {
        a.changes != b.changes ? a.changes < b.changes : a.surplus != b.surplus ? a.surplus < b.surplus : a.value > b.value + 1e-9
    }

    static func bruteForce(_ rows: [Row]) -> Score? {
        let options = rows.map(Self.options)
        var best: Score?
        var chosen = [Double?](repeating: nil, count: rows.count)
        func visit(_ index: Int) {
            guard index < rows.count else {
                if let score = score(rows, chosen), best.map({ better(score, than: $0) }) ?? true { best = score }
                return
            }
            for option in options[index] {
                chosen[index] = option
                visit(index + 1)
            }
        }
        visit(0)
        return best
    }

    static func yaml(_ rows: [Row]) -> String {
        var out = "sector: { id: a, name: A }\nprocedures:\n"
        for row in rows {
            var deadline = "legal: \(row.legal)"
            if let current = row.current { deadline += ", current: \(current)" }
            if let proposed = row.proposed { deadline += ", proposed: \(proposed)" }
            out += "  - { code: \"\(row.code)\", name: N, level: province, legal_basis: [L], deadline: { \(deadline) }"
            if let dossiers = row.dossiers { out += ", dossiers_per_year: \(dossiers)" }
            out += " }\n"
        }
        return out
    }

    @Test("40 random catalogs of 2 to 6 procedures: no assignment of proposals beats the suggestion")
    func noBetterAnswer() throws {
        let dir = try TemporaryDirectory("tthc-suggest-brute")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        var random = Generator(state: 12_2026)
        var reached = 0
        for round in 0..<40 {
            let rows = (0..<(2 + random.next(5))).map { index -> Row in
                let legal = 2 + random.next(11)
                var row = Row(code: "1.\(100_000 + index)", legal: legal)
                if random.next(10) < 6 { row.proposed = Double(legal) - [0.5, 1, 2, 3][random.next(legal > 3 ? 4 : 1)] }
                if random.next(10) < 3 { row.current = Double(legal - random.next(min(3, legal))) }
                row.dossiers = [nil, 0, 10, 100, 1000][random.next(5)]
                return row
            }
            try dir.write("catalog/a.yaml", Self.yaml(rows))
            let result = try TTHC.run(
                ["suggest", "--target", "reduction_rate", "--format", "json", "--as-of", "2026-06-01"], in: dir.url)
            let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any], "\(result)")
            let best = Self.bruteForce(rows)
            let ahead = rows.contains { $0.proposed != nil } && Self.score(rows, rows.map { _ in nil }) != nil
            guard !ahead else {
                #expect(result.status == 0 && (object["changes"] as? [Any])?.isEmpty == true, "round \(round): already met")
                continue
            }
            guard let best else {
                #expect(result.status == 1 && object["reached"] as? Bool == false, "round \(round): \(Self.yaml(rows))")
                continue
            }
            #expect(result.status == 0, "round \(round): \(result)")
            let changes = try #require(object["changes"] as? [[String: Any]])
            var after: [String: Double] = [:]
            for change in changes { after[change["code"] as! String] = change["after"] as? Double }
            let got = try #require(Self.score(rows, rows.map { after[$0.code] }), "round \(round): the suggestion misses 40%")
            #expect(
                got.changes == best.changes && got.surplus == best.surplus && abs(got.value - best.value) < 1e-9,
                "round \(round): got \(got), brute force \(best)\n\(Self.yaml(rows))")
            reached += 1
        }
        // The rounds must exercise the search, not only the trivial cases.
        #expect(reached >= 15, "only \(reached) rounds needed changes")
    }
}
