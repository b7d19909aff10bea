import Foundation
import Testing

/// `check --baseline FILE`: findings the baseline holds are not reported and
/// do not fail the run; matching never uses line numbers.
@Suite("check --baseline")
struct BaselineTests {
    func scratchCatalog() throws -> TemporaryDirectory {
        let scratch = try TemporaryDirectory("tthc-baseline")
        for directory in ["catalog", "rules"] {
            try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent(directory), to: scratch.path(directory))
        }
        // One error to carry in the baseline: a proposal above the legal deadline.
        try scratch.write(
            "catalog/zz-extra.yaml",
            """
            sector: { id: extra, name: Extra }
            procedures:
              - { code: "1.999999.000.00.00.H37", name: P, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 12 } }
            """)
        return scratch
    }

    @Test("findings in the baseline are suppressed, counted, and do not fail the run")
    func suppresses() throws {
        let scratch = try scratchCatalog()
        let first = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "json", "--output", "base.json"], in: scratch.url)
        #expect(first.status == 1)
        let second = try TTHC.run(["check", "--as-of", "2026-11-26", "--baseline", "base.json", "--format", "json"], in: scratch.url)
        #expect(second.status == 0, "\(second)")
        let output = try CheckOutput.decode(second.stdoutBytes)
        #expect(output.findings.isEmpty)
        let summary = try #require(try JSONSerialization.jsonObject(with: second.stdoutBytes) as? [String: Any])["summary"] as? [String: Any]
        #expect((summary?["suppressed"] as? Int ?? -1) > 0)
        let text = try TTHC.run(["check", "--as-of", "2026-11-26", "--baseline", "base.json"], in: scratch.url)
        #expect(text.stdoutLines.last?.hasSuffix("suppressed by the baseline") == true)
    }

    @Test("moved lines stay matched; a new finding is still reported")
    func movedLines() throws {
        let scratch = try scratchCatalog()
        _ = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "json", "--output", "base.json"], in: scratch.url)
        let file = scratch.path("catalog/zz-extra.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try ("# moved down by a comment\n\n\n" + text + "\n  - { code: \"1.999998.000.00.00.H37\", name: Q, level: province, legal_basis: [L], deadline: { legal: 5, proposed: 6 } }\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try TTHC.run(["check", "--as-of", "2026-11-26", "--baseline", "base.json", "--format", "json"], in: scratch.url)
        #expect(result.status == 1)
        let output = try CheckOutput.decode(result.stdoutBytes)
        let errors = output.findings.filter { $0.severity == "error" }
        #expect(errors.count == 1)
        #expect(errors.first?.procedure == "1.999998.000.00.00.H37")
        #expect(errors.first?.rule == "cut-not-above-legal")
    }

    @Test("an unreadable or malformed baseline exits 2")
    func badBaseline() throws {
        let scratch = try scratchCatalog()
        let missing = try TTHC.run(["check", "--baseline", "nope.json"], in: scratch.url)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read the baseline `nope.json`"))
        try scratch.write("bad.json", "[1, 2]")
        let malformed = try TTHC.run(["check", "--baseline", "bad.json"], in: scratch.url)
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("is not the JSON of `tthc check --format json`"))
    }
}
