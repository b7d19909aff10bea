import Foundation
import Testing

/// SPEC §10: a rule about a target that only a later plan sets loads under the
/// plan in force, where `has(plan.targets.X)` is false; a name that no plan
/// sets is a load error with a "did you mean".
@Suite("Plan target names")
struct PlanTargetNamesTests {
    static let laterPlan = """
          - id: lang-son-2031
            name: Đề án 2031
            effective: { from: 2031-01-01 }
            targets:
              digital_share: 0.8

        """

    static func rule(_ target: String) -> String {
        """
        rules:
          - id: digital
            scope: catalog
            when: has(plan.targets.\(target))
            assert: count(procedures.filter(p, p.traits.online == "full")) >= plan.targets.digital_share * count(procedures)

        """
    }

    func scratch(target: String) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-plan-targets")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        let plans = try String(contentsOf: dir.url.appendingPathComponent("rules/plan.yaml"), encoding: .utf8)
        try dir.write("rules/plan.yaml", plans + Self.laterPlan)
        try dir.write("rules/digital.yaml", Self.rule(target))
        try dir.write(
            "catalog/s.yaml",
            "sector: { id: s, name: S }\nprocedures:\n"
                + "  - { code: \"1.000001\", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }\n")
        return dir
    }

    @Test("a later plan's target: no finding under the plan in force, a finding once that plan is in force")
    func laterPlansTarget() throws {
        let dir = try scratch(target: "digital_share")
        let now = try TTHC.run(["check", "--as-of", "2026-12-01"], in: dir.url)
        #expect(now.status == 0, "\(now)")
        #expect(!now.stdout.contains("[digital]"), "\(now)")
        let later = try TTHC.run(["check", "--as-of", "2031-06-01"], in: dir.url)
        #expect(later.status == 0, "\(later)")
        #expect(later.stdoutLines.contains { $0.hasSuffix("does not hold [digital]") }, "\(later)")
    }

    @Test("a target no plan sets is a load error at its name, with the name meant")
    func unknownTarget() throws {
        let dir = try scratch(target: "digital_shar")
        let result = try TTHC.run(["check", "--as-of", "2026-12-01"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderr.contains(
                "rules/digital.yaml:4:28: in rule `digital`: `digital_shar` is not a field of targets; "
                    + "did you mean `digital_share`? [schema]"), "\(result)")
    }
}
