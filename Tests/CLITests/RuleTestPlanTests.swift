import Foundation
import Testing

/// SPEC §11: a rule test may give a whole `plan:`, in the format of a plan in
/// rules/, which replaces the plan in force for that test alone.
@Suite("Rule tests: a test's own plan")
struct RuleTestPlanTests {
    /// A plan in force 2021–2030 asking for a 30% share, and a rule on it.
    static let pack = """
        plans:
          - id: p
            effective: { from: 2021-01-01, until: 2030-12-31 }
            targets: { four_on_spot_share: 0.3 }
        rules:
          - id: share-met
            scope: catalog
            severity: warning
            when: has(plan.targets.four_on_spot_share)
            assert: count(procedures.filter(p, p.four_on_spot)) / count(procedures) >= plan.targets.four_on_spot_share
            message: "{plan.targets.four_on_spot_share} not met"

        """

    /// One of three procedures on the list: 33%.
    static let catalog = """
            catalog:
              - sector: { id: s, name: S }
                procedures:
                  - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 3 }, four_on_spot: true }
                  - { code: "1.000002", name: Q, level: province, legal_basis: [L], deadline: { legal: 10 } }
                  - { code: "1.000003", name: R, level: province, legal_basis: [L], deadline: { legal: 10 } }
        """

    func scratch(tests: String) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-rule-test-plan")
        try dir.write("rules/pack.yaml", Self.pack)
        try dir.write("rules/tests/t.yaml", tests)
        return dir
    }

    @Test("plan: replaces the plan in force for that test; the next test is back on rules/'s plan")
    func planReplacesThePlanInForce() throws {
        let tests = """
            tests:
              - name: the test's plan asks for 50%, which a third misses
                as_of: 2026-06-01
                plan:
                  id: stricter
                  targets: { four_on_spot_share: 0.5 }
            \(Self.catalog)
                expect:
                  - { rule: share-met, message_contains: "0.5 not met" }
              - name: the plan of rules/ asks for 30%, which a third meets
                as_of: 2026-06-01
            \(Self.catalog)
                expect: []
              - name: a plan without the target is not measured against it
                as_of: 2026-06-01
                plan: { id: none }
            \(Self.catalog)
                expect: []
              - name: targets apply over the test's own plan
                as_of: 2026-06-01
                plan:
                  id: stricter
                  targets: { four_on_spot_share: 0.5 }
                targets: { four_on_spot_share: 0.25 }
            \(Self.catalog)
                expect: []

            """
        let dir = try scratch(tests: tests)
        let result = try TTHC.run(["test", "--lang", "en"], in: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.last == "4 passed, 0 failed", "\(result)")
    }

    @Test("a test's plan needs no plan of rules/ in force on its date, nor the one --plan names")
    func planNeedsNoPlanInForce() throws {
        let tests = """
            tests:
              - name: in 2035 no plan of rules/ is in force
                as_of: 2035-06-01
                plan:
                  id: next
                  effective: { from: 2031-01-01 }
                  targets: { four_on_spot_share: 0.5 }
            \(Self.catalog)
                expect:
                  - { rule: share-met }

            """
        let dir = try scratch(tests: tests)
        let result = try TTHC.run(["test", "--plan", "no-such-plan"], in: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines == ["pass in 2035 no plan of rules/ is in force (rules/tests/t.yaml:2:5)", "1 passed, 0 failed"])

        // Without its own plan, the same test cannot run.
        let noPlan = try scratch(
            tests: tests.replacingOccurrences(
                of: "    plan:\n      id: next\n      effective: { from: 2031-01-01 }\n      targets: { four_on_spot_share: 0.5 }\n",
                with: ""))
        let cannotRun = try TTHC.run(["test", "--lang", "en"], in: noPlan.url)
        #expect(cannotRun.status == 1, "\(cannotRun)")
        #expect(cannotRun.stdout.contains("    could not run: "), "\(cannotRun)")
    }

    @Test("a plan: with errors is refused where they are, as a plan in rules/ would be; exit 2")
    func badPlanIsLocated() throws {
        let tests = """
            tests:
              - name: a broken plan
                as_of: 2026-06-01
                plan:
                  name: No id
                  target: { four_on_spot_share: 0.5 }
                  effective: { from: 2026-01-01, until: 2025-01-01 }
            \(Self.catalog)
                expect: []

            """
        let dir = try scratch(tests: tests)
        let result = try TTHC.run(["test", "--lang", "en"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "tthc: error: the rule tests are invalid; fix them and run again:", "\(result)")
        let located = lines.dropFirst()
        #expect(located.count == 3, "\(result)")
        #expect(located.contains("rules/tests/t.yaml:5:7: a plan is missing the required key `id`"), "\(result)")
        #expect(
            located.contains("rules/tests/t.yaml:6:7: unknown key `target` in a plan; did you mean `targets`?"), "\(result)")
        #expect(
            located.contains("rules/tests/t.yaml:7:45: `plan.effective` ends (2025-01-01) before it starts (2026-01-01)"),
            "\(result)")
    }
}
