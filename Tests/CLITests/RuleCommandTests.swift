import Foundation
import Testing

/// `tthc rules`, `tthc explain`, `tthc test`, `check --only/--disable` and
/// rules edited between runs, through the built binary (SPEC §4, §5, §5.3, §7).
@Suite("Rule commands")
struct RuleCommandTests {
    /// The default rule pack of SPEC §4.5: id, scope, severity.
    static let defaultRules: [(id: String, scope: String, severity: String)] = [
        ("code-format", "procedure", "error"),
        ("legal-basis-required", "procedure", "error"),
        ("cut-not-above-legal", "procedure", "error"),
        ("cut-not-above-current", "procedure", "error"),
        ("cut-min-rate", "procedure", "warning"),
        ("cut-out-of-scope", "procedure", "info"),
        ("no-district-level", "procedure", "error"),
        ("declared-totals-match", "sector", "error"),
        ("steps-match-deadline", "procedure", "error"),
        ("cut-depth", "procedure", "warning"),
        ("four-on-spot-no-interagency", "procedure", "error"),
        ("four-on-spot-no-field-inspection", "procedure", "error"),
        ("four-on-spot-at-center", "procedure", "error"),
        ("four-on-spot-max-deadline", "procedure", "warning"),
        ("four-on-spot-candidate", "procedure", "info"),
        ("sector-reduction-target", "sector", "warning"),
        ("plan-reduction-target", "catalog", "warning"),
        ("plan-four-on-spot-share", "catalog", "warning"),
    ]

    /// A copy of the shipped rules/ in a scratch directory, to edit between runs.
    func scratchWithShippedRules() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-rules")
        try FileManager.default.copyItem(
            at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        return dir
    }

