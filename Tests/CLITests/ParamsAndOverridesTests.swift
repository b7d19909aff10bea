import Foundation
import Testing

/// SPEC §10: a rule's `params:` read as `params.NAME`, and `overrides:` in any
/// rules file changing a rule by id — each change shown with its place by
/// `tthc rules`, two changes of one field a load error naming both files.
@Suite("params and overrides")
struct ParamsAndOverridesTests {
    static let catalog = """
        sector: { id: s, name: S }
        procedures:
          - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }
          - { code: "1.000002", name: Q, level: commune, legal_basis: [L], deadline: { legal: 6 } }

        """

    static let provincial = """
        plans:
          - id: p
        rules:
          - id: max-deadline
            params:
              max_days: 15
              levels: [province, commune]
            when: level in params.levels
            assert: deadline.legal <= params.max_days
            message: "{deadline.legal} days, above {params.max_days}"
          - id: legal-basis-two
            assert: len(legal_basis) >= 2

        """

    static func scratch(_ files: [String: String]) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-overrides")
        try dir.write("catalog/s.yaml", catalog)
        try dir.write("rules/province.yaml", provincial)
        for (name, text) in files { try dir.write("rules/\(name)", text) }
        return dir
    }

    static func lines(_ result: RunResult) -> [String] {
        result.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("catalog/") }
    }

    @Test("a district's file lowers a parameter, raises a severity and disables a rule; `tthc rules` says where")
    func districtOverrides() throws {
        let plain = try Self.scratch([:])
        let before = try TTHC.run(["check", "--as-of", "2026-06-01", "--fail-on", "never"], in: plain.url)
        #expect(Self.lines(before) == [
            "catalog/s.yaml:3:64: warning: `len(legal_basis) >= 2` does not hold [legal-basis-two]",
            "catalog/s.yaml:4:63: warning: `len(legal_basis) >= 2` does not hold [legal-basis-two]",
        ], "\(before)")

        let dir = try Self.scratch([
            "district.yaml": """
            overrides:
              - rule: max-deadline
                severity: error
                params: { max_days: 8 }
              - rule: legal-basis-two
                disabled: true

            """,
        ])
        let after = try TTHC.run(["check", "--as-of", "2026-06-01", "--fail-on", "never"], in: dir.url)
        #expect(Self.lines(after) == ["catalog/s.yaml:3:88: error: 10 days, above 8 [max-deadline]"], "\(after)")

        let rules = try TTHC.run(["rules", "--as-of", "2026-06-01"], in: dir.url)
        #expect(
            rules.stdout == """
                max-deadline  procedure  error
                    params: max_days = 8, levels = ["province", "commune"]
                    overridden: severity (rules/district.yaml:3:15), params.max_days (rules/district.yaml:4:15)
                legal-basis-two  procedure  disabled by rules/district.yaml:6:15
                1 rule in force

                """, "\(rules)")
        let json = try TTHC.run(["rules", "--as-of", "2026-06-01", "--format", "json"], in: dir.url)
        let listed = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [[String: Any]])
        #expect(listed.map { $0["id"] as? String } == ["max-deadline"])
        let overrides = try #require(listed[0]["overrides"] as? [[String: Any]])
        #expect(overrides.map { $0["field"] as? String } == ["severity", "params.max_days"])
        #expect(overrides.map { $0["file"] as? String } == ["rules/district.yaml", "rules/district.yaml"])
        #expect(overrides.map { $0["line"] as? Int } == [3, 4])
        #expect((listed[0]["params"] as? [String: Any])?["max_days"] as? Double == 8)
    }

    @Test("override errors: a field set twice names both files; unknown rules and parameters, wrong kinds, bad messages")
    func overrideErrors() throws {
        let dir = try Self.scratch([
            "a.yaml": """
            overrides:
              - rule: max-deadline
                params: { max_days: 8 }
              - rule: max-dedline
                severity: info

            """,
            "b.yaml": """
            overrides:
              - rule: max-deadline
                params: { max_days: 9, max_dyas: 1, levels: 3 }
                message: "{deadline.legl} days"

            """,
        ])
        let result = try TTHC.run(["check", "--as-of", "2026-06-01"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("rules/") }
        #expect(
            lines == [
                "rules/a.yaml:4:11: the override names the rule `max-dedline`, which no rules file defines; "
                    + "did you mean `max-deadline`? [schema]",
                "rules/b.yaml:3:15: `params.max_days` of rule `max-deadline` is overridden twice "
                    + "(first at rules/a.yaml:3:15); keep one of the two overrides [schema]",
                "rules/b.yaml:3:28: rule `max-deadline` has no parameter `max_dyas`; did you mean `max_days`? [schema]",
                "rules/b.yaml:3:41: parameter `levels` of rule `max-deadline` is list of string, found number [schema]",
                "rules/b.yaml:4:25: in rule `max-deadline`: `legl` is not a field of deadline; did you mean `legal`? [schema]",
            ], "\(result)")
    }

    @Test("a parameter that is not a number, bool, date, text or list of one kind is a schema error at it")
    func badParameter() throws {
        let dir = try Self.scratch([
            "c.yaml": """
            rules:
              - id: mixed
                params: { limits: [1, two] }
                assert: "true"

            """,
        ])
        let result = try TTHC.run(["check", "--as-of", "2026-06-01"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderr.contains(
                "rules/c.yaml:3:23: `rules.params.limits` must be a number, true/false, a date, a text, "
                    + "or a list of numbers or of texts [schema]"), "\(result)")
    }

    @Test("a rule test sets a rule's parameters for itself only; a parameter the rule lacks is a located test error")
    func testParams() throws {
        let dir = try Self.scratch([
            "tests/t.yaml": """
            only: [max-deadline]
            tests:
              - name: the province's 15 days
                as_of: 2026-06-01
                catalog:
                  - sector: { id: s, name: S }
                    procedures:
                      - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }
                expect: []
              - name: a district's 8 days
                as_of: 2026-06-01
                params: { max-deadline: { max_days: 8 } }
                catalog:
                  - sector: { id: s, name: S }
                    procedures:
                      - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }
                expect:
                  - { rule: max-deadline, procedure: "1.000001", message_contains: "above 8" }

            """,
        ])
        let passed = try TTHC.run(["test"], in: dir.url)
        #expect(passed.status == 0, "\(passed)")
        #expect(passed.stdout.contains("2 passed, 0 failed"), "\(passed)")

        try dir.write(
            "rules/tests/t.yaml",
            """
            tests:
              - name: a typo
                params: { max-deadline: { max_dys: 8 } }
                catalog: []
                expect: []

            """)
        let refused = try TTHC.run(["test"], in: dir.url)
        #expect(refused.status == 1, "\(refused)")
        #expect(
            refused.stdout.contains(
                "rules/tests/t.yaml:3:31: rule `max-deadline` has no parameter `max_dys`; did you mean `max_days`?"),
            "\(refused)")
    }
}
