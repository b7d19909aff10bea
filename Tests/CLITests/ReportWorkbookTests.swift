import Foundation
import Office
import Testing

/// `tthc report --format xlsx` on the shipped catalog, read back as a
/// spreadsheet program reads it.
@Suite struct ReportWorkbookTests {
    static let arguments = ["report", "--format", "xlsx", "--as-of", "2026-11-26"]

    func workbook(_ extra: [String] = []) throws -> (result: RunResult, sheets: [Office.Table]) {
        let result = try TTHC.run(Self.arguments + extra, in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        return (result, try XLSXReader.read([UInt8](result.stdoutBytes)))
    }

    func sheet(_ name: String, in sheets: [Office.Table]) throws -> Office.Table {
        try #require(sheets.first { $0.source == .sheet(name) }, "no sheet \(name)")
    }

    /// Rows whose first cell is a number: the procedures, not headings or totals.
    func procedureRows(_ table: Office.Table) -> [[Office.Cell]] {
        table.rows.filter { $0.first?.column == 1 && $0.first?.number != nil }
    }

    @Test func sheetsAreTheOnesSPECNamesInEitherLanguage() throws {
        for language in ["en", "vi"] {
            let sheets = try workbook(["--lang", language]).sheets
            #expect(sheets.map(\.source) == ["Tổng hợp", "Lĩnh vực", "Chỉ tiêu", "Cơ quan", "Phụ lục I", "Phụ lục II"].map {
                .sheet($0)
            })
        }
    }

    @Test func reductionAnnexHas140RowsGroupedAndTotalled() throws {
        let sheets = try workbook().sheets
        let annex = try sheet("Phụ lục I", in: sheets)
        let rows = procedureRows(annex)
        #expect(rows.count == 140)
        #expect(rows.map { $0[0].number } == (1...140).map { Double($0) })
        // Codes are text cells, however much they look like numbers.
        #expect(rows.allSatisfy { $0[1].column == 2 && $0[1].number == nil })
        #expect(annex.rows.first?.map(\.text).prefix(3) == ["No.", "Code", "Procedure"])
        #expect(annex.rows[1].map(\.text) == ["A. PROCEDURES AT PROVINCIAL LEVEL"])
        #expect(annex.rows[2].map(\.text) == ["I. Sector: Công Thương"])
        let total = try #require(annex.rows.last)
        #expect(total.first?.text == "Total")
        #expect(total.compactMap(\.number).prefix(4) == [140, 2325, 1464, 861])
        let rate = try #require(total.last?.number)
        #expect(abs(rate - 0.370322580645) < 1e-9, "stored unrounded")
    }

    @Test func fourOnTheSpotAnnexHas77Rows() throws {
        let sheets = try workbook(["--lang", "vi"]).sheets
        let annex = try sheet("Phụ lục II", in: sheets)
        #expect(procedureRows(annex).count == 77)
        #expect(annex.rows.first?.map(\.text).prefix(3) == ["STT", "Mã TTHC", "Tên thủ tục hành chính"])
        #expect(annex.rows[1].map(\.text) == ["A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"])
        #expect(annex.rows[2].map(\.text) == ["I. Lĩnh vực Công Thương"])
    }

    @Test func totalsSheetHasTheFiguresAsNumbers() throws {
        let totals = try sheet("Tổng hợp", in: try workbook().sheets)
        let total = try #require(totals.rows.first { $0.first?.text == "Total" })
        #expect(total.dropFirst().compactMap(\.number).prefix(6).map { ($0 * 1e6).rounded() / 1e6 }
            == [237, 140, 2325, 1464, 861, 0.370323])
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let first = try TTHC.run(Self.arguments, in: Paths.packageRoot)
        let second = try TTHC.run(Self.arguments, in: Paths.packageRoot)
        #expect(first.status == 0 && !first.stdoutBytes.isEmpty)
        #expect(first.stdoutBytes == second.stdoutBytes)
    }

    @Test func writesTheFileNamedByOutput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bao-cao.xlsx")
        let result = try TTHC.run(Self.arguments + ["--output", file.path], in: Paths.packageRoot)
        #expect(result.status == 0 && result.stdout.isEmpty, "\(result)")
        let sheets = try XLSXReader.read([UInt8](try Data(contentsOf: file)))
        #expect(sheets.count == 6)
    }

    @Test func aDateThatIsNoDateIsRefused() throws {
        let result = try TTHC.run(Self.arguments + ["--date", "31/02/2022"], in: Paths.packageRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--date must be a date written YYYY-MM-DD or DD/MM/YYYY, got '31/02/2022'"))
    }
}
