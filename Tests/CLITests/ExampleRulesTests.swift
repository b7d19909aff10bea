import Foundation
import Testing

/// examples/review-rules (issue 11): the eleven example rules load, run on the
/// shipped catalog, and their own tests pass with every rule both firing and
/// holding in some test.
@Suite("Example review rules")
struct ExampleRulesTests {
    static let rules = "examples/review-rules"

    @Test("their tests pass at 100% coverage")
    func testsPassCovered() throws {
        let result = try TTHC.run(
            ["test", "--rules", Self.rules, "--coverage", "--min-coverage", "100"], in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("11 of 11 rules in force fire and hold in some test (100%)"), "\(result)")
    }

    @Test("they run on the shipped catalog without a load error or a rule-error")
    func runOnTheSample() throws {
        let result = try TTHC.run(
            ["check", "--rules", Self.rules, "--as-of", "2026-06-01", "--format", "json", "--fail-on", "never"],
            in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(!output.findings.contains { $0.rule == "rule-error" || $0.rule == "schema" }, "\(output.findings)")
        #expect(output.findings.contains { $0.rule == "four-on-spot-share-kept" }, "\(output.findings)")
    }
}
