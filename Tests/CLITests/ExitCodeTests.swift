import Foundation
import Testing

/// SPEC §5 exit codes: 0 no finding at or above --fail-on, 1 such findings,
/// 2 the run could not be made (and then a message on stderr, nothing on stdout).
@Suite("Exit codes")
struct ExitCodeTests {
    @Test("0 on a clean catalog")
    func clean() throws {
        let result = try TTHC.check(["--catalog", "clean"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
    }

    @Test("1 on errors")
    func errors() throws {
        let result = try TTHC.check(["--catalog", "typo"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.isEmpty)
    }

    /// Checks a run that could not be made: exit 2, nothing on stdout, and a
    /// message on stderr holding each of `says`.
    func expectRunFailure(_ result: RunResult, says: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 2, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
        for words in says {
            #expect(result.stderr.contains(words), "stderr should say \(words):\n\(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(!result.stderr.contains("\u{1B}["), sourceLocation: sourceLocation)
    }

    @Test("2 when the catalog directory is missing")
    func missingCatalog() throws {
        expectRunFailure(try TTHC.check(["--catalog", "no-such-catalog"]), says: ["no-such-catalog"])
    }

    @Test("2 when the default catalog/ is missing in the current directory")
    func missingDefaultCatalog() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        expectRunFailure(try TTHC.run(["check", "--as-of", "2026-11-26"], in: dir.url), says: ["catalog"])
    }

    @Test("2 when the rules directory is missing")
    func missingRules() throws {
        expectRunFailure(try TTHC.check(["--catalog", "clean"], rules: "no-such-rules"), says: ["no-such-rules"])
    }

    @Test("2 when the default rules/ is missing in the current directory")
    func missingDefaultRules() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("clean", to: "catalog")
        expectRunFailure(try TTHC.run(["check", "--as-of", "2026-11-26"], in: dir.url), says: ["rules"])
    }

    @Test("2 when a PATH argument does not exist")
    func missingPath() throws {
        expectRunFailure(try TTHC.check(["clean/no-such-file.yaml"]), says: ["clean/no-such-file.yaml"])
    }

    @Test("2 on an unknown key in rules/, with file:line:column")
    func invalidRulesKey() throws {
        let result = try TTHC.check(["--catalog", "clean"], rules: "rules-invalid")
        expectRunFailure(
            result, says: ["rules-invalid/plan.yaml:4:5:", "`efective`", "did you mean `effective`?"])
    }

    @Test("2 on bad YAML in rules/, with file:line:column")
    func invalidRulesYAML() throws {
        let result = try TTHC.check(["--catalog", "clean"], rules: "rules-bad-yaml")
        expectRunFailure(result, says: ["rules-bad-yaml/broken.yaml:3:1:", "syntax"])
    }

    @Test("2 on rules in a scratch directory: a duplicate rule id and a bad trait type")
    func invalidRulesScratch() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.copyFixture("clean", to: "catalog")
        try dir.write(
            "rules/more.yaml",
            """
            traits:
              urgent: { type: boolean }
            rules:
              - { id: same, assert: "true" }
              - { id: same, assert: "true" }

            """)
        let result = try TTHC.run(["check", "--as-of", "2026-11-26"], in: dir.url)
        expectRunFailure(
            result, says: ["rules/more.yaml:2:19:", "`boolean`", "rules/more.yaml:5:11:", "`same`"])
    }

    @Test("2 on a bad --as-of", arguments: ["2026-13-01", "2026-02-30", "26-11-2026", "today", ""])
    func badAsOf(_ date: String) throws {
        let result = try TTHC.run(["check", "--catalog", "clean", "--rules", "rules", "--as-of", date])
        expectRunFailure(result, says: ["--as-of"])
    }

    @Test("2 on an unknown --plan, listing the plans and their periods")
    func unknownPlan() throws {
        let result = try TTHC.check(["--catalog", "clean", "--plan", "ha-noi-2030"])
        expectRunFailure(result, says: ["ha-noi-2030", "lang-son-2021-2030", "2021-01-01", "2030-12-31"])
    }

    @Test("2 when no plan is in force on 2019-01-01, listing the plans")
    func noPlanInForce() throws {
        let result = try TTHC.check(["--catalog", "clean"], asOf: "2019-01-01")
        expectRunFailure(result, says: ["2019-01-01", "--plan", "lang-son-2021-2030", "2021-01-01", "2030-12-31"])
    }

    @Test("--plan picks a plan even outside its period")
    func planOutsidePeriod() throws {
        let result = try TTHC.check(["--catalog", "clean", "--plan", "lang-son-2021-2030", "--format", "json"], asOf: "2019-01-01")
        #expect(result.status == 0, "\(result)")
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(output.plan == "lang-son-2021-2030")
        #expect(output.as_of == "2019-01-01")
    }

    @Test("2 when two plans are in force, listing both")
    func twoPlansInForce() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.copyFixture("clean", to: "catalog")
        try dir.write(
            "rules/second-plan.yaml",
            "plans:\n  - id: second\n    effective: { from: 2026-01-01 }\n    targets: { reduction_rate: 0.5 }\n")
        let result = try TTHC.run(["check", "--as-of", "2026-11-26"], in: dir.url)
        expectRunFailure(result, says: ["lang-son-2021-2030", "second", "--plan"])
        let chosen = try TTHC.run(["check", "--as-of", "2026-11-26", "--plan", "second"], in: dir.url)
        #expect(chosen.status == 0, "\(chosen)")
    }