    func json(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: result.stdoutBytes)
        } catch {
            Issue.record("stdout is not JSON: \(error)\n\(result)", sourceLocation: sourceLocation)
            throw error
        }
    }

    // MARK: tthc rules

    @Test("rules --format json: every default rule with its scope, severity and the keys of SPEC §5.3 and §10")
    func rulesJSON() throws {
        let result = try TTHC.run(["rules", "--format", "json", "--as-of", "2026-11-26"], in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        let rules = try #require(try json(result) as? [[String: Any]], "\(result)")
        // §10 adds a rule's `params` and the `overrides` that changed it.
        let allowed: Set<String> = ["id", "scope", "severity", "description", "basis", "effective", "params", "overrides"]
        for rule in rules {
            #expect(Set(rule.keys).isSubset(of: allowed), "unexpected keys in \(rule)")
            #expect(rule["id"] is String && rule["scope"] is String && rule["severity"] is String, "\(rule)")
            if let effective = rule["effective"] {
                let period = try #require(effective as? [String: String], "\(rule)")
                #expect(Set(period.keys).isSubset(of: ["from", "until"]) && !period.isEmpty, "\(rule)")
            }
        }
        let byID = Dictionary(rules.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byID.count == rules.count, "rule ids are unique")
        for expected in Self.defaultRules {
            let rule = try #require(byID[expected.id], "\(expected.id) is not listed")
            #expect(rule["scope"] as? String == expected.scope, "\(expected.id)")
            #expect(rule["severity"] as? String == expected.severity, "\(expected.id)")
            #expect((rule["description"] as? String)?.isEmpty == false, "\(expected.id) has a description")
        }
        #expect(byID["cut-not-above-legal"]?["basis"] as? String == "Nghị định 61/2018/NĐ-CP")
        #expect(byID["no-district-level"]?["effective"] as? [String: String] == ["from": "2025-07-01"])
    }

    @Test("rules lists only the rules in force: no-district-level from 2025-07-01", arguments: [
        ("2025-06-30", false), ("2025-07-01", true),
    ])
    func rulesInForce(asOf: String, listed: Bool) throws {
        let jsonRun = try TTHC.run(["rules", "--format", "json", "--as-of", asOf], in: Paths.packageRoot)
        #expect(jsonRun.status == 0, "\(jsonRun)")
        let ids = try #require(try json(jsonRun) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids.contains("no-district-level") == listed, "\(ids)")
        #expect(ids.contains("cut-not-above-legal"))

        let text = try TTHC.run(["rules", "--as-of", asOf], in: Paths.packageRoot)
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("no-district-level") == listed, "\(text)")
        #expect(text.stdoutLines.contains { $0.hasPrefix("cut-not-above-legal") }, "\(text)")
    }

    @Test("rules as text: each rule with its scope, severity and basis")
    func rulesText() throws {
        let result = try TTHC.run(["rules", "--as-of", "2026-11-26"], in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        for expected in Self.defaultRules {
            let line = result.stdoutLines.first { $0.split(separator: " ").first.map(String.init) == expected.id }
            #expect(line?.contains(expected.scope) == true, "\(expected.id): \(line ?? "not listed")\n\(result)")
            #expect(line?.contains(expected.severity) == true, "\(expected.id): \(line ?? "not listed")")
        }
        #expect(result.stdout.contains("Nghị định 61/2018/NĐ-CP"))
        #expect(result.stdout.contains("2025-07-01"), "no-district-level shows its period")
    }

    // MARK: tthc explain

    @Test("explain as text: each rule in force and its power-assert lines")
    func explainText() throws {
        let result = try TTHC.run(["explain", "1.001620.000.00.00.H37", "--as-of", "2026-11-26"], in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("1.001620.000.00.00.H37"))
        #expect(result.stdout.contains("catalog/tu-phap.yaml:17:11"), "the procedure's place\n\(result)")
        for expected in Self.defaultRules {
            #expect(result.stdout.contains(expected.id), "\(expected.id) is not explained")
        }
        let lines = result.stdoutLines.map { $0.trimmingCharacters(in: .whitespaces) }
        // cut-not-above-legal: legal 10, proposed 5; cut-not-above-current: current 7.
        #expect(lines.contains("5 < 10 → true"), "\(result)")
        #expect(lines.contains("5 <= 7 → true"), "\(result)")
        #expect(lines.contains { $0.hasSuffix("deadline.proposed < deadline.legal") }, "\(result)")
    }

    @Test("explain a failing rule: the assert's line ends in false")
    func explainFailingText() throws {
        // Legal 20, proposed 15: a cut of 25%, below the plan's 30%.
        let result = try TTHC.run(["explain", "2.000992.000.00.00.H37", "--as-of", "2026-11-26"], in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        let lines = result.stdoutLines.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("0.25 >= 0.3 → false"), "\(result)")
    }

    struct ExplainedRule: Decodable {
        struct Step: Decodable {
            var expr: String
            var value: JSONScalar
        }

        var id: String
        var scope: String
        var applies: Bool
        var holds: Bool
        var waived: Bool
        var trace: [Step]
    }

    struct Explained: Decodable {
        var procedure: String
        var rules: [ExplainedRule]
    }

    /// A trace value: number, string, bool, null, or anything else as text.
    enum JSONScalar: Decodable, Equatable {
        case number(Double), string(String), bool(Bool), null, other

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let bool = try? container.decode(Bool.self) {
                self = .bool(bool)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else if let string = try? container.decode(String.self) {
                self = .string(string)
            } else {
                self = .other
            }
        }
    }

    func explainJSON(_ code: String, in directory: URL = Paths.packageRoot, extra: [String] = []) throws -> Explained {
        let result = try TTHC.run(
            ["explain", code, "--as-of", "2026-11-26", "--format", "json"] + extra, in: directory)
        #expect(result.status == 0, "\(result)")
        let keys = try #require(try json(result) as? [String: Any])
        #expect(Set(keys.keys) == ["procedure", "rules"], "\(keys.keys)")
        for rule in try #require(keys["rules"] as? [[String: Any]]) {
            #expect(Set(rule.keys) == ["id", "scope", "applies", "holds", "waived", "trace"], "\(rule.keys)")
            for entry in try #require(rule["trace"] as? [[String: Any]]) {
                #expect(Set(entry.keys) == ["expr", "value"], "\(entry)")
            }
        }
        return try JSONDecoder().decode(Explained.self, from: result.stdoutBytes)
    }

    @Test("explain --format json: {procedure, rules: [{id, scope, applies, holds, waived, trace: [{expr, value}]}]}")
    func explainJSONShape() throws {
        let explained = try explainJSON("1.001620.000.00.00.H37")
        #expect(explained.procedure == "1.001620.000.00.00.H37")
        let rule = try #require(explained.rules.first { $0.id == "cut-not-above-legal" })
        #expect(rule.scope == "procedure")
        #expect(rule.applies && rule.holds && !rule.waived)
        let values = rule.trace.map { "\($0.expr) = \($0.value)" }
        #expect(values.contains("deadline.proposed = number(5.0)"), "\(values)")
        #expect(values.contains("deadline.legal = number(10.0)"), "\(values)")
        #expect(values.contains("deadline.proposed < deadline.legal = bool(true)"), "\(values)")
        #expect(explained.rules.first { $0.id == "declared-totals-match" }?.scope == "sector")
        #expect(explained.rules.first { $0.id == "plan-reduction-target" }?.scope == "catalog")
        #expect(Set(explained.rules.map(\.id)).isSuperset(of: Self.defaultRules.map(\.id)))
    }

    @Test("explain --format json: a failing rule holds false, a rule whose when is false does not apply")
    func explainJSONFailing() throws {
        let explained = try explainJSON("2.000992.000.00.00.H37")
        let failing = try #require(explained.rules.first { $0.id == "cut-min-rate" })
        #expect(failing.applies && !failing.holds && !failing.waived)
        #expect(failing.trace.contains { $0.expr == "(deadline.legal - deadline.proposed) / deadline.legal" && $0.value == .number(0.25) })
        // No current deadline: cut-not-above-current does not apply.
        let guarded = try #require(explained.rules.first { $0.id == "cut-not-above-current" })
        #expect(!guarded.applies)
    }

    @Test("explain --format json: a waiver in force marks its rule waived")
    func explainWaived() throws {
        let dir = try scratchWithShippedRules()
        try dir.write(
            "catalog/s.yaml",
            """
            sector: { id: s, name: S }
            procedures:
              - code: "1.000001"
                name: P
                level: province
                legal_basis: [L]
                deadline: { legal: 10 }
                four_on_spot: true
                waivers:
                  - { rule: four-on-spot-max-deadline, reason: Văn bản 123/UBND-KSTT, until: 2026-12-31 }

            """)
        let explained = try explainJSON("1.000001", in: dir.url)
        let waived = try #require(explained.rules.first { $0.id == "four-on-spot-max-deadline" })
        #expect(waived.applies && !waived.holds && waived.waived)
        #expect(explained.rules.filter(\.waived).map(\.id) == ["four-on-spot-max-deadline"])
    }

    @Test("explain a rule that check reports as rule-error: it does not hold, in `when` as in `assert`")
    func explainRuleError() throws {
        let dir = try scratchWithShippedRules()
        try dir.write(
            "rules/unguarded.yaml",
            """
            rules:
              - id: unguarded-assert
                assert: deadline.legal - deadline.proposed >= 3
              - id: unguarded-when
                when: deadline.proposed < deadline.legal
                assert: deadline.legal > 0

            """)
        try dir.write(
            "catalog/s.yaml",
            "sector: { id: s, name: S }\nprocedures:\n  - { code: \"1.000001\", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }\n")
        let check = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "json"], in: dir.url)
        let errors = try CheckOutput.decode(check.stdoutBytes).findings.filter { $0.rule == "rule-error" }
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.contains { $0.message.contains("`unguarded-assert`") })
        #expect(errors.contains { $0.message.contains("`unguarded-when`") })

        let explained = try explainJSON("1.000001", in: dir.url)
        let assertError = try #require(explained.rules.first { $0.id == "unguarded-assert" })
        #expect(assertError.applies && !assertError.holds, "check reports it, so it does not hold")
        let whenError = try #require(explained.rules.first { $0.id == "unguarded-when" })
        #expect(!whenError.holds, "check reports a rule-error for it, yet explain says it holds (applies \(whenError.applies))")
        #expect(whenError.trace.contains { $0.expr == "deadline.proposed < deadline.legal" && $0.value != .bool(false) })
    }

    @Test("explain an unknown code: exit 2 naming it")
    func explainUnknownCode() throws {
        let result = try TTHC.run(["explain", "9.999999", "--as-of", "2026-11-26"], in: Paths.packageRoot)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("9.999999"), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        let json = try TTHC.run(["explain", "9.999999", "--as-of", "2026-11-26", "--format", "json"], in: Paths.packageRoot)
        #expect(json.status == 2, "\(json)")
        #expect(json.stderr.contains("9.999999"), "\(json)")
    }

    // MARK: tthc test

    @Test("test: the shipped rule tests pass (this is how swift test runs them)")
    func shippedRuleTests() throws {
        let result = try TTHC.run(["test"], in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        let last = try #require(result.stdoutLines.last, "\(result)")
        let parts = last.split(separator: " ")
        #expect(parts.count == 4 && parts[1] == "passed," && parts[2] == "0" && parts[3] == "failed", "\(last)")
        let passed = Int(parts.first ?? "") ?? 0
        #expect(passed >= 29, "\(last)")
        #expect(!result.stdoutLines.contains { $0.hasPrefix("FAIL") }, "\(result)")
        #expect(result.stdoutLines.filter { $0.hasPrefix("pass ") }.count == passed, "\(result)")
    }

    @Test("test: a failing test shows what was expected and not found, and what was found and not expected")
    func failingRuleTest() throws {
        let result = try TTHC.run(["test", "Tests/Fixtures/rule-tests-mixed"], in: Paths.packageRoot)
        #expect(result.status == 1, "\(result)")
        let lines = result.stdoutLines
        #expect(lines.contains { $0.hasPrefix("pass a cut of 30% passes the cut rules") }, "\(result)")
        #expect(lines.contains { $0.hasPrefix("FAIL a wrong expectation fails") }, "\(result)")
        #expect(
            lines.contains { $0.contains("expected, not found: cut-not-above-legal on procedure 1.01") }, "\(result)")
        #expect(lines.contains { $0.contains("found, not expected: code-format on procedure 1.01") }, "\(result)")
        #expect(lines.last == "1 passed, 1 failed", "\(result)")
        // The difference is printed under the failing test, not the passing one.
        let fail = try #require(lines.firstIndex { $0.hasPrefix("FAIL") })
        let pass = try #require(lines.firstIndex { $0.hasPrefix("pass") })
        let detail = try #require(lines.firstIndex { $0.contains("expected, not found") })
        #expect(pass < fail && fail < detail, "\(result)")
    }

    @Test("test: an invalid test file exits 2 with file:line:column")
    func invalidRuleTestFile() throws {
        let result = try TTHC.run(["test", "Tests/Fixtures/rule-tests-invalid"], in: Paths.packageRoot)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("Tests/Fixtures/rule-tests-invalid/bad.yaml:7:5:"), "\(result)")
        #expect(result.stderr.contains("`expcet`"), "\(result)")
        #expect(result.stderr.contains("did you mean `expect`?"), "\(result)")
    }

    // MARK: check --only / --disable

    @Test("check --only RULE: that rule and the built-in checks only")
    func checkOnly() throws {
        let result = try TTHC.run(
            ["check", "--catalog", "Tests/Fixtures/all-default-rules", "--as-of", "2026-11-26", "--format", "json",
             "--only", "cut-depth", "--only", "code-format"],
            in: Paths.packageRoot)
        #expect(result.status == 1, "\(result)")
        let output = try CheckOutput.decode(result.stdoutBytes)
        expectFindings(
            output.findings,
            [
                Expected("Tests/Fixtures/all-default-rules/a-deadlines.yaml:9:11", "code-format", says: "1.23"),
                Expected("Tests/Fixtures/all-default-rules/a-deadlines.yaml:63:24", "cut-depth", "warning", says: "90.00%"),
            ])
        let warningOnly = try TTHC.run(
            ["check", "--catalog", "Tests/Fixtures/all-default-rules", "--as-of", "2026-11-26", "--only", "cut-depth"],
            in: Paths.packageRoot)
        #expect(warningOnly.status == 0, "a warning alone does not fail the run\n\(warningOnly)")
    }

    @Test("check --disable RULE: every finding but that rule's")
    func checkDisable() throws {
        let all = try TTHC.run(
            ["check", "--catalog", "Tests/Fixtures/all-default-rules", "--as-of", "2026-11-26", "--format", "json"],
            in: Paths.packageRoot)
        let everything = try CheckOutput.decode(all.stdoutBytes).findings
        let result = try TTHC.run(
            ["check", "--catalog", "Tests/Fixtures/all-default-rules", "--as-of", "2026-11-26", "--format", "json",
             "--disable", "four-on-spot-candidate", "--disable", "cut-min-rate"],
            in: Paths.packageRoot)
        #expect(result.status == 1, "\(result)")
        let findings = try CheckOutput.decode(result.stdoutBytes).findings
        #expect(findings.map(\.description) == everything.filter { !["four-on-spot-candidate", "cut-min-rate"].contains($0.rule) }.map(\.description))
        #expect(everything.contains { $0.rule == "cut-min-rate" })
    }

    @Test("check --only or --disable with an unknown rule id exits 2 naming it", arguments: ["--only", "--disable"])
    func checkUnknownRule(option: String) throws {
        let result = try TTHC.run(
            ["check", "--catalog", "Tests/Fixtures/all-default-rules", "--as-of", "2026-11-26", option, "cut-dept"],
            in: Paths.packageRoot)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("cut-dept"), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    // MARK: Rules edited between runs

    static let communeCatalog = """
        sector: { id: xa, name: Cấp xã }
        procedures:
          - code: "2.000001"
            name: Chứng thực bản sao từ bản chính
            level: commune
            legal_basis: [Nghị định 23/2015/NĐ-CP]
            deadline:
              legal: 30

        """

    @Test("a new rule in a new file of rules/ takes effect on the next run, at the value it reads")
    func newRuleTakesEffect() throws {
        let dir = try scratchWithShippedRules()
        try dir.write("catalog/xa.yaml", Self.communeCatalog)
        let before = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "json"], in: dir.url)
        #expect(try CheckOutput.decode(before.stdoutBytes).findings.allSatisfy { $0.rule != "commune-max-20" })

        try dir.write(
            "rules/commune.yaml",
            """
            rules:
              - id: commune-max-20
                scope: procedure
                severity: error
                description: Commune-level procedures have a legal deadline of at most 20 days.
                when: level == "commune"
                assert: deadline.legal <= 20
                message: "a commune-level procedure with a legal deadline of {deadline.legal} days, more than 20"

            """)
        let after = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "json"], in: dir.url)
        #expect(after.status == 1, "\(after)")
        let findings = try CheckOutput.decode(after.stdoutBytes).findings.filter { $0.rule == "commune-max-20" }
        expectFindings(
            findings,
            [Expected("catalog/xa.yaml:8:14", "commune-max-20", says: "a commune-level procedure with a legal deadline of 30 days, more than 20")])
        #expect(findings.first?.procedure == "2.000001")
        #expect(findings.first?.sector == "xa")

        let listed = try TTHC.run(["rules", "--as-of", "2026-11-26"], in: dir.url)
        #expect(listed.stdoutLines.contains { $0.hasPrefix("commune-max-20") }, "\(listed)")
        let text = try TTHC.run(["check", "--as-of", "2026-11-26", "--only", "commune-max-20"], in: dir.url)
        #expect(text.status == 1)
        #expect(
            text.stdoutLines.first
                == "catalog/xa.yaml:8:14: error: a commune-level procedure with a legal deadline of 30 days, more than 20 [commune-max-20]",
            "\(text)")
    }

    @Test("an invalid rule file (a type error inside a block scalar) exits 2 with file:line:column")
    func invalidRuleFile() throws {
        let dir = try scratchWithShippedRules()
        try dir.write("catalog/xa.yaml", Self.communeCatalog)
        try dir.write(
            "rules/commune.yaml",
            """
            rules:
              - id: commune-max-20
                when: level == "commune"
                assert: |
                  deadline.legal <= 20
                    && level == 3

            """)
        for arguments in [["check"], ["rules"], ["explain", "2.000001"], ["test"]] {
            let result = try TTHC.run(arguments + ["--as-of", "2026-11-26"], in: dir.url)
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(result.stdout.isEmpty, "\(arguments): \(result)")
            #expect(
                result.stderr.contains(
                    "rules/commune.yaml:6:18: in rule `commune-max-20`: `==` compares values of one type, found string and number"),
                "\(arguments): \(result)")
        }
    }

    @Test("an invalid rule file saved with CRLF line endings: the same file:line:column")
    func invalidRuleFileWithCRLF() throws {
        let dir = try scratchWithShippedRules()
        try dir.write("catalog/xa.yaml", Self.communeCatalog)
        try dir.write(
            "rules/commune.yaml",
            "rules:\r\n  - id: commune-max-20\r\n    when: level == \"commune\"\r\n    assert: |\r\n      deadline.legal <= 20\r\n        && level == 3\r\n")
        let result = try TTHC.run(["check", "--as-of", "2026-11-26"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderr.contains(
                "rules/commune.yaml:6:18: in rule `commune-max-20`: `==` compares values of one type, found string and number"),
            "\(result)")
    }

    // MARK: The default rule pack

    @Test("every default rule fires on the all-default-rules catalog, with its severity")
    func everyDefaultRuleFires() throws {
        let result = try TTHC.run(
            ["check", "--catalog", "Tests/Fixtures/all-default-rules", "--as-of", "2026-11-26", "--format", "json"],
            in: Paths.packageRoot)
        #expect(result.status == 1, "\(result)")
        let output = try CheckOutput.decode(result.stdoutBytes)
        for expected in Self.defaultRules {
            let findings = output.findings.filter { $0.rule == expected.id }
            #expect(!findings.isEmpty, "\(expected.id) did not fire:\n\(output.findings.map(\.description).joined(separator: "\n"))")
            for finding in findings {
                #expect(finding.severity == expected.severity, "\(finding)")
            }
        }
        let builtins = ["syntax", "schema", "duplicate-key", "duplicate-code", "duplicate-sector", "rule-error"]
        #expect(!output.findings.contains { builtins.contains($0.rule) }, "\(output.findings)")
        #expect(output.summary.files == 3 && output.summary.sectors == 3 && output.summary.procedures == 15)

        // Where some of them point (SPEC §5.1).
        func place(_ rule: String) -> [String] { output.findings.filter { $0.rule == rule }.map(\.place) }
        let a = "Tests/Fixtures/all-default-rules/a-deadlines.yaml"
        #expect(place("declared-totals-match") == ["\(a):4:7"])
        #expect(place("cut-not-above-legal") == ["\(a):24:38"])
        #expect(place("cut-not-above-current") == ["\(a):30:51"])
        #expect(place("no-district-level") == ["\(a):46:12"])
        #expect(place("legal-basis-required") == ["\(a):15:11"])
        #expect(place("plan-reduction-target") == ["rules/plan.yaml:6:9"])
        #expect(place("plan-four-on-spot-share") == ["rules/plan.yaml:6:9"])
        #expect(place("sector-reduction-target") == ["Tests/Fixtures/all-default-rules/c-sector-target.yaml:4:15"])
        #expect(place("four-on-spot-no-interagency") == ["Tests/Fixtures/all-default-rules/b-four-on-spot.yaml:10:28"])
        let messages = Dictionary(output.findings.map { ($0.rule, $0.message) }, uniquingKeysWith: { a, _ in a })
        #expect(messages["plan-reduction-target"]?.contains("25.61%") == true, "\(messages)")
        #expect(messages["plan-four-on-spot-share"]?.contains("26.67%") == true, "\(messages)")
        #expect(messages["cut-not-above-legal"] == "proposed 12 is not below the legal 10")
    }
}
