import Foundation
import Testing

/// `tthc report` run as a user runs it, on the shipped catalog.
@Suite struct ReportCommandTests {
    static let asOf = ["--as-of", "2026-11-26"]

    func report(_ arguments: [String], in directory: URL = Paths.packageRoot) throws -> RunResult {
        try TTHC.run(["report"] + arguments + Self.asOf, in: directory)
    }

    @Test(arguments: ["text", "markdown", "csv", "html", "json"])
    func everyFormatExitsZeroOnTheShippedCatalog(_ format: String) throws {
        let result = try report(["--format", format])
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.isEmpty)
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test func textIsTheDefault() throws {
        let result = try report([])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Reduction list (140)"))
        #expect(result.stdout.contains("37.03%"))
    }

    @Test func jsonTotalsAreThePublishedFigures() throws {
        let result = try report(["--format", "json"])
        #expect(result.status == 0, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect(json["as_of"] as? String == "2026-11-26")
        let plan = try #require(json["plan"] as? [String: Any])
        #expect(plan["id"] as? String == "lang-son-2021-2030")
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["sectors"] as? Int == 11)
        #expect(totals["procedures"] as? Int == 237)
        #expect(totals["with_cut"] as? Int == 140)
        #expect(totals["legal_days"] as? Double == 2325)
        #expect(totals["proposed_days"] as? Double == 1464)
        #expect(totals["cut_days"] as? Double == 861)
        #expect(abs((totals["reduction_rate"] as? Double ?? 0) - 0.370322) < 0.000001)
        #expect(totals["four_on_spot"] as? Int == 77)
        #expect(abs((totals["four_on_spot_share"] as? Double ?? 0) - 0.324894) < 0.000001)
        #expect(result.stdout.contains("\"reduction_rate\": 0.37032258064516"))
        let list = try #require(json["reduction_list"] as? [[String: Any]])
        #expect(list.count == 140)
        let sectors = try #require(json["sectors"] as? [[String: Any]])
        #expect(sectors.count == 11)
        let targets = try #require(json["targets"] as? [[String: Any]])
        let rate = try #require(targets.first { $0["target"] as? String == "reduction_rate" })
        #expect(rate["value"] as? Double == 0.4)
        #expect(rate["met"] as? Bool == false)
    }

    @Test func csvHasAByteOrderMarkAndHTMLNoNetwork() throws {
        let csv = try report(["--format", "csv"])
        #expect(Array(csv.stdoutBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let html = try report(["--format", "html"])
        #expect(!html.stdout.lowercased().contains("http"))
        #expect(!html.stdout.lowercased().contains("<script"))
    }

    @Test func outputWritesTheFileAndNothingToStandardOutput() throws {
        let scratch = try TemporaryDirectory()
        let file = scratch.path("report.html")
        let result = try report(["--format", "html", "--output", file.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
        #expect(written.contains("37.03%"))
    }

    @Test func anOutputFileThatCannotBeWrittenExitsTwo() throws {
        let result = try report(["--output", "/nonexistent-directory/report.txt"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("cannot write"))
    }

    @Test func withoutACatalogExitsTwo() throws {
        let scratch = try TemporaryDirectory()
        let rules = Paths.packageRoot.appendingPathComponent("rules").path
        let result = try report(["--rules", rules], in: scratch.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("catalog directory"))
        #expect(result.stdout.isEmpty)
    }

    @Test func withoutRulesExitsTwo() throws {
        let scratch = try TemporaryDirectory()
        let catalog = Paths.packageRoot.appendingPathComponent("catalog").path
        let result = try report(["--catalog", catalog], in: scratch.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("rules directory"))
    }

    @Test func badArgumentsExitTwo() throws {
        #expect(try report(["--format", "pdf"]).status == 2)
        #expect(try report(["--plan", "no-such-plan"]).status == 2)
        #expect(try TTHC.run(["report", "--as-of", "2026-13-01"], in: Paths.packageRoot).status == 2)
    }

    @Test func noPlanInForceExitsTwo() throws {
        let result = try TTHC.run(["report", "--as-of", "2040-01-01"], in: Paths.packageRoot)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("--plan"))
    }

    @Test func theDatedTargetFollowsAsOf() throws {
        let before = try TTHC.run(["report", "--format", "json", "--as-of", "2025-12-31"], in: Paths.packageRoot)
        let json = try #require(try JSONSerialization.jsonObject(with: before.stdoutBytes) as? [String: Any])
        let targets = try #require(json["targets"] as? [[String: Any]])
        let rate = try #require(targets.first { $0["target"] as? String == "reduction_rate" })
        #expect(rate["value"] as? Double == 0.3)
        #expect(rate["met"] as? Bool == true)
    }

    @Test func aBrokenCatalogFileStillGivesAReportThatSaysItIsIncomplete() throws {
        let scratch = try TemporaryDirectory()
        try scratch.copyFixture("clean", to: "catalog")
        try scratch.write("catalog/zz-broken.yaml", "sector: [unclosed\n")
        let rules = Paths.fixture("rules").path
        let result = try report(["--rules", rules, "--format", "json"], in: scratch.url)
        #expect(result.status == 1, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect((json["sectors"] as? [Any])?.count == 2)
        let incomplete = try #require(json["incomplete"] as? [String: Any])
        #expect(incomplete["files"] as? [String] == ["catalog/zz-broken.yaml"])
        let allowed = try report(["--rules", rules, "--format", "json", "--allow-incomplete"], in: scratch.url)
        #expect(allowed.status == 0, "\(allowed)")
        #expect(allowed.stdout == result.stdout)
    }
}
