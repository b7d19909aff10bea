import Foundation
import Testing

/// SPEC §10: durations keep their kind of day. `kind(d)`, `hours(d)` and
/// `days(d)`; calendar and working days meeting in arithmetic or a
/// comparison are a `rule-error`; steps in another kind than their deadline
/// are `schema` findings.
@Suite("Durations that keep their kind")
struct DurationKindTests {
    static let catalog = """
        sector: { id: s, name: S }
        procedures:
          - { code: "1.000001", name: Short, level: province, legal_basis: [L], deadline: { legal: "4h" }, four_on_spot: true }
          - { code: "1.000002", name: Half, level: province, legal_basis: [L], deadline: { legal: "12h" }, four_on_spot: true }
          - { code: "1.000003", name: Cal, level: province, legal_basis: [L], deadline: { legal: 15 calendar days } }
          - code: "1.000004"
            name: Steps
            level: province
            legal_basis: [L]
            deadline: { legal: 2 }
            steps:
              - { step: receive, by: center, days: 1 }
              - { step: return, by: center, days: 1 calendar day }

        """

    static func scratch(_ rules: String) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-durations")
        try dir.write("catalog/s.yaml", catalog)
        try dir.write("rules/plan.yaml", "plans:\n  - id: p\n")
        try dir.write("rules/rules.yaml", rules)
        return dir
    }

    static func findings(_ dir: TemporaryDirectory) throws -> [String] {
        let result = try TTHC.run(["check", "--as-of", "2026-06-01", "--format", "json", "--fail-on", "never"], in: dir.url)
        return try CheckOutput.decode(result.stdoutBytes).findings.map {
            "\($0.rule) \($0.procedure ?? "-") \($0.line):\($0.column): \($0.message)"
        }
    }

    @Test("at most 8 working hours on the 4-on-the-spot list: \"12h\" fails, \"4h\" passes; kind() names the kind")
    func workingHours() throws {
        let dir = try Self.scratch(
            """
            rules:
              - id: four-on-spot-hours
                when: four_on_spot
                assert: hours(deadline.legal) <= 8
                message: "{hours(deadline.legal)} working hours, more than 8"
              - id: calendar-named
                when: kind(deadline.legal) == "calendar"
                assert: "false"
                message: "{deadline.legal} {kind(deadline.legal)} days"

            """)
        let found = try Self.findings(dir)
        #expect(found.contains("four-on-spot-hours 1.000002 4:91: 12 working hours, more than 8"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("four-on-spot-hours 1.000001") }, "\(found)")
        #expect(found.contains("calendar-named 1.000003 5:13: 15 calendar days"), "\(found)")
    }

    @Test("calendar and working days in one sum or comparison are a rule-error; days() converts on purpose")
    func mixedKinds() throws {
        let dir = try Self.scratch(
            """
            rules:
              - id: longer-than-short
                assert: deadline.legal >= catalog.by_code["1.000001"].deadline.legal
              - id: longer-on-purpose
                assert: days(deadline.legal) >= days(catalog.by_code["1.000001"].deadline.legal)
              - id: steps-sum
                when: has(steps)
                assert: sum(steps.map(s, s.days)) == deadline.legal

            """)
        let found = try Self.findings(dir)
        #expect(
            found.contains(
                "rule-error 1.000003 5:90: rule `longer-than-short` could not be evaluated for procedure `1.000003`: "
                    + "`deadline.legal >= catalog.by_code[\"1.000001\"].deadline.legal` mixes calendar days and working days; "
                    + "convert one side with `days(…)` if that is meant"), "\(found)")
        #expect(found.filter { $0.hasPrefix("rule-error") && $0.contains("longer-than-short") }.count == 1, "\(found)")
        #expect(!found.contains { $0.contains("longer-on-purpose") }, "\(found)")
        #expect(
            found.contains(
                "rule-error 1.000004 12:9: rule `steps-sum` could not be evaluated for procedure `1.000004`: "
                    + "`sum(steps.map(s, s.days))` mixes calendar days and working days; "
                    + "convert one side with `days(…)` if that is meant"), "\(found)")
        #expect(
            found.contains(
                "schema 1.000004 13:43: `steps[1].days` is in calendar days but the deadline it spends in working days; "
                    + "write the steps in the deadline's kind of day"), "\(found)")
    }

    @Test("kind() compared with a word that is not a kind is a load error with a did-you-mean")
    func kindTypo() throws {
        let dir = try Self.scratch(
            """
            rules:
              - id: typo
                assert: kind(deadline.legal) != "calender"

            """)
        let result = try TTHC.run(["check", "--as-of", "2026-06-01"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderr.contains(
                "rules/rules.yaml:3:37: in rule `typo`: `calender` is not a value of `kind(deadline.legal)`, which is one of "
                    + "`working`, `calendar`; did you mean `calendar`? [schema]"), "\(result)")
    }
}

/// A step's optional `level` and `channel` (issue 11, for the example rules):
/// read by rules as `s.level` and `s.channel`, each one of its values.
@Suite("Step level and channel")
struct StepLevelAndChannelTests {
    @Test("a value outside the step's level or channel is a schema finding with a did-you-mean; rules read the others")
    func stepFields() throws {
        let dir = try TemporaryDirectory("tthc-step-fields")
        try dir.write(
            "catalog/s.yaml",
            """
            sector: { id: s, name: S }
            procedures:
              - code: "1.000001"
                name: P
                level: commune
                legal_basis: [L]
                deadline: { legal: 2 }
                steps:
                  - { step: receive, by: center, days: 1, level: commune, channel: online }
                  - { step: approve, by: agency, days: 1, level: distric, channel: in-person }

            """)
        try dir.write("rules/plan.yaml", "plans:\n  - id: p\n")
        try dir.write(
            "rules/r.yaml",
            """
            rules:
              - id: online-steps
                when: has(steps)
                assert: steps.all(s, s.channel == "online" && s.level == "commune")

            """)
        let result = try TTHC.run(["check", "--as-of", "2026-06-01", "--fail-on", "never"], in: dir.url)
        #expect(
            result.stdout.contains(
                "catalog/s.yaml:10:54: error: `steps.level` must be one of province | district | commune, found `distric`; did you mean `district`? [schema]"),
            "\(result)")
        #expect(result.stdout.contains("catalog/s.yaml:10:72: error: `steps.channel` must be one of in_person | online | post, found `in-person`; did you mean `in_person`? [schema]"), "\(result)")
        // The rule reads the first step's level and channel; the second's, not read, are null.
        #expect(result.stdout.contains("catalog/s.yaml:9:9: warning: `steps.all(s, s.channel == \"online\" && s.level == \"commune\")` does not hold [online-steps]"), "\(result)")
    }
}
