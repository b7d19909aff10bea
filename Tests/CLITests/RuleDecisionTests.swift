import Foundation
import Testing

/// SPEC §10's decisions as a reviewer sees them in `tthc check`: a cut that
/// is 30% to the reader is not "below 30.00%", and an error that the other
/// side of `||` makes irrelevant is no finding.
@Suite("Rule decisions")
struct RuleDecisionTests {
    static let rules = """
        rules:
          - id: cut-at-least-30
            when: has(deadline.proposed)
            assert: (deadline.legal - deadline.proposed) / deadline.legal >= 0.3
            message: "the cut of {pct((deadline.legal - deadline.proposed) / deadline.legal)} is below 30.00%"
          - id: decided-or
            assert: deadline.current <= deadline.legal || deadline.legal > 0
          - id: undecided-or
            assert: deadline.current <= deadline.legal || deadline.legal > 100

        """

    /// 7 − 4.9 = 2.1 days cut of 7 is 30% (binary arithmetic gives
    /// 0.29999999999999993); 2 of 7 is 28.57%. Neither has a current deadline.
    static let catalog = """
        sector: { id: s, name: S }
        procedures:
          - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 7, proposed: 4.9 } }
          - { code: "1.000002", name: Q, level: province, legal_basis: [L], deadline: { legal: 7, proposed: 5 } }

        """

    @Test("a 30% cut passes a 30% floor; || decided by one side is no rule-error, undecided it is one per procedure")
    func decisions() throws {
        let dir = try TemporaryDirectory("tthc-rule-decisions")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try dir.write("rules/decisions.yaml", Self.rules)
        try dir.write("catalog/s.yaml", Self.catalog)
        let result = try TTHC.run(["check", "--as-of", "2026-11-26"], in: dir.url)
        let lines = result.stdoutLines.filter { $0.contains("-or") || $0.contains("cut-at-least-30") }
        #expect(
            lines == [
                "catalog/s.yaml:3:13: error: rule `undecided-or` could not be evaluated for procedure `1.000001`: "
                    + "`deadline.current` is null; guard the rule with `when: has(deadline.current)` [rule-error]",
                "catalog/s.yaml:4:13: error: rule `undecided-or` could not be evaluated for procedure `1.000002`: "
                    + "`deadline.current` is null; guard the rule with `when: has(deadline.current)` [rule-error]",
                "catalog/s.yaml:4:88: warning: the cut of 28.57% is below 30.00% [cut-at-least-30]",
            ], "\(result)")
        #expect(result.status == 1, "\(result)")
    }
}
