import Foundation
import Testing

/// A report never looks complete when it is not: with a catalog file that is
/// not YAML and a procedure that cannot be decoded, every format says what
/// the figures leave out before its first table, and the run exits 1 unless
/// `--allow-incomplete`; `diff` says it beside the totals of the side concerned.
@Suite("Incomplete reports say so")
struct IncompleteReportTests {
    func project() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-incomplete")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try dir.write(
            "catalog/a.yaml",
            """
            sector: { id: a, name: A }
            procedures:
              - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 5 } }
              - { code: "1.000002", level: province, legal_basis: [L], deadline: { legal: 10, proposed: 5 } }

            """)
        try dir.write("catalog/b.yaml", "sector: { id: b, name: B }\nprocedures:\n  - { code: \"1.000003\", name: [unclosed\n")
        return dir
    }

    static let asOf = ["--as-of", "2026-11-26"]

    @Test("every format carries the notice before its first table, and the run exits 1", arguments: [
        ("text", "Targets in force"), ("markdown", "## Targets in force"), ("csv", "Targets in force"),
        ("html", "<section"),
    ])
    func everyFormat(_ format: String, _ firstTable: String) throws {
        let dir = try project()
        let result = try TTHC.run(["report", "--format", format] + Self.asOf, in: dir.url)
        #expect(result.status == 1, "\(result)")
        let notice = try #require(result.stdout.range(of: "INCOMPLETE: these figures leave out 1 file and 1 procedure"))
        let table = try #require(result.stdout.range(of: firstTable))
        #expect(notice.lowerBound < table.lowerBound, "the notice comes first")
        #expect(result.stdout.contains("catalog/a.yaml, catalog/b.yaml"), "the files are named")
        let allowed = try TTHC.run(["report", "--format", format, "--allow-incomplete"] + Self.asOf, in: dir.url)
        #expect(allowed.status == 0)
        #expect(allowed.stdout == result.stdout)
        if format == "csv" {
            // A first row of its own, after the byte order mark.
            #expect(result.stdout.hasPrefix("\u{FEFF}\"INCOMPLETE: "))
        }
        if format == "html" {
            #expect(result.stdout.contains("<p class=\"incomplete\" role=\"alert\">INCOMPLETE: "))
        }
    }

    @Test("JSON: incomplete names the files, the procedures left out and the findings")
    func json() throws {
        let dir = try project()
        let result = try TTHC.run(["report", "--format", "json"] + Self.asOf, in: dir.url)
        #expect(result.status == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let incomplete = try #require(root["incomplete"] as? [String: Any])
        #expect(incomplete["files"] as? [String] == ["catalog/a.yaml", "catalog/b.yaml"])
        #expect(incomplete["procedures_left_out"] as? Int == 1)
        #expect(incomplete["findings"] as? Int == 2)
        // The figures are those of what could be read: one procedure of a.yaml.
        #expect((root["totals"] as? [String: Any])?["procedures"] as? Int == 1)
    }

    @Test("a complete report has no notice and exits 0")
    func complete() throws {
        let dir = try project()
        try FileManager.default.removeItem(at: dir.path("catalog/b.yaml"))
        try dir.write(
            "catalog/a.yaml",
            "sector: { id: a, name: A }\nprocedures:\n  - { code: \"1.000001\", name: P, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 5 } }\n")
        for format in ["text", "json"] {
            let result = try TTHC.run(["report", "--format", format] + Self.asOf, in: dir.url)
            #expect(result.status == 0, "\(result)")
            #expect(!result.stdout.contains("INCOMPLETE") && !result.stdout.contains("\"incomplete\""))
        }
    }

    @Test("Vietnamese: the notice says CHƯA ĐẦY ĐỦ")
    func vietnamese() throws {
        let dir = try project()
        let result = try TTHC.run(["report", "--lang", "vi"] + Self.asOf, in: dir.url)
        #expect(result.status == 1)
        #expect(result.stdout.contains("CHƯA ĐẦY ĐỦ: số liệu dưới đây chưa tính 1 tệp và 1 thủ tục không đọc được"))
    }

    @Test("diff: the notice goes beside the totals of the side that is incomplete", arguments: ["text", "json"])
    func diff(_ format: String) throws {
        let dir = try project()
        try FileManager.default.removeItem(at: dir.path("catalog/b.yaml"))
        try dir.commitAll()
        try dir.write("catalog/b.yaml", "sector: { id: b, name: B }\nprocedures: [\n")
        let result = try TTHC.run(["diff", "--base", "HEAD", "--format", format] + Self.asOf, in: dir.url)
        if format == "json" {
            let root = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
            let totals = try #require(root["totals"] as? [String: Any])
            let incomplete = try #require(totals["incomplete"] as? [String: Any])
            #expect(incomplete["before"] != nil)  // a.yaml's nameless procedure is on both sides
            #expect((incomplete["after"] as? [String: Any])?["files"] as? [String] == ["catalog/a.yaml", "catalog/b.yaml"])
        } else {
            #expect(result.stdout.contains("  After: INCOMPLETE: these figures leave out 1 file"))
        }
    }
}
