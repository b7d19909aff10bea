import Foundation
import Testing

/// The repository's own catalog/ and rules/ (SPEC §4.5: the default rule pack
/// and Lạng Sơn's 2021 catalog of 11 sectors) pass their own checks.
@Suite("Shipped catalog and rules")
struct ShippedCatalogTests {
    @Test("tthc check in the package root: exit 0, no error, 11 sectors")
    func shippedCatalog() throws {
        let root = Paths.packageRoot
        #expect(
            FileManager.default.fileExists(atPath: root.appendingPathComponent("catalog").path),
            "the package has no catalog/ directory yet")
        let result = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "json"], in: root)
        #expect(result.status == 0, "\(result)")
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(output.summary.error == 0, "\(output.findings.filter { $0.severity == "error" })")
        #expect(output.summary.sectors == 11)
        #expect(output.summary.files == 11)
        #expect(output.plan == "lang-son-2021-2030")
        // Procedure and sector findings point into catalog/, catalog findings at the plan in rules/.
        #expect(output.findings.allSatisfy { $0.file.hasPrefix("catalog/") || $0.file == "rules/plan.yaml" })
        #expect(output.summary.warning == 3)
        #expect(output.summary.info == 31)
    }

    @Test("the text output of the shipped catalog ends with a summary of 11 sectors and 0 errors")
    func shippedCatalogText() throws {
        let result = try TTHC.run(["check", "--as-of", "2026-11-26"], in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        let summary = try #require(result.stdoutLines.last)
        #expect(summary.contains("11 sectors"))
        #expect(summary.contains("0 errors"))
    }
}
