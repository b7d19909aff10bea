import Review
import Testing

/// Rules read a procedure's `agency`: its own, else its sector's, else null.
extension RuleEngineTests {
    @Test func agencyIsTheProceduresOwnElseItsSectorsElseNull() throws {
        let rules = """
            rules:
              - id: carried-out-by-the-department
                severity: warning
                assert: agency == "Sở Tư pháp"
                message: "{code} is carried out by someone else"

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/a.yaml",
                    """
                    sector: { id: a, name: Tư pháp, agency: Sở Tư pháp }
                    procedures:
                      - { code: "1.1", name: P, level: province, deadline: { legal: 10 } }
                      - { code: "1.2", name: Q, level: commune, deadline: { legal: 5 }, agency: UBND cấp xã }

                    """),
                source(
                    "catalog/b.yaml",
                    """
                    sector: { id: b, name: Xây dựng }
                    procedures:
                      - { code: "2.1", name: R, level: province, deadline: { legal: 10 } }

                    """),
            ])
        #expect(
            lines(findings) == [
                "catalog/a.yaml:4:77: warning: 1.2 is carried out by someone else [carried-out-by-the-department]",
                "catalog/b.yaml:3:13: warning: 2.1 is carried out by someone else [carried-out-by-the-department]",
            ])
    }
}
