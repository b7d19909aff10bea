import Foundation
import Testing

/// `check --min-severity`: findings below it are left out of every format;
/// the summary still counts them and they still count for `--fail-on`.
@Suite("check --min-severity")
struct MinSeverityTests {
    static let base = ["check", "--as-of", "2026-11-26"]

    @Test("infos hidden from JSON, SARIF, JUnit, GitHub, Markdown and text; the summary counts them", arguments: [
        "json", "sarif", "junit", "github", "markdown", "text",
    ])
    func hidden(_ format: String) throws {
        let all = try TTHC.run(Self.base + ["--format", format], in: Paths.packageRoot)
        let warnings = try TTHC.run(Self.base + ["--format", format, "--min-severity", "warning"], in: Paths.packageRoot)
        #expect(all.status == 0 && warnings.status == 0)
        // The shipped catalog gives 31 infos (four-on-spot-candidate) and 3 warnings.
        // SARIF describes every rule in force; its results are what it reports.
        func reported(_ run: RunResult) throws -> String {
            guard format == "sarif" else { return run.stdout }
            let log = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
            let results = (log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]] ?? []
            return results.compactMap { $0["ruleId"] as? String }.joined(separator: " ")
        }
        #expect(try reported(all).contains("four-on-spot-candidate"))
        #expect(try !reported(warnings).contains("four-on-spot-candidate"))
        #expect(try reported(warnings).contains("plan-reduction-target"))
        if format == "json" {
            let summary = try #require(
                (try JSONSerialization.jsonObject(with: warnings.stdoutBytes) as? [String: Any])?["summary"] as? [String: Any])
            #expect(summary["info"] as? Int == 31)
            #expect(try CheckOutput.decode(warnings.stdoutBytes).findings.count == 3)
        }
        if format == "text" {
            #expect(warnings.stdoutLines.last?.hasSuffix("0 errors, 3 warnings, 31 info") == true)
        }
    }

    @Test("a hidden finding still fails the run at --fail-on")
    func stillFails() throws {
        let result = try TTHC.run(Self.base + ["--min-severity", "error", "--fail-on", "warning"], in: Paths.packageRoot)
        #expect(result.status == 1)
        #expect(result.stdoutLines.count == 1, "only the summary:\n\(result.stdout)")
    }
}