    @Test("2 on an unknown option or a bad value", arguments: ["--bogus", "--format=xml", "--fail-on=sometimes", "--jobs=0"])
    func badArguments(_ extra: String) throws {
        let result = try TTHC.check(["--catalog", "clean", extra])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test("2 when --output cannot be written; nothing half-written elsewhere")
    func unwritableOutput() throws {
        let result = try TTHC.check(["--catalog", "clean", "--output", "no-such-dir/out.txt"])
        expectRunFailure(result, says: ["no-such-dir/out.txt"])
    }

    struct FailOnCase: Sendable, CustomTestStringConvertible {
        var catalog: String
        var options: [String]
        var status: Int32
        var testDescription: String { "\(catalog) \(options.joined(separator: " ")) → \(status)" }
    }

    @Test("--fail-on error (the default), warning, info, never", arguments: [
        FailOnCase(catalog: "typo", options: [], status: 1),
        FailOnCase(catalog: "typo", options: ["--fail-on", "error"], status: 1),
        FailOnCase(catalog: "typo", options: ["--fail-on", "warning"], status: 1),
        FailOnCase(catalog: "typo", options: ["--fail-on", "info"], status: 1),
        FailOnCase(catalog: "typo", options: ["--fail-on", "never"], status: 0),
        FailOnCase(catalog: "clean", options: ["--fail-on", "error"], status: 0),
        FailOnCase(catalog: "clean", options: ["--fail-on", "warning"], status: 0),
        FailOnCase(catalog: "clean", options: ["--fail-on", "info"], status: 0),
        FailOnCase(catalog: "clean", options: ["--fail-on", "never"], status: 0),
    ])
    func failOn(_ run: FailOnCase) throws {
        let result = try TTHC.check(["--catalog", run.catalog] + run.options)
        #expect(result.status == run.status, "\(result)")
        // The findings are printed whatever the threshold.
        if run.catalog == "typo" { #expect(result.stdout.contains("[schema]")) }
    }

    @Test("--fail-on never still writes the findings in JSON")
    func failOnNeverJSON() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "bad-durations", extra: ["--fail-on", "never"])
        #expect(result.status == 0)
        #expect(output.summary.error == 12)
    }

    @Test("--help and --version exit 0")
    func helpAndVersion() throws {
        let help = try TTHC.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--fail-on"))
        let version = try TTHC.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
    }
}
