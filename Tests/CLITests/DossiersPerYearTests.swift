import Foundation
import Office
import Testing

/// SPEC §12: `dossiers_per_year`, an optional whole number of dossiers a
/// procedure receives in a year; the report's `citizen_days_saved` (days cut
/// times dossiers) where it is recorded; rules read it.
@Suite("dossiers_per_year")
struct DossiersPerYearTests {
    static func scratch() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-dossiers")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try dir.write(
            "catalog/a.yaml",
            """
            sector: { id: a, name: A }
            procedures:
              - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 6 }, dossiers_per_year: 1200 }
              - { code: "1.000002", name: Q, level: province, legal_basis: [L], deadline: { legal: 20, proposed: 12 }, dossiers_per_year: 0 }
              - { code: "1.000003", name: R, level: province, legal_basis: [L], deadline: { legal: 20, proposed: 12 } }

            """)
        try dir.write(
            "catalog/b.yaml",
            """
            sector: { id: b, name: B }
            procedures:
              - { code: "1.000004", name: S, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 5 } }

            """)
        return dir
    }

    @Test("the report gives citizen_days_saved in total and for the sectors that record dossiers, not for the others")
    func citizenDays() throws {
        let dir = try Self.scratch()
        let result = try TTHC.run(["report", "--as-of", "2026-06-01", "--format", "json"], in: dir.url)
        #expect(result.status == 0, "\(result)")
        let report = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect((report["totals"] as? [String: Any])?["citizen_days_saved"] as? Double == 4_800)
        let sectors = try #require(report["sectors"] as? [[String: Any]])
        #expect(sectors.map { $0["citizen_days_saved"] as? Double } == [4_800, nil])

        // Text and Markdown gain the column, "—" for a sector that records no dossiers.
        let text = try TTHC.run(["report", "--as-of", "2026-06-01"], in: dir.url)
        let rows = text.stdout.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("  A ") && $0.hasSuffix("4800") }, "\(text)")
        #expect(rows.contains { $0.hasPrefix("  B ") && $0.hasSuffix("—") }, "\(text)")
        #expect(text.stdout.contains("saved a year"), "\(text)")
        let markdown = try TTHC.run(["report", "--as-of", "2026-06-01", "--format", "markdown"], in: dir.url)
        #expect(markdown.stdout.contains("Citizen-days saved a year |"), "\(markdown)")
        #expect(markdown.stdout.contains("| 4800 |"), "\(markdown)")
        let csv = try TTHC.run(["report", "--as-of", "2026-06-01", "--format", "csv"], in: dir.url)
        #expect(csv.stdout.contains("\"Citizen-days saved a year\""), "\(csv)")
        #expect(csv.stdout.contains("\"A\",3,3,50,30,20,40.00,0,0.00,4800"), "\(csv)")
        let html = try TTHC.run(["report", "--as-of", "2026-06-01", "--format", "html"], in: dir.url)
        #expect(html.stdout.contains("<th class=\"num\">Citizen-days saved a year</th>"), "\(html)")
        let xlsx = try TTHC.run(["report", "--as-of", "2026-06-01", "--format", "xlsx"], in: dir.url)
        let sheets = try XLSXReader.read([UInt8](xlsx.stdoutBytes))
        let sectorsSheet = try #require(sheets.first { $0.source == .sheet("Lĩnh vực") })
        let sectorA = try #require(sectorsSheet.rows.first { $0.first?.text == "a" })
        #expect(sectorA.last?.number == 4_800, "\(sectorA)")
        // The Word annexes: a table of the days saved per sector and in total under Phụ lục I.
        let docx = try TTHC.run(["report", "--as-of", "2026-06-01", "--format", "docx"], in: dir.url)
        let part = try #require(try OfficePackage.part("word/document.xml", of: [UInt8](docx.stdoutBytes)))
        let cells = String(decoding: part, as: UTF8.self).components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst()
            .map { $0.components(separatedBy: "</w:t>")[0] }
        let title = try #require(cells.firstIndex(of: "Số ngày tiết kiệm cho người dân mỗi năm"), "\(cells)")
        #expect(Array(cells[(title + 1)...].prefix(6)) == ["A", "4.800", "B", "—", "Tổng cộng", "4.800"], "\(cells)")
        // A catalog that records no dossiers has no such column.
        try FileManager.default.removeItem(at: dir.path("catalog/a.yaml"))
        let plain = try TTHC.run(["report", "--as-of", "2026-06-01"], in: dir.url)
        #expect(!plain.stdout.contains("saved a year"), "\(plain)")
    }

    @Test("a count that is not a whole number 0 or more is a schema finding at it; rules read the field")
    func validation() throws {
        let dir = try Self.scratch()
        try dir.write(
            "catalog/b.yaml",
            """
            sector: { id: b, name: B }
            procedures:
              - { code: "1.000004", name: S, level: province, legal_basis: [L], deadline: { legal: 10 }, dossiers_per_year: -3 }
              - { code: "1.000005", name: T, level: province, legal_basis: [L], deadline: { legal: 10 }, dossiers_per_year: 152.039 }

            """)
        try dir.write(
            "rules/busy.yaml",
            "rules:\n  - id: busy\n    severity: info\n    when: has(dossiers_per_year)\n    assert: dossiers_per_year < 1000\n")
        let result = try TTHC.run(["check", "--as-of", "2026-06-01", "--fail-on", "never"], in: dir.url)
        #expect(
            result.stdout.contains(
                "catalog/b.yaml:3:113: error: `dossiers_per_year` must be a whole number, 0 or more, found `-3`; write 152039, without separators [schema]"),
            "\(result)")
        #expect(result.stdout.contains("found `152.039`; write 152039, without separators [schema]"), "\(result)")
        #expect(
            result.stdout.contains("catalog/a.yaml:3:126: info: `dossiers_per_year < 1000` does not hold [busy]"), "\(result)")
        let schema = try TTHC.run(["schema"], in: dir.url)
        #expect(schema.stdout.contains("\"dossiers_per_year\""), "\(schema)")
    }
}

