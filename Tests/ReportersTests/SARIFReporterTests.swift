// Golden files: Tests/ReportersTests/Golden/. Regenerate them after an
// intended change with `TTHC_UPDATE_GOLDEN=1 swift test --filter ReportersTests`
// (see CISampleReports.swift) and review the diff.
import Foundation
import Reporters
import Review
import Testing
import Vocabulary

@Suite struct SARIFReporterTests {
    let reporter = SARIFReporter(toolVersion: "0.1.0")

    func decode(_ report: CheckReport) throws -> [String: Any] {
        let text = reporter.render(report)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func run(_ report: CheckReport) throws -> [String: Any] {
        let runs = try #require(try decode(report)["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return try #require(runs.first)
    }

    @Test func sampleMatchesTheGoldenFile() throws {
        try Golden.check(reporter.render(CISample.report), "sample.sarif")
    }

    @Test func cleanMatchesTheGoldenFile() throws {
        try Golden.check(reporter.render(CISample.clean), "clean.sarif")
    }

    @Test func headerAndDriver() throws {
        let log = try decode(CISample.report)
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.hasSuffix("sarif-schema-2.1.0.json") == true)
        let driver = try #require((try run(CISample.report)["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "tthc")
        #expect(driver["version"] as? String == "0.1.0")
        #expect(driver["informationUri"] == nil)
    }

    @Test func everyRuleOfTheReportIsDescribed() throws {
        let driver = try #require((try run(CISample.report)["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == CISample.rules.map(\.id))
        for (rule, info) in zip(rules, CISample.rules) {
            let short = (rule["shortDescription"] as? [String: Any])?["text"] as? String
            let full = (rule["fullDescription"] as? [String: Any])?["text"] as? String
            #expect(short == (info.description ?? info.id))
            #expect(full?.contains(info.description ?? info.id) == true)
            if let basis = info.basis {
                #expect(full?.contains(basis) == true)
                #expect((rule["properties"] as? [String: Any])?["basis"] as? String == basis)
            }
            #expect((rule["properties"] as? [String: Any])?["scope"] as? String == info.scope)
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(level == ["error": "error", "warning": "warning", "info": "note"][info.severity.rawValue])
        }
    }

    @Test func resultsPointAtTheirRuleAndPlace() throws {
        let run = try run(CISample.report)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == CISample.report.findings.count)
        for (result, finding) in zip(results, CISample.report.findings) {
            #expect(result["ruleId"] as? String == finding.rule)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding.rule)
            #expect((result["message"] as? [String: Any])?["text"] as? String == finding.text)
            let locations = try #require(result["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == finding.location.file)
            let region = try #require(physical["region"] as? [String: Any])
            #expect(region["startLine"] as? Int == finding.location.line)
            #expect(region["startColumn"] as? Int == finding.location.column)
            let properties = result["properties"] as? [String: Any]
            #expect(properties?["procedure"] as? String == finding.procedure)
            #expect(properties?["sector"] as? String == finding.sector)
            #expect(properties?["basis"] as? String == finding.basis)
        }
        let levels = results.compactMap { $0["level"] as? String }
        #expect(levels == CISample.report.findings.map { ["error": "error", "warning": "warning", "info": "note"][$0.severity.rawValue]! })
    }

    @Test func relatedLocationsHaveDistinctIds() throws {
        let results = try #require(try run(CISample.report)["results"] as? [[String: Any]])
        let duplicate = try #require(results.first { $0["ruleId"] as? String == "duplicate-code" })
        let related = try #require(duplicate["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related[0]["id"] as? Int == 1)
        let physical = related[0]["physicalLocation"] as? [String: Any]
        #expect((physical?["artifactLocation"] as? [String: Any])?["uri"] as? String == "catalog/a.yaml")
        #expect(results.filter { $0["relatedLocations"] != nil }.count == 1)
    }

    @Test func aFindingOfAnUnlistedRuleStillGetsADescribedRule() throws {
        var report = CISample.clean
        report.findings = [
            Finding(rule: "mystery", severity: .warning, message: "m", location: Location(file: "a.yaml", line: 1, column: 1))
        ]
        let run = try run(report)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        let index = try #require(results.first?["ruleIndex"] as? Int)
        #expect(index == CISample.rules.count)
        #expect(rules[index]["id"] as? String == "mystery")
    }

    @Test func textIsEscapedAndPathsAreURIReferences() throws {
        let text = reporter.render(CISample.nasty)
        #expect(!text.contains("\u{1}"))
        let results = try #require(try run(CISample.nasty)["results"] as? [[String: Any]])
        #expect((results[0]["message"] as? [String: Any])?["text"] as? String == CISample.nastyMessage)
        let locations = try #require(results[0]["locations"] as? [[String: Any]])
        let artifact = (locations[0]["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
        #expect(artifact?["uri"] as? String == "catalog/dir,%20x/a%3Ab%2050%25%20t%C6%B0.yaml")
        #expect((results[0]["properties"] as? [String: Any])?["basis"] as? String == "NĐ \"61\" & <b>")
    }

    @Test func absolutePathsBecomeFileURIs() {
        #expect(SARIFReporter.uri("/tmp/x y/a.yaml") == "file:///tmp/x%20y/a.yaml")
        #expect(SARIFReporter.uri("../catalog/a.yaml") == "../catalog/a.yaml")
        #expect(SARIFReporter.uri("a#b?c.yaml") == "a%23b%3Fc.yaml")
    }

    @Test func sameBytesEveryRun() {
        #expect(reporter.render(CISample.report) == reporter.render(CISample.report))
    }
}
