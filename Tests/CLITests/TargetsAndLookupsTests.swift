import Foundation
import Testing

/// SPEC §10: plan targets of every kind (number, text, list of texts,
/// numbers by sector with a default, dated), `has(plan.targets.X)` under a
/// plan without X, and the whole-catalog lookups from every scope, computed
/// once per run where they read nothing of the item.
@Suite("Targets of every kind and catalog lookups")
struct TargetsAndLookupsTests {
    static let catalog = """
        sector: { id: s, name: S }
        procedures:
          - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 9 }, four_on_spot: true }
          - { code: "1.000002", name: Q, level: commune, legal_basis: [L], deadline: { legal: 20, proposed: 10 } }

        """

    static let other = """
        sector: { id: t, name: T }
        procedures:
          - { code: "1.000003", name: R, level: province, legal_basis: [L], deadline: { legal: 5 } }

        """

    static func scratch(plans: String, rules: String) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-targets")
        try dir.write("catalog/s.yaml", catalog)
        try dir.write("catalog/t.yaml", other)
        try dir.write("rules/plan.yaml", plans)
        try dir.write("rules/rules.yaml", rules)
        return dir
    }

    static let plans = """
        plans:
          - id: early
            effective: { from: 2020-01-01, until: 2025-12-31 }
            targets:
              last_year_share: { s: 0.6, default: 0.1 }
              decision_prefix: QĐ
              approvers: [UBND tỉnh, Sở Nội vụ]
          - id: late
            effective: { from: 2026-01-01 }
            targets:
              last_year_share: { 2026-01-01: { s: 0.2 }, 2026-07-01: { s: 0.9, t: 0.5 } }
              decision_prefix: QĐ
              approvers: [UBND tỉnh]
              later_only: 3

        """

    static let rules = """
        rules:
          - id: share-kept
            scope: sector
            let:
              floor: plan.targets.last_year_share[sector.id]
              share: count(procedures.filter(p, p.four_on_spot)) / count(procedures)
            when: floor != null
            assert: share >= floor
            message: "share {pct(share)} below last year's {pct(floor)}"
          - id: decision-cited
            when: has(decision)
            assert: startsWith(decision, plan.targets.decision_prefix)
          - id: approver-known
            assert: '"UBND tỉnh" in plan.targets.approvers'
          - id: later-target
            when: has(plan.targets.later_only)
            assert: deadline.legal <= plan.targets.later_only
          - id: code-found
            assert: catalog.by_code[code].name == name && catalog.by_code["9.999999"] == null
          - id: commune-twin
            scope: procedure
            let:
              communes: catalog.procedures.filter(p, p.level == "commune").map(p, p.code)
            assert: level == "commune" || !(code in communes)
          - id: catalog-count
            scope: sector
            assert: count(catalog.sectors) == 2 && count(catalog.procedures) == 3

        """

    static func findings(_ dir: TemporaryDirectory, asOf: String, jobs: String = "1") throws -> [String] {
        let result = try TTHC.run(
            ["check", "--as-of", asOf, "--format", "json", "--jobs", jobs, "--fail-on", "never"], in: dir.url)
        let output = try CheckOutput.decode(result.stdoutBytes)
        return output.findings.filter { !$0.rule.hasPrefix("plan-") }.map {
            "\($0.rule) \($0.procedure ?? $0.sector ?? "-"): \($0.message)"
        }
    }

    @Test("a map target by sector with a default, a text, a list; `has` false under a plan without the target")
    func targetKinds() throws {
        let dir = try Self.scratch(plans: Self.plans, rules: Self.rules)
        #expect(try Self.findings(dir, asOf: "2025-06-01") == [
            "share-kept s: share 50.00% below last year's 60.00%",
            "share-kept t: share 0.00% below last year's 10.00%",
        ])
        // The dated map: only `s` until July (no default: `t` is not measured), then both.
        #expect(try Self.findings(dir, asOf: "2026-03-01") == [
            "later-target 1.000001: `deadline.legal <= plan.targets.later_only` does not hold",
            "later-target 1.000002: `deadline.legal <= plan.targets.later_only` does not hold",
            "later-target 1.000003: `deadline.legal <= plan.targets.later_only` does not hold",
        ])
        #expect(try Self.findings(dir, asOf: "2026-08-01").filter { $0.hasPrefix("share-kept") } == [
            "share-kept s: share 50.00% below last year's 90.00%",
            "share-kept t: share 0.00% below last year's 50.00%",
        ])
    }

    @Test("the lookups give the same findings on one thread and on two")
    func lookupsAcrossThreads() throws {
        var rules = Self.rules
        rules += """
              - id: twin-by-name
                let:
                  named: catalog.procedures.filter(p, p.name == "Q")
                assert: count(named) == 1 && named[0].code != code

            """
        let dir = try Self.scratch(plans: Self.plans, rules: rules)
        let one = try Self.findings(dir, asOf: "2025-06-01", jobs: "1")
        let two = try Self.findings(dir, asOf: "2025-06-01", jobs: "2")
        #expect(one == two)
        #expect(one.filter { $0.hasPrefix("twin-by-name") } == ["twin-by-name 1.000002: `count(named) == 1 && named[0].code != code` does not hold"])
    }

    @Test("a target given a number by one plan and a text by another is a load error at the second")
    func targetKindsDiffer() throws {
        let plans = """
            plans:
              - id: early
                effective: { until: 2025-12-31 }
                targets: { quota: 3 }
              - id: late
                effective: { from: 2026-01-01 }
                targets: { quota: many }

            """
        let dir = try Self.scratch(plans: plans, rules: "rules: []\n")
        let result = try TTHC.run(["check", "--as-of", "2025-06-01"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderr.contains(
                "rules/plan.yaml:7:23: target `plan.targets.quota` is a text here but a number elsewhere; "
                    + "a target has one kind in every plan [schema]"), "\(result)")
    }

    @Test("what reads only the catalog is computed once per run, not per item: five full filters stay within a small budget")
    // (Each shared piece has a budget of its own, the size of a rule's on one item.)
    func computedOncePerRun() throws {
        var procedures = "sector: { id: s, name: S }\nprocedures:\n"
        for index in 1...200 {
            procedures += "  - { code: \"1.\(String(format: "%06d", index))\", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }\n"
        }
        let dir = try TemporaryDirectory("tthc-hoisting")
        try dir.write("catalog/s.yaml", procedures)
        try dir.write("rules/plan.yaml", "plans:\n  - id: p\n")
        let filter = "catalog.procedures.filter(p, p.deadline.legal > 0)"
        try dir.write(
            "rules/r.yaml",
            // Each filter stands between reads of the item, so each is its own shared piece.
            "rules:\n  - id: counted\n    assert: count(\(filter)) + deadline.legal + count(\(filter)) + deadline.legal + "
                + "count(\(filter)) + deadline.legal + count(\(filter)) + deadline.legal + count(\(filter)) == 1040\n")
        let result = try TTHC.run(
            ["check", "--as-of", "2026-06-01", "--format", "json", "--fail-on", "never"], in: dir.url,
            environment: ["TTHC_MAX_EVALUATION_STEPS": "600"])
        let output = try CheckOutput.decode(result.stdoutBytes)
        // Per procedure, the five filters would take 5 × 200 steps, over the budget of 600.
        #expect(output.findings.filter { $0.rule == "rule-error" || $0.rule == "counted" }.isEmpty, "\(output.findings.prefix(3))")
    }
}
