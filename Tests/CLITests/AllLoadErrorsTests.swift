import Foundation
import Testing

/// SPEC §10: loading the rules reports every error of every rule and every
/// file, structure and expressions alike, in file and line order.
@Suite("All load errors at once")
struct AllLoadErrorsTests {
    @Test("three expression errors in one rule, a structure error beside them, two in another file and its expression error")
    func everyErrorInOneRun() throws {
        let dir = try TemporaryDirectory("tthc-all-load-errors")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try dir.write(
            "rules/a.yaml",
            """
            rules:
              - id: a1
                when: levl == "province"
                assert: dedline.legal > 1
                message: "{nme}"
              - id: a2
                severity: fatal
                assert: true

            """)
        try dir.write(
            "rules/b.yaml",
            """
            rules:
              - id: b1
                asert: true
              - id: b2
                assert: code ==

            """)
        try dir.write(
            "catalog/s.yaml",
            "sector: { id: s, name: S }\nprocedures:\n"
                + "  - { code: \"1.000001\", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }\n")
        let result = try TTHC.run(["check", "--as-of", "2026-12-01", "--lang", "en"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        let expected: [String] = [
            "rules/a.yaml:3:11: in rule `a1`: unknown name `levl`; did you mean `level`? [schema]",
            "rules/a.yaml:4:13: in rule `a1`: unknown name `dedline`; did you mean `deadline`? [schema]",
            "rules/a.yaml:5:16: in rule `a1`: unknown name `nme`; did you mean `name`? [schema]",
            "rules/a.yaml:7:15: `rules.severity` must be one of info | warning | error, found `fatal` [schema]",
            "rules/b.yaml:2:5: a rule is missing the required key `assert` [schema]",
            "rules/b.yaml:3:5: unknown key `asert` in a rule; did you mean `assert`? [schema]",
            "rules/b.yaml:5:20: in rule `b2`: the expression ends too early; expected an operand [schema]",
        ]
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("rules/") }
        #expect(lines == expected, "\(result)")
    }
}