/// `Số hồ sơ/năm` in `import` and `export` (SPEC §12's field in the
/// spreadsheets of §9), so that the citizen-days come back from an export.
@Suite("dossiers_per_year in spreadsheets")
struct DossiersSpreadsheetTests {
    @Test("import reads grouped and plain counts, warns at a cell that is not one, and writes the field")
    func importCounts() throws {
        let dir = try DossiersPerYearTests.scratch()
        try dir.write(
            "ds.csv",
            """
            Mã thủ tục,Tên thủ tục,Lĩnh vực,Số hồ sơ/năm
            1.000001,P,A,152.039
            1.000002,Q,A,nhiều
            1.000003,R,A,12

            """)
        let plan = try TTHC.run(["import", "ds.csv", "--format", "json", "--as-of", "2026-06-01"], in: dir.url)
        let root = try #require(try JSONSerialization.jsonObject(with: plan.stdoutBytes) as? [String: Any], "\(plan)")
        let changed = try #require(root["changed"] as? [[String: Any]])
        func after(_ code: String) -> Int? {
            let fields = changed.first { $0["code"] as? String == code }?["fields"] as? [String: Any]
            return (fields?["dossiers_per_year"] as? [String: Any])?["after"] as? Int
        }
        #expect(after("1.000001") == 152_039)
        #expect(after("1.000002") == nil)
        #expect(after("1.000003") == 12)
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.contains { ($0["message"] as? String)?.contains("`nhiều` is not a whole number of dossiers") == true }, "\(findings)")
        #expect(findings.contains { $0["file"] as? String == "ds.csv" && $0["line"] as? Int == 3 && $0["column"] as? Int == 4 }, "\(findings)")

        let written = try TTHC.run(["import", "ds.csv", "--write", "--as-of", "2026-06-01"], in: dir.url)
        #expect(written.status == 0 || written.status == 1, "\(written)")
        let text = try String(contentsOf: dir.path("catalog/a.yaml"), encoding: .utf8)
        #expect(text.contains("dossiers_per_year: 152039 }"), "\(text)")
        #expect(text.contains("dossiers_per_year: 12"), "\(text)")
    }

    @Test("export writes the column; importing the export gives back the citizen-days")
    func roundTrip() throws {
        let dir = try DossiersPerYearTests.scratch()
        let csv = try TTHC.run(["export", "--format", "csv", "--as-of", "2026-06-01"], in: dir.url)
        #expect(csv.stdout.contains(",Số hồ sơ/năm\r\n"), "\(csv)")
        #expect(csv.stdout.contains(",1200\r\n"), "\(csv)")
    }
}
