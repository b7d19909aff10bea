import Foundation
import Office
import Testing

/// The workbook and the annexes of a catalog that could not all be read say
/// so first, and the run exits 1 as the other report formats do.
@Suite struct ReportAnnexIncompleteTests {
    func project() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-incomplete-annex")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try dir.write(
            "catalog/a.yaml",
            """
            sector: { id: a, name: A }
            procedures:
              - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 5 } }

            """)
        try dir.write("catalog/b.yaml", "sector: { id: b, name: B }\nprocedures:\n  - { code: \"1.000003\", name: [unclosed\n")
        return dir
    }

    static let asOf = ["--as-of", "2026-11-26"]

    @Test func workbookSaysItFirstOnItsTotalsSheet() throws {
        let dir = try project()
        let result = try TTHC.run(["report", "--format", "xlsx"] + Self.asOf, in: dir.url)
        #expect(result.status == 1, "\(result)")
        let sheets = try XLSXReader.read([UInt8](result.stdoutBytes))
        let totals = try #require(sheets.first)
        #expect(totals.source == .sheet("Tổng hợp"))
        #expect(totals.rows.first?.first?.text.hasPrefix("INCOMPLETE: these figures leave out 1 file") == true)
        #expect(totals.rows.dropFirst().first?.first?.text == "Level", "the header follows the notice")
        let allowed = try TTHC.run(["report", "--format", "xlsx", "--allow-incomplete"] + Self.asOf, in: dir.url)
        #expect(allowed.status == 0)
    }

    @Test func annexesSayItFirstInBoldRed() throws {
        let dir = try project()
        let result = try TTHC.run(["report", "--format", "docx"] + Self.asOf, in: dir.url)
        #expect(result.status == 1, "\(result)")
        let part = try #require(try OfficePackage.part("word/document.xml", of: [UInt8](result.stdoutBytes)))
        let xml = String(decoding: part, as: UTF8.self)
        let notice = try #require(xml.range(
            of: "<w:p><w:r><w:rPr><w:b/><w:bCs/><w:color w:val=\"C00000\"/></w:rPr><w:t xml:space=\"preserve\">CHƯA ĐẦY ĐỦ: "))
        let title = try #require(xml.range(of: ">Phụ lục I<"))
        #expect(notice.lowerBound < title.lowerBound)
        // The plan names its province; a catalog read in part does not change that.
        #expect(xml.contains("của Chủ tịch UBND tỉnh Lạng Sơn)"))
    }
}
