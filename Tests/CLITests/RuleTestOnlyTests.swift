import Foundation
import Testing

/// SPEC §11: `only:` limits a test's comparison to some rules (at the top of a
/// file or in a test), so adding a rule elsewhere breaks no test; ids in
/// `only`, `ignore` and `expect` must exist.
@Suite("Rule tests: only and rule ids")
struct RuleTestOnlyTests {
    static let catalog = """
            catalog:
              - sector: { id: s, name: S }
                procedures:
                  - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 12 } }
        """

    /// The shipped rules/ without its tests, `rules/tests/t.yaml` holding `tests`.
    func scratch(tests: String, extraRule: Bool = false) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-rule-test-only")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("rules/tests"))
        try dir.write("rules/tests/t.yaml", tests)
        if extraRule {
            // A new rule that fires on every procedure: it must not break a test limited by `only`.
            try dir.write("rules/new.yaml", "rules:\n  - id: brand-new\n    assert: false\n")
        }
        return dir
    }

    @Test("only at the top of a file and in a test: findings of other rules, a new rule's too, are not compared")
    func onlyLimitsTheComparison() throws {
        let tests = """
            only: [cut-not-above-legal]
            tests:
              - name: file-wide only
                as_of: 2026-06-01
            \(Self.catalog)
                expect:
                  - { rule: cut-not-above-legal, procedure: "1.000001" }
              - name: a test's own only
                as_of: 2026-06-01
                only: [cut-min-rate]
            \(Self.catalog)
                expect: []

            """
        let dir = try scratch(tests: tests, extraRule: true)
        let result = try TTHC.run(["test"], in: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.last == "2 passed, 0 failed", "\(result)")
        // Without `only`, the new rule's finding is unexpected.
        let unlimited = try scratch(tests: tests.replacingOccurrences(of: "only: [cut-not-above-legal]\n", with: ""), extraRule: true)
        let failing = try TTHC.run(["test"], in: unlimited.url)
        #expect(failing.status == 1, "\(failing)")
        #expect(failing.stdout.contains("brand-new"), "\(failing)")
    }

    @Test("an id in only, ignore or expect that no rule has is an error at the id, with the id meant, once; exit 2")
    func unknownIDs() throws {
        let tests = """
            only: [cut-not-above-legl]
            tests:
              - name: no typo of its own
                as_of: 2026-06-01
            \(Self.catalog)
              - name: typos
                as_of: 2026-06-01
                ignore: [cut-min-rat]
            \(Self.catalog)
                expect:
                  - { rule: cut-not-abve-legal, procedure: "1.000001" }

            """
        let dir = try scratch(tests: tests)
        let result = try TTHC.run(["test", "--lang", "en"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { $0.contains("rules/tests/t.yaml:") }
        #expect(
            lines == [
                "rules/tests/t.yaml:1:8: the test names the rule `cut-not-above-legl`, which no rules file defines; "
                    + "did you mean `cut-not-above-legal`?",
                "rules/tests/t.yaml:11:14: the test names the rule `cut-min-rat`, which no rules file defines; "
                    + "did you mean `cut-min-rate`?",
                "rules/tests/t.yaml:17:17: the test names the rule `cut-not-abve-legal`, which no rules file defines; "
                    + "did you mean `cut-not-above-legal`?",
            ], "\(result)")
    }

    @Test("message_contains is checked in the run's language, severity as given")
    func messageAndSeverity() throws {
        let tests = """
            only: [cut-not-above-legal]
            tests:
              - name: in Vietnamese words
                as_of: 2026-06-01
            \(Self.catalog)
                expect:
                  - { rule: cut-not-above-legal, procedure: "1.000001", severity: error, message_contains: "không thấp hơn thời hạn luật định" }

            """
        let dir = try scratch(tests: tests)
        let vi = try TTHC.run(["test", "--lang", "vi"], in: dir.url)
        #expect(vi.status == 0, "\(vi)")
        let en = try TTHC.run(["test", "--lang", "en"], in: dir.url)
        #expect(en.status == 1, "\(en)")
        #expect(
            en.stdoutLines.contains(
                "    expected, not found: cut-not-above-legal on procedure 1.000001 (error): …không thấp hơn thời hạn luật định…"),
            "\(en)")
        let warning = try scratch(tests: tests.replacingOccurrences(of: "severity: error", with: "severity: warning"))
        let wrongSeverity = try TTHC.run(["test", "--lang", "vi"], in: warning.url)
        #expect(wrongSeverity.status == 1, "\(wrongSeverity)")
    }

    @Test("targets: in a test replace the plan's for that test only")
    func targetsOverride() throws {
        let tests = """
            only: [plan-four-on-spot-share]
            tests:
              - name: the plan's 30% share fires on a catalog with none on the list
                as_of: 2026-06-01
            \(Self.catalog)
                expect:
                  - { rule: plan-four-on-spot-share }
              - name: a share target of 0 holds
                as_of: 2026-06-01
                targets: { four_on_spot_share: 0 }
            \(Self.catalog)
                expect: []

            """
        let dir = try scratch(tests: tests)
        let result = try TTHC.run(["test"], in: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.last == "2 passed, 0 failed", "\(result)")
        let bad = try scratch(tests: tests.replacingOccurrences(of: "four_on_spot_share: 0 }", with: "four_on_spot_share: many }"))
        let refused = try TTHC.run(["test", "--lang", "en"], in: bad.url)
        #expect(refused.status == 2, "\(refused)")
        #expect(
            refused.stderr.contains(
                "rules/tests/t.yaml:13:36: `targets.four_on_spot_share` must be a number such as 10 or 0.5, found `many`"),
            "\(refused)")
    }
}
