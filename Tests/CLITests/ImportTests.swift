import Foundation
import Office
import Testing

/// `tthc import`: a spreadsheet or CSV export of the national procedures
/// database merged into the catalog — a dry run by default, `--write`
/// keeping the files' comments and layout, findings at the table's cells.
@Suite("tthc import")
struct ImportTests {
    static let asOf = ["--as-of", "2026-11-26"]

    static let sector = """
        # Sở Tư pháp
        sector: { id: tu-phap, name: Tư pháp }
        procedures:
          - code: "1.000001"   # đã rà soát
            name: Tên cũ
            level: province
            legal_basis: [Luật A]
            deadline: { legal: 10, proposed: 7 }
            decision: 881/QĐ-UBND
          - { code: "1.000002", name: Hai, level: province, legal_basis: [L2], deadline: { legal: 5 } }

        """

    /// The database's columns below a title row: a changed procedure, a new one
    /// of a known sector, one of a new sector with two channels, a bad row.
    static let rows: [[String]] = [
        ["DANH MỤC THỦ TỤC HÀNH CHÍNH"],
        ["STT", "Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Thời hạn giải quyết", "Căn cứ pháp lý", "4 tại chỗ"],
        ["1", "1.000001", "Tên mới", "Tư pháp", "Cấp Tỉnh", "12 ngày làm việc", "Luật B", ""],
        ["2", "1.000003", "Ba", "Tư pháp", "Cấp Xã", "Trong ngày", "Luật C\nNghị định D", "x"],
        ["3", "1.000004", "Bốn", "Lao động – Thương binh và Xã hội", "Cấp Tỉnh",
         "Trực tiếp: 10 Ngày làm việc; Trực tuyến: 8 Ngày làm việc", "Luật E", ""],
        ["4", "1.000005", "Năm", "Y tế", "Cấp Tinh", "abc", "L", ""],
    ]

    func project() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-import")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try FileManager.default.removeItem(at: dir.path("rules/tests"))
        try dir.write("catalog/tu-phap.yaml", Self.sector)
        let csv = CSVWriter.write(Self.rows)
        try dir.write("ds.csv", csv)
        let workbook = Workbook(sheets: [
            Workbook.Sheet(name: "Danh mục", rows: Self.rows.map { Workbook.Row($0.map { .text($0) }) })
        ])
        try dir.write("ds.xlsx", Data(XLSXWriter.write(workbook)))
        return dir
    }

    @Test("a dry run says what it would add, change and not find, with findings at the cells, and writes nothing",
          arguments: [
              // The CSV names the line the record starts on: row 4 holds a line break.
              ("ds.csv", "ds.csv:7:5", "ds.csv:7:6"), ("ds.xlsx", "ds.xlsx:Danh mục!E6", "ds.xlsx:Danh mục!F6"),
          ])
    func dryRun(_ file: String, _ levelCell: String, _ deadlineCell: String) throws {
        let dir = try project()
        let result = try TTHC.run(["import", file] + Self.asOf, in: dir.url)
        #expect(result.status == 1, "a row had an error:\n\(result)")
        let out = result.stdout
        #expect(out.contains("added 1.000003 (catalog/tu-phap.yaml)"))
        #expect(out.contains("added 1.000004 (catalog/lao-dong-thuong-binh-va-xa-hoi.yaml, a new file)"))
        #expect(out.contains("changed 1.000001: name: Tên cũ → Tên mới; legal_basis: [Luật A] → [Luật B]; deadline.legal: 10 → 12"))
        #expect(out.contains("not in the table 1.000002"))
        #expect(out.contains("\(levelCell): error: `Cấp Tinh` is not a level"))
        #expect(out.contains("\(deadlineCell): error: `Thời hạn giải quyết`: `abc` is not a deadline"))
        #expect(out.contains("several channels"))
        #expect(String(decoding: try Data(contentsOf: dir.path("catalog/tu-phap.yaml")), as: UTF8.self) == Self.sector)
        #expect(!FileManager.default.fileExists(atPath: dir.path("catalog/lao-dong-thuong-binh-va-xa-hoi.yaml").path))
    }

    @Test("--format json: added, changed, missing and the findings")
    func json() throws {
        let dir = try project()
        let result = try TTHC.run(["import", "ds.csv", "--format", "json"] + Self.asOf, in: dir.url)
        let root = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(root["added"] as? [String] == ["1.000003", "1.000004"])
        #expect(root["missing"] as? [String] == ["1.000002"])
        let changed = try #require(root["changed"] as? [[String: Any]])
        #expect(changed.first?["code"] as? String == "1.000001")
        #expect(((changed.first?["fields"] as? [String: Any])?["deadline.legal"] as? [String: Any])?["after"] as? Int == 12)
        #expect((root["findings"] as? [[String: Any]])?.count == 3)
    }

    @Test("--write changes the values in place, keeps comments, appends to the sector's file, makes a new file")
    func write() throws {
        let dir = try project()
        let result = try TTHC.run(["import", "ds.xlsx", "--write"] + Self.asOf, in: dir.url)
        #expect(result.status == 1)
        let text = String(decoding: try Data(contentsOf: dir.path("catalog/tu-phap.yaml")), as: UTF8.self)
        #expect(
            text == """
                # Sở Tư pháp
                sector: { id: tu-phap, name: Tư pháp }
                procedures:
                  - code: "1.000001"   # đã rà soát
                    name: Tên mới
                    level: province
                    legal_basis: [Luật B]
                    deadline: { legal: 12, proposed: 7 }
                    decision: 881/QĐ-UBND
                  - { code: "1.000002", name: Hai, level: province, legal_basis: [L2], deadline: { legal: 5 } }
                  - code: "1.000003"
                    name: Ba
                    level: commune
                    legal_basis:
                      - Luật C
                      - Nghị định D
                    deadline: { legal: 1 }
                    four_on_spot: true

                """)
        #expect(FileManager.default.fileExists(atPath: dir.path("catalog/lao-dong-thuong-binh-va-xa-hoi.yaml").path))
        // The written catalog reads without a schema finding, and a second import changes nothing.
        let check = try TTHC.run(["check", "--format", "json"] + Self.asOf, in: dir.url)
        #expect(try CheckOutput.decode(check.stdoutBytes).findings.filter { $0.rule == "schema" || $0.rule == "syntax" }.isEmpty)
        let again = try TTHC.run(["import", "ds.xlsx", "--format", "json"] + Self.asOf, in: dir.url)
        let root = try #require(try JSONSerialization.jsonObject(with: again.stdoutBytes) as? [String: Any])
        #expect((root["added"] as? [Any])?.isEmpty == true)
        #expect((root["changed"] as? [Any])?.isEmpty == true)
    }

    @Test("a file that is not a table, or a workbook without the sheet asked for, exits 2")
    func unreadable() throws {
        let dir = try project()
        let text = try TTHC.run(["import", "catalog/tu-phap.yaml"] + Self.asOf, in: dir.url)
        #expect(text.status == 2)
        #expect(text.stderr.contains("is not a table tthc reads"))
        try dir.write("broken.xlsx", "not a zip")
        let broken = try TTHC.run(["import", "broken.xlsx"] + Self.asOf, in: dir.url)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("cannot read `broken.xlsx` as a table"))
        let sheet = try TTHC.run(["import", "ds.xlsx", "--sheet", "Khác"] + Self.asOf, in: dir.url)
        #expect(sheet.status == 2)
        #expect(sheet.stderr.contains("has no sheet `Khác`; its sheets are `Danh mục`"))
    }
}
