import Foundation
import Testing

/// `check --format sarif|junit|github|markdown` run on the built binary (SPEC §5):
/// the structure of SARIF and JUnit read back with Foundation (`Validators`),
/// exit codes, `--output` and determinism for every format.
///
/// Validation against the vendored schemas (`Tests/Vendor/schemas`) with
/// Python's jsonschema and xmllint, and rendering the Markdown, need outside
/// programs: `scripts/check-formats` does them, after `swift test` in `.ci/run`.
@Suite("CI output formats")
struct CIFormatTests {
    static let formats = ["sarif", "junit", "github", "markdown"]

    /// Fixture catalogs with errors, duplicates, syntax errors and none.
    static let fixtureCatalogs = ["duplicate-code", "duplicate-sector", "syntax", "clean", "schema-unknown-key", "."]

    // MARK: SARIF

    @Test("SARIF of the shipped catalog: a result per finding, every rule in force described")
    func sarifShippedCatalog() throws {
        let result = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "sarif"], in: Paths.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        try Validators.sarif(result.stdoutBytes, label: "shipped catalog")
        let log = try SARIFLog(result.stdoutBytes)
        #expect(log.results.count == 34)
        // Every rule in force is described, beside the built-in checks.
        let rules = try TTHC.run(["rules", "--as-of", "2026-11-26", "--format", "json"], in: Paths.packageRoot)
        let inForce = try #require(try JSONSerialization.jsonObject(with: rules.stdoutBytes) as? [[String: Any]])
        let ids = Set(log.rules.compactMap { $0["id"] as? String })
        for rule in inForce {
            let id = try #require(rule["id"] as? String)
            #expect(ids.contains(id), "rule \(id) is not in tool.driver.rules")
        }
        for builtin in ["syntax", "schema", "duplicate-key", "duplicate-code", "duplicate-sector", "rule-error"] {
            #expect(ids.contains(builtin))
        }
    }

    @Test("SARIF of fixtures with errors says what the JSON says", arguments: fixtureCatalogs)
    func sarifFixtures(_ catalog: String) throws {
        let result = try TTHC.check(["--catalog", catalog, "--format", "sarif"])
        try Validators.sarif(result.stdoutBytes, label: catalog)
        let (json, output) = try TTHC.checkJSON(catalog: catalog)
        #expect(result.status == json.status)
        let log = try SARIFLog(result.stdoutBytes)
        #expect(log.results.count == output.findings.count)
        let levels = ["error": "error", "warning": "warning", "info": "note"]
        for (result, finding) in zip(log.results, output.findings) {
            #expect(result["ruleId"] as? String == finding.rule)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(log.rules[index]["id"] as? String == finding.rule)
            #expect(result["level"] as? String == levels[finding.severity])
            #expect((result["message"] as? [String: Any])?["text"] as? String == finding.message)
            let physical = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let region = physical?["region"] as? [String: Any]
            #expect(region?["startLine"] as? Int == finding.line)
            #expect(region?["startColumn"] as? Int == finding.column)
            let related = result["relatedLocations"] as? [[String: Any]] ?? []
            #expect(related.count == (finding.related?.count ?? 0))
        }
    }

    @Test("SARIF and JUnit stay valid with commas, colons, percent signs, quotes and markup in paths and messages")
    func awkwardNames() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        let name = "catalog/a b, c:d 100% <x> & \"q\".yaml"
        try dir.write(
            name,
            """
            sector:
              id: "s,1:2"
              name: Lĩnh vực <&>
            procedures:
              - code: "1.0:9,9"
                name: Thủ tục "một"
                level: province
                deadline: { legal: 10 }
                "co|l<o>&\\"ur\\"%": 1
            """)
        let run = { (format: String, extra: [String]) in
            try TTHC.run(["check", "--as-of", "2026-11-26", "--format", format] + extra, in: dir.url)
        }
        let sarif = try run("sarif", [])
        #expect(sarif.status == 1, "\(sarif)")
        try Validators.sarif(sarif.stdoutBytes, label: "awkward names")
        let log = try SARIFLog(sarif.stdoutBytes)
        let physical = (log.results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect(
            (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String
                == "catalog/a%20b,%20c%3Ad%20100%25%20%3Cx%3E%20&%20%22q%22.yaml")
        for failOn in ["error", "info", "never"] {
            let junit = try run("junit", ["--fail-on", failOn])
            try Validators.junit(junit.stdoutBytes, label: "awkward names, --fail-on \(failOn)")
            #expect(junit.stdout.contains("name=\"catalog/a b, c:d 100% &lt;x&gt; &amp; &quot;q&quot;.yaml\""))
        }
        let github = try run("github", [])
        #expect(github.stdoutLines.first?.hasPrefix("::error file=catalog/a b%2C c%3Ad 100%25 <x> & \"q\".yaml,line=2,col=7,title=schema::") == true)
        let markdown = try run("markdown", [])
        let row = try #require(markdown.stdoutLines.first { $0.hasPrefix("| **error**") })
        #expect(row.replacingOccurrences(of: "\\|", with: "").count { $0 == "|" } == 6, "\(row)")
    }

    // MARK: JUnit

    @Test("JUnit of the shipped catalog: a test case per sector and procedure, no failure")
    func junitShippedCatalog() throws {
        let result = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "junit"], in: Paths.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        try Validators.junit(result.stdoutBytes, label: "shipped catalog")
        #expect(!result.stdout.contains("<failure"))
        let suites = result.stdout.components(separatedBy: "<testsuite ").count - 1
        #expect(suites == 12)  // 11 catalog files and rules/plan.yaml, where the catalog findings are
        let sectorCases = result.stdout.components(separatedBy: "<testcase name=\"sector ").count - 1
        #expect(sectorCases == 11)
        let cases = result.stdout.components(separatedBy: "<testcase ").count - 1
        #expect(cases == 11 + 237 + 1)
        #expect(result.stdout.contains("timestamp=\"2026-11-26T00:00:00\""))
        // --fail-on warning turns the plan's warnings into failures, still valid.
        let strict = try TTHC.run(
            ["check", "--as-of", "2026-11-26", "--format", "junit", "--fail-on", "warning"], in: Paths.packageRoot)
        #expect(strict.status == 1)
        try Validators.junit(strict.stdoutBytes, label: "shipped catalog, --fail-on warning")
        #expect(strict.stdout.components(separatedBy: "<failure ").count - 1 == 3)
    }

    @Test(
        "JUnit of fixtures: a failure per finding at or above --fail-on",
        arguments: fixtureCatalogs, ["error", "warning", "info", "never"])
    func junitFixtures(_ catalog: String, _ failOn: String) throws {
        let result = try TTHC.check(["--catalog", catalog, "--format", "junit", "--fail-on", failOn])
        try Validators.junit(result.stdoutBytes, label: "\(catalog) --fail-on \(failOn)")
        let (_, output) = try TTHC.checkJSON(catalog: catalog)
        let rank = ["info": 0, "warning": 1, "error": 2]
        let failing = output.findings.filter { failOn != "never" && rank[$0.severity]! >= rank[failOn]! }
        let failures = result.stdout.components(separatedBy: "<failure ").count - 1
        #expect(failures == failing.count)
        #expect(result.status == (failing.isEmpty ? 0 : 1))
        for finding in failing {
            #expect(result.stdout.contains("type=\"\(finding.rule)\""))
            #expect(result.stdout.contains(">\(finding.place): \(finding.severity): "), "\(finding)")
        }
        for code in Set(output.findings.compactMap(\.procedure)) {
            // A procedure's test case is named by its code, then its name when it has one.
            #expect(
                result.stdout.contains("<testcase name=\"\(code) ") || result.stdout.contains("<testcase name=\"\(code)\""),
                "no test case for \(code)")
        }
    }

    @Test("JUnit of duplicate codes: a suite per file, the duplicate fails in the second file")
    func junitDuplicateCode() throws {
        let result = try TTHC.check(["--catalog", "duplicate-code", "--format", "junit"])
        #expect(result.status == 1)
        try Validators.junit(result.stdoutBytes, label: "duplicate-code")
        #expect(result.stdout.contains("<testsuite name=\"duplicate-code/a.yaml\" package=\"duplicate-code/a.yaml\" id=\"0\" tests=\"3\" failures=\"0\""))
        #expect(result.stdout.contains("<testsuite name=\"duplicate-code/b.yaml\" package=\"duplicate-code/b.yaml\" id=\"1\" tests=\"3\" failures=\"2\""))
        #expect(result.stdout.contains("<testcase name=\"sector sector-a\" classname=\"sector-a\" time=\"0\"/>"))
        #expect(
            result.stdout.contains(
                "<failure message=\"procedure code `1.000300` appears twice in the catalog; keep one entry per code\" type=\"duplicate-code\">duplicate-code/b.yaml:6:11: error: "
            ))
    }

    // MARK: GitHub and Markdown

    @Test("github: a workflow command per finding, at its place, then a plain summary", arguments: fixtureCatalogs)
    func github(_ catalog: String) throws {
        let result = try TTHC.check(["--catalog", catalog, "--format", "github"])
        let (json, output) = try TTHC.checkJSON(catalog: catalog)
        #expect(result.status == json.status)
        let lines = result.stdoutLines
        #expect(lines.count == output.findings.count + 1)
        let commands = ["error": "error", "warning": "warning", "info": "notice"]
        for (line, finding) in zip(lines, output.findings) {
            let file = finding.file.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
            #expect(
                line.hasPrefix(
                    "::\(commands[finding.severity]!) file=\(file),line=\(finding.line),col=\(finding.column),title=\(finding.rule)::"
                ), "\(line)")
        }
        #expect(lines.last?.hasPrefix("::") == false)
        #expect(lines.last?.contains("checked against lang-son-2021-2030") == true)
    }

    @Test("markdown: heading, summary, a row per finding or No findings.", arguments: fixtureCatalogs)
    func markdown(_ catalog: String) throws {
        let result = try TTHC.check(["--catalog", catalog, "--format", "markdown"])
        let (json, output) = try TTHC.checkJSON(catalog: catalog)
        #expect(result.status == json.status)
        let lines = result.stdoutLines
        #expect(lines.first == "## tthc check")
        #expect(lines.dropFirst().first?.contains("as of 2026-11-26") == true)
        let rows = lines.filter { $0.hasPrefix("| ") }
        if output.findings.isEmpty {
            #expect(lines.last == "No findings.")
            #expect(rows.isEmpty)
        } else {
            #expect(rows.count == output.findings.count + 1)
            for (row, finding) in zip(rows.dropFirst(), output.findings) {
                #expect(row.contains("| `\(finding.rule)` |"), "\(row)")
                #expect(row.replacingOccurrences(of: "\\|", with: "").count { $0 == "|" } == 6, "\(row)")
            }
        }
    }

    // MARK: Exit codes, --output, determinism

    @Test("exit codes are those of SPEC §5 with every format", arguments: formats)
    func exitCodes(_ format: String) throws {
        #expect(try TTHC.check(["--catalog", "clean", "--format", format]).status == 0)
        #expect(try TTHC.check(["--catalog", "duplicate-code", "--format", format]).status == 1)
        #expect(try TTHC.check(["--catalog", "duplicate-code", "--format", format, "--fail-on", "never"]).status == 0)
        let shipped = ["check", "--as-of", "2026-11-26", "--format", format]
        #expect(try TTHC.run(shipped, in: Paths.packageRoot).status == 0)
        #expect(try TTHC.run(shipped + ["--fail-on", "warning"], in: Paths.packageRoot).status == 1)
        #expect(try TTHC.run(shipped + ["--fail-on", "info"], in: Paths.packageRoot).status == 1)
        let invalid = try TTHC.check(["--catalog", "clean", "--format", format], rules: "rules-invalid")
        #expect(invalid.status == 2)
        #expect(invalid.stdout.isEmpty)
        #expect(try TTHC.check(["--catalog", "no-such-directory", "--format", format]).status == 2)
    }

    @Test("--output FILE holds exactly what stdout would, also when the run exits 1", arguments: formats)
    func output(_ format: String) throws {
        let dir = try TemporaryDirectory()
        let out = dir.path("out/report.\(format)").path
        try FileManager.default.createDirectory(at: dir.path("out"), withIntermediateDirectories: true)
        let toStdout = try TTHC.check(["--catalog", "duplicate-code", "--format", format])
        let toFile = try TTHC.check(["--catalog", "duplicate-code", "--format", format, "--output", out])
        #expect(toFile.status == 1)
        #expect(toFile.stdout.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(written == toStdout.stdoutBytes)
        #expect(!written.isEmpty)
        #expect(!written.contains(0x1B))
        switch format {
        case "sarif": try Validators.sarif(written, label: "--output")
        case "junit": try Validators.junit(written, label: "--output")
        default: break
        }
    }

    @Test("the same bytes across two runs and across --jobs 1 and 2", arguments: formats)
    func deterministic(_ format: String) throws {
        var outputs: [Data] = []
        for jobs in [[], [], ["--jobs", "1"], ["--jobs", "2"]] {
            let result = try TTHC.check([".", "--format", format] + jobs)
            #expect(result.status == 1)
            outputs.append(result.stdoutBytes)
        }
        #expect(outputs[0].count > 1000)
        for (index, output) in outputs.enumerated().dropFirst() {
            #expect(output == outputs[0], "run \(index) differs from run 0")
        }
    }
}

/// A SARIF log's first run, read back.
struct SARIFLog {
    var rules: [[String: Any]]
    var results: [[String: Any]]

    init(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], sourceLocation: sourceLocation)
        let runs = try #require(object["runs"] as? [[String: Any]], sourceLocation: sourceLocation)
        #expect(runs.count == 1, sourceLocation: sourceLocation)
        let run = try #require(runs.first, sourceLocation: sourceLocation)
        let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect(driver?["name"] as? String == "tthc", sourceLocation: sourceLocation)
        rules = try #require(driver?["rules"] as? [[String: Any]], sourceLocation: sourceLocation)
        results = try #require(run["results"] as? [[String: Any]], sourceLocation: sourceLocation)
    }
}
