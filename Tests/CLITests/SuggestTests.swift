import Foundation
import Testing

/// SPEC §12: `tthc suggest` drafts the fewest changes that make the plan's
/// catalog targets hold, each passing every rule, and writes them with the
/// byte-exact rewriting of `fix`.
@Suite("tthc suggest")
struct SuggestTests {
    static let asOf = ["--as-of", "2026-06-01"]

    /// The shipped catalog and rules in a scratch directory, to write into.
    static func shipped() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-suggest")
        for name in ["catalog", "rules"] {
            try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent(name), to: dir.path(name))
        }
        return dir
    }

    /// The shipped rules with `catalog/a.yaml` holding `procedures` (YAML lines).
    static func scratch(_ procedures: String, rules extra: String? = nil) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-suggest")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try dir.write("catalog/a.yaml", "sector: { id: a, name: A }\nprocedures:\n" + procedures)
        if let extra { try dir.write("rules/planted.yaml", extra) }
        return dir
    }

    static func json(_ result: RunResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any], "\(result)")
    }

    /// Warnings and errors of `check`, as (rule, procedure) pairs.
    static func problems(in dir: TemporaryDirectory) throws -> [String] {
        let result = try TTHC.run(["check", "--format", "json"] + asOf, in: dir.url)
        let findings = try #require(try json(result)["findings"] as? [[String: Any]])
        return findings.filter { ($0["severity"] as? String) != "info" }
            .map { "\($0["rule"] as? String ?? "") \($0["procedure"] as? String ?? "")" }.sorted()
    }

    static func files(_ dir: TemporaryDirectory) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path("catalog").path)
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: dir.path("catalog/" + $0))) })
    }

    @Test("on the shipped sample the reduction rate reaches 40%; --write then check adds no warning or error and report shows it met")
    func shippedSample() throws {
        let dir = try Self.shipped()
        let before = try Self.problems(in: dir)
        let originals = try Self.files(dir)

        let draft = try TTHC.run(["suggest", "--target", "reduction_rate", "--format", "json"] + Self.asOf, in: dir.url)
        #expect(draft.status == 0, "\(draft)")
        let object = try Self.json(draft)
        #expect(object["target"] as? String == "reduction_rate")
        #expect(object["reached"] as? Bool == true)
        #expect((object["before"] as? Double).map { abs($0 - 861.0 / 2325.0) < 1e-12 } == true)
        #expect((object["after"] as? Double).map { $0 >= 0.4 } == true)
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(!changes.isEmpty && changes.allSatisfy { $0["field"] as? String == "deadline.proposed" })
        for change in changes { #expect(Set(change.keys).isSuperset(of: ["code", "field", "before", "after"])) }
        #expect(try Self.files(dir) == originals, "suggest without --write wrote into the catalog")

        let text = try TTHC.run(["suggest", "--target", "reduction_rate"] + Self.asOf, in: dir.url)
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("reduction_rate: 37.03% → "), "\(text)")
        #expect(text.stdout.contains("--- a/catalog/"), "the diff: \(text)")
        #expect(text.stdout.contains("+      proposed: "), "\(text)")

        let written = try TTHC.run(["suggest", "--target", "reduction_rate", "--write"] + Self.asOf, in: dir.url)
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.contains("Wrote the changes into"), "\(written)")
        let after = try Self.problems(in: dir)
        #expect(Set(after).isSubset(of: Set(before)), "new: \(Set(after).subtracting(before))")
        #expect(!after.contains(where: { $0.hasPrefix("plan-reduction-target") }))

        let report = try Self.json(TTHC.run(["report", "--format", "json"] + Self.asOf, in: dir.url))
        let targets = try #require(report["targets"] as? [[String: Any]])
        let rate = try #require(targets.first { $0["target"] as? String == "reduction_rate" })
        #expect(rate["met"] as? Bool == true, "\(rate)")

        // Only the changed values' lines differ: every line removed or added
        // (as multisets) holds a deadline, a step's days or a declared total.
        let keys = ["proposed:", "days:", "cut_days:", "rate:", "legal_days:", "procedures:"]
        for (name, data) in try Self.files(dir) where data != originals[name] {
            let old = String(decoding: originals[name]!, as: UTF8.self).split(separator: "\n").map(String.init)
            let new = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            var count: [String: Int] = [:]
            for line in old { count[line, default: 0] += 1 }
            for line in new { count[line, default: 0] -= 1 }
            for (line, n) in count where n != 0 {
                #expect(keys.contains { line.contains($0) }, "\(name): \(n > 0 ? "removed" : "added") \(line)")
            }
        }

        let again = try TTHC.run(["suggest", "--target", "reduction_rate"] + Self.asOf, in: dir.url)
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout.contains("already met"), "\(again)")
        #expect(again.stdout.contains("Nothing to change"), "\(again)")
    }

    @Test("the same input gives the same bytes, whatever the number of threads")
    func deterministic() throws {
        let dir = try Self.shipped()
        let one = try TTHC.run(["suggest", "--jobs", "1"] + Self.asOf, in: dir.url)
        let two = try TTHC.run(["suggest", "--jobs", "2"] + Self.asOf, in: dir.url)
        let again = try TTHC.run(["suggest"] + Self.asOf, in: dir.url)
        #expect(one.status == 0 && one.stdoutBytes == two.stdoutBytes && two.stdoutBytes == again.stdoutBytes)
    }

    static let attractive = """
          - { code: "1.000001", name: Big, level: province, legal_basis: [L], deadline: { legal: 30, proposed: 24 } }
          - { code: "1.000002", name: Other, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 6 } }
          - { code: "1.000003", name: Third, level: province, legal_basis: [L], deadline: { legal: 10 } }
          - { code: "1.000004", name: Fourth, level: province, legal_basis: [L], deadline: { legal: 12 } }
          - { code: "1.000005", name: Fifth, level: province, legal_basis: [L], deadline: { legal: 20, proposed: 14 } }
          - { code: "1.000006", name: Sixth, level: province, legal_basis: [L], deadline: { legal: 40 } }

        """

    @Test("rules that forbid the most attractive proposals are obeyed: those procedures are left alone or cut less")
    func plantedRules() throws {
        // Unplanted, one change reaches 40% with no surplus: 8 more days cut
        // on the 30-day procedure (24 → 16) or on the 20-day one (14 → 6);
        // equal in every other way, the first code wins.
        let free = try Self.scratch(Self.attractive)
        let unplanted = try Self.json(TTHC.run(["suggest", "--target", "reduction_rate", "--format", "json"] + Self.asOf, in: free.url))
        let freeChanges = try #require(unplanted["changes"] as? [[String: Any]])
        #expect(freeChanges.map { $0["code"] as? String } == ["1.000001"], "\(unplanted)")
        #expect(freeChanges.first?["after"] as? Double == 16, "\(unplanted)")

        let planted = """
            rules:
              - id: first-stays
                severity: error
                description: The 30-day procedure's proposal is agreed with the ministry and stays.
                when: code == "1.000001"
                assert: deadline.proposed == 24
                message: { en: "keep 24", vi: "giữ 24" }
              - id: at-most-half
                severity: warning
                description: No cut takes more than half of the legal deadline.
                when: has(deadline.proposed)
                assert: (deadline.legal - deadline.proposed) / deadline.legal <= 0.5
                message: { en: "too deep", vi: "quá sâu" }

            """
        let dir = try Self.scratch(Self.attractive, rules: planted)
        let before = try Self.problems(in: dir)
        let result = try TTHC.run(["suggest", "--target", "reduction_rate", "--format", "json"] + Self.asOf, in: dir.url)
        #expect(result.status == 0, "\(result)")
        let object = try Self.json(result)
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(!changes.isEmpty && !changes.contains { $0["code"] as? String == "1.000001" }, "\(object)")
        // Two changes now: the 20-day one cut to 50% (14 → 10) and the 40-day one given 20.
        #expect(changes.map { $0["code"] as? String } == ["1.000005", "1.000006"], "\(object)")
        let legal = ["1.000002": 10.0, "1.000003": 10, "1.000004": 12, "1.000005": 20, "1.000006": 40]
        for change in changes {
            let code = try #require(change["code"] as? String)
            let after = try #require(change["after"] as? Double)
            #expect((legal[code]! - after) / legal[code]! <= 0.5, "\(change)")
        }
        _ = try TTHC.run(["suggest", "--target", "reduction_rate", "--write"] + Self.asOf, in: dir.url)
        let after = try Self.problems(in: dir)
        #expect(Set(after).isSubset(of: Set(before)), "new: \(Set(after).subtracting(before))")
    }

    @Test("a catalog rule that refuses new entries on the list: the suggestion cuts deeper instead, and adds no warning")
    func catalogRule() throws {
        let dir = try Self.shipped()
        try dir.write(
            "rules/cap.yaml",
            """
            rules:
              - id: list-cap
                scope: catalog
                severity: warning
                description: The reduction list keeps its 140 procedures; deeper cuts only.
                assert: count(catalog.procedures.filter(p, has(p.deadline.proposed))) <= 140
                message: { en: "more than 140 on the list", vi: "quá 140" }

            """)
        let before = try Self.problems(in: dir)
        let result = try TTHC.run(["suggest", "--target", "reduction_rate", "--format", "json"] + Self.asOf, in: dir.url)
        #expect(result.status == 0, "\(result)")
        let changes = try #require(try Self.json(result)["changes"] as? [[String: Any]])
        #expect(!changes.isEmpty && changes.allSatisfy { !($0["before"] is NSNull) }, "\(changes)")
        _ = try TTHC.run(["suggest", "--target", "reduction_rate", "--write"] + Self.asOf, in: dir.url)
        let after = try Self.problems(in: dir)
        #expect(Set(after).isSubset(of: Set(before)), "new: \(Set(after).subtracting(before))")
    }

    @Test("an unreachable target says the best value and what stands in the way, exits 1 and writes nothing")
    func unreachable() throws {
        let dir = try Self.scratch(
            """
              - { code: "1.000001", name: A, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 9 } }
              - { code: "1.000002", name: B, level: province, legal_basis: [L], deadline: { legal: 100, proposed: 95 } }
              - { code: "1.000003", name: C, level: province, legal_basis: [L], deadline: { legal: 2, proposed: 1.5 } }

            """)
        try dir.write(
            "rules/far.yaml",
            "plans:\n  - id: far\n    targets: { reduction_rate: 0.9, procedure_cut_rate: 0.3, cut_scope_min_days: 3 }\n")
        let original = try Self.files(dir)
        let far = ["--plan", "far"] + Self.asOf
        let text = try TTHC.run(["suggest", "--target", "reduction_rate", "--write"] + far, in: dir.url)
        #expect(text.status == 1, "\(text)")
        #expect(text.stdout.contains("not reachable"), "\(text)")
        // 0.9 × 112 − 6.5 = 94.3 more days; the 10- and 100-day ones cut to
        // 80% (the 2-day one is out of scope) give 88.5 of 112 days.
        #expect(text.stdout.contains("90.00% needs 94.5 more days cut"), "\(text)")
        #expect(text.stdout.contains("every procedure in scope cut to the 80.00% limit would give 79.02%"), "\(text)")
        #expect(text.stdout.contains("Nothing written"), "\(text)")
        #expect(try Self.files(dir) == original)
        let object = try Self.json(TTHC.run(["suggest", "--target", "reduction_rate", "--format", "json"] + far, in: dir.url))
        #expect(object["reached"] as? Bool == false)
        #expect((object["after"] as? Double).map { abs($0 - 88.5 / 112) < 1e-12 } == true, "\(object)")
        #expect((object["reason"] as? [String: Any])?["reduction_rate"] is String)
        let vi = try TTHC.run(["suggest", "--target", "reduction_rate", "--lang", "vi"] + far, in: dir.url)
        #expect(vi.stdout.contains("không thể đạt"), "\(vi)")
    }

    @Test("--max-changes below what the target needs: the best it allows, exit 1")
    func maxChanges() throws {
        let dir = try Self.shipped()
        let result = try TTHC.run(["suggest", "--target", "reduction_rate", "--max-changes", "2"] + Self.asOf, in: dir.url)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("changes and --max-changes allows 2; the best 2 would give 3"), "\(result)")
        let enough = try TTHC.run(["suggest", "--target", "reduction_rate", "--max-changes", "40"] + Self.asOf, in: dir.url)
        #expect(enough.status == 0, "\(enough)")
    }

    @Test("the 4-on-the-spot share takes the candidates the rules allow, adds the key in the file's style, adds no finding")
    func fourOnTheSpot() throws {
        let dir = try Self.scratch(
            """
              - { code: "1.000001", name: A, level: province, legal_basis: [L], deadline: { legal: 3 }, four_on_spot: true }
              - { code: "1.000002", name: B, level: province, legal_basis: [L], deadline: { legal: 3 }, traits: { interagency: true } }
              - { code: "1.000003", name: C, level: province, legal_basis: [L], deadline: { legal: 12 } }
              - code: "1.000004"
                name: D
                level: province
                legal_basis: [L]
                deadline: { legal: 2 }
              - { code: "1.000005", name: E, level: province, legal_basis: [L], deadline: { legal: 4 }, four_on_spot: false }
              - { code: "1.000006", name: F, level: province, legal_basis: [L], deadline: { legal: 4 } }

            """)
        let before = try Self.problems(in: dir)
        let result = try TTHC.run(["suggest", "--target", "four_on_spot_share", "--format", "json"] + Self.asOf, in: dir.url)
        #expect(result.status == 0, "\(result)")
        let object = try Self.json(result)
        let changes = try #require(object["changes"] as? [[String: Any]])
        // 30% of 6 needs 2 on the list: one more. B needs another agency and
        // C takes 12 days (over 5): the rules refuse them; D comes first by code.
        #expect(changes.map { $0["code"] as? String } == ["1.000004"], "\(object)")
        #expect(changes.first?["after"] as? Bool == true)
        #expect(changes.first?["before"] is NSNull)

        let written = try TTHC.run(["suggest", "--target", "four_on_spot_share", "--write"] + Self.asOf, in: dir.url)
        #expect(written.status == 0, "\(written)")
        let text = try String(contentsOf: dir.path("catalog/a.yaml"), encoding: .utf8)
        // A line of the procedure's own indentation, beside its keys.
        #expect(text.contains("    level: province\n    four_on_spot: true\n"), "\(text)")
        #expect(Set(try Self.problems(in: dir)).isSubset(of: Set(before)))

        // Asked for more than the allowed candidates give: exit 1, the best share.
        try dir.write("rules/share.yaml", "plans:\n  - id: more\n    targets: { four_on_spot_share: 0.9 }\n")
        let far = try TTHC.run(["suggest", "--target", "four_on_spot_share", "--plan", "more"] + Self.asOf, in: dir.url)
        #expect(far.status == 1, "\(far)")
        #expect(far.stdout.contains("more procedures on the 4-on-the-spot list; every candidate the rules allow would give"), "\(far)")
    }

    @Test("calendar days stay calendar days; steps at the center do not shrink and the others follow the deadline")
    func kindsAndSteps() throws {
        let dir = try Self.scratch(
            """
              - code: "1.000001"
                name: Calendar
                level: province
                legal_basis: [L]
                deadline:
                  legal: "30 calendar days"
              - code: "1.000002"
                name: Steps
                level: province
                legal_basis: [L]
                deadline: { legal: 20 }
                steps:
                  - { step: receive, by: center, days: 0.5 }
                  - { step: appraise, by: center, days: 13 }
                  - { step: approve, by: agency, days: 6 }
                  - { step: return, by: center, days: 0.5 }
              - { code: "1.000003", name: Listed, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 9 } }

            """)
        let before = try Self.problems(in: dir)
        let result = try TTHC.run(["suggest", "--target", "reduction_rate", "--format", "json"] + Self.asOf, in: dir.url)
        #expect(result.status == 0, "\(result)")
        let changes = try #require(try Self.json(result)["changes"] as? [[String: Any]])
        for change in changes where change["code"] as? String == "1.000001" {
            let after = try #require(change["after"] as? String, "\(change)")
            #expect(after.hasSuffix("calendar days"), "\(change)")
        }
        for change in changes where change["code"] as? String == "1.000002" {
            // 14 days at the center and half a day for the agency: never below 14.5.
            let after = try #require(change["after"] as? Double)
            #expect(after >= 14.5, "\(change)")
            let steps = try #require(change["steps"] as? [[String: Any]])
            #expect(steps.map { $0["index"] as? Double } == [2], "\(change)")
        }
        _ = try TTHC.run(["suggest", "--target", "reduction_rate", "--write"] + Self.asOf, in: dir.url)
        #expect(Set(try Self.problems(in: dir)).isSubset(of: Set(before)))
    }

    @Test("a name with a terminal escape sequence reaches the table and the diff escaped; JSON keeps it as JSON")
    func harmless() throws {
        let dir = try Self.scratch(
            "  - { code: \"1.000001\", name: \"Evil \\e[31m red\", level: province, legal_basis: [L], deadline: { legal: 30, proposed: 24 } }\n")
        let text = try TTHC.run(["suggest", "--target", "reduction_rate"] + Self.asOf, in: dir.url)
        #expect(text.status == 0, "\(text)")
        #expect(!text.stdout.contains("\u{1B}"), "\(text)")
        #expect(text.stdout.contains("Evil"), "\(text)")
        let json = try TTHC.run(["suggest", "--target", "reduction_rate", "--format", "json"] + Self.asOf, in: dir.url)
        #expect(!json.stdout.contains("\u{1B}"))
        _ = try Self.json(json)
    }

    @Test("--depth sets the least cut of a new proposal, rounded up to whole days; a percent or a decimal comma reads too")
    func depth() throws {
        let dir = try Self.scratch(
            """
              - { code: "1.000001", name: A, level: province, legal_basis: [L], deadline: { legal: 2, proposed: 1.5 } }
              - { code: "1.000002", name: B, level: province, legal_basis: [L], deadline: { legal: 7 } }
              - { code: "1.000003", name: C, level: province, legal_basis: [L], deadline: { legal: 9 } }

            """)
        for depth in ["0.6", "60%", "0,6"] {
            let result = try TTHC.run(
                ["suggest", "--target", "reduction_rate", "--depth", depth, "--format", "json"] + Self.asOf, in: dir.url)
            #expect(result.status == 0, "\(depth): \(result)")
            let changes = try #require(try Self.json(result)["changes"] as? [[String: Any]])
            // The 2-day procedure is below the plan's scope: only new proposals can help.
            #expect(!changes.isEmpty && changes.allSatisfy { $0["before"] is NSNull }, "\(depth): \(changes)")
            let legal = ["1.000002": 7.0, "1.000003": 9.0]
            for change in changes where change["before"] is NSNull {
                let code = try #require(change["code"] as? String)
                let after = try #require(change["after"] as? Double)
                // 60% of 7 is 4.2, rounded up to 5 days cut; of 9, 5.4 → 6.
                #expect(legal[code]! - after >= (0.6 * legal[code]!).rounded(.up), "\(depth): \(change)")
            }
        }
    }

    @Test("arguments and plans that leave nothing to draft exit 2 with the reason")
    func cannotRun() throws {
        let dir = try Self.shipped()
        let depth = try TTHC.run(["suggest", "--depth", "1.5"] + Self.asOf, in: dir.url)
        #expect(depth.status == 2 && depth.stderr.contains("--depth"), "\(depth)")
        let none = try TTHC.run(["suggest", "--max-changes", "0"] + Self.asOf, in: dir.url)
        #expect(none.status == 2 && none.stderr.contains("--max-changes"), "\(none)")
        try dir.write("rules/bare.yaml", "plans:\n  - id: bare\n    targets: { sector_reduction_rate: 0.2 }\n")
        let bare = try TTHC.run(["suggest", "--plan", "bare"] + Self.asOf, in: dir.url)
        #expect(bare.status == 2 && bare.stderr.contains("sets no `reduction_rate` or `four_on_spot_share`"), "\(bare)")
        try FileManager.default.removeItem(at: dir.path("rules/bare.yaml"))
        try dir.write("catalog/broken.yaml", "sector: { id: x, name: [\n")
        let broken = try TTHC.run(["suggest"] + Self.asOf, in: dir.url)
        #expect(broken.status == 2 && broken.stderr.contains("could not be read"), "\(broken)")
    }
}
