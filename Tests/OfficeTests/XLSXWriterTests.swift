import Foundation
import Testing
@testable import Office

@Suite struct XLSXWriterTests {
    static let sample = Workbook(sheets: [
        Workbook.Sheet(
            name: "Phụ lục I",
            columnWidths: [6, 12, 40, 10],
            rows: [
                Workbook.Row([.text("STT"), .text("Mã thủ tục"), .text("Tên thủ tục"), .text("Tỷ lệ")], style: .header),
                Workbook.Row([.text("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH")], style: .groupHeading),
                Workbook.Row([.number(1, .wholeNumber), .text("1.001"), .text("Cấp bản sao\nTrích lục <hộ tịch> & \"khác\" 'x'"),
                              .number(0.37037037037037035, .percentage)]),
                Workbook.Row([.number(2, .wholeNumber), .text("007"), .text("Bell\u{7} ends _x000D_ here"), .number(0.5, .days)]),
                Workbook.Row([.empty, .text("Tổng cộng"), .empty, .number(2325, .general)], style: .total),
            ],
            headerRows: 1
        ),
        Workbook.Sheet(name: "Tổng hợp", rows: [Workbook.Row([.text("Số thủ tục"), .number(10, .wholeNumber)])]),
    ])

    @Test func readsBackTheSameSheetsTextsAndNumbers() throws {
        let tables = try XLSXReader.read(XLSXWriter.write(Self.sample))
        #expect(tables.map(\.source) == [.sheet("Phụ lục I"), .sheet("Tổng hợp")])
        let rows = tables[0].rows.map { $0.map(\.text) }
        #expect(rows == [
            ["STT", "Mã thủ tục", "Tên thủ tục", "Tỷ lệ"],
            ["A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"],
            ["1", "1.001", "Cấp bản sao\nTrích lục <hộ tịch> & \"khác\" 'x'", "0.37037037037037"],
            // The bell cannot be in XML and is dropped; text that looks like an Excel escape stays as written.
            ["2", "007", "Bell ends _x000D_ here", "0.5"],
            ["Tổng cộng", "2325"],
        ])
        // The rate is stored unrounded; codes stay text.
        #expect(tables[0].rows[2][3].number == 0.37037037037037035)
        #expect(tables[0].rows[2][1].number == nil && tables[0].rows[3][1].text == "007")
        #expect(tables[1].rows.first?.map(\.number) == [nil, 10])
    }

    @Test func daysAreShownInGeneralSoWholeDaysHaveNoTrailingPoint() throws {
        var parts = try ZipParts(XLSXWriter.write(Self.sample), limits: .standard)
        let styles = String(decoding: try #require(try parts.read("xl/styles.xml")), as: UTF8.self)
        // `0.##` would show 10 as `10.` in Excel.
        #expect(!styles.contains("0.##"))
        let sheet = String(decoding: try #require(try parts.read("xl/worksheets/sheet1.xml")), as: UTF8.self)
        let style = XLSXStyles.index(bold: false, format: .days)
        #expect(sheet.contains("<c r=\"D4\" s=\"\(style)\"><v>0.5</v></c>"))
        let xfs = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ").dropFirst()
        #expect(Array(xfs)[style].hasPrefix("numFmtId=\"0\""))
    }

    @Test func sameWorkbookGivesTheSameBytes() {
        let first = XLSXWriter.write(Self.sample)
        #expect(!first.isEmpty)
        #expect(first == XLSXWriter.write(Self.sample))
    }

    @Test func headerRowsAreFrozenAndPrintedOnEveryPage() throws {
        var parts = try ZipParts(XLSXWriter.write(Self.sample), limits: .standard)
        let sheet = String(decoding: try #require(try parts.read("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<mergeCell ref=\"A2:D2\"/>"))
        #expect(sheet.contains("paperSize=\"9\" orientation=\"landscape\""))
        let workbook = String(decoding: try #require(try parts.read("xl/workbook.xml")), as: UTF8.self)
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">&apos;Phụ lục I&apos;!$1:$1</definedName>"))
        let core = String(decoding: try #require(try parts.read("docProps/core.xml")), as: UTF8.self)
        #expect(core.contains("1980-01-01T00:00:00Z"))
    }

    @Test func sheetNamesExcelRefusesAreMended() throws {
        let workbook = Workbook(sheets: [
            Workbook.Sheet(name: "A/B: [x]", rows: []),
            Workbook.Sheet(name: "a/b: [X]", rows: []),
            Workbook.Sheet(name: String(repeating: "Lĩnh vực ", count: 5), rows: []),
        ])
        let names = try XLSXReader.read(XLSXWriter.write(workbook)).map(\.source)
        #expect(names == [.sheet("A B   x "), .sheet("a b   X  (2)"), .sheet(String(String(repeating: "Lĩnh vực ", count: 5).prefix(31)))])
    }

    /// With `TTHC_OFFICE_SAMPLES=DIR`, writes the sample files there for
    /// `scripts/check-office` to open with other programs.
    @Test func writesSamplesWhenAsked() throws {
        guard let directory = ProcessInfo.processInfo.environment["TTHC_OFFICE_SAMPLES"], !directory.isEmpty else { return }
        let url = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(XLSXWriter.write(Self.sample)).write(to: url.appendingPathComponent("sample.xlsx"))
        try Data(DOCXWriter.write(DOCXWriterTests.sample)).write(to: url.appendingPathComponent("sample.docx"))
        try Data(CSVWriter.write([["Mã", "Tên"], ["1.001", "a, \"b\"\nc"]]).utf8).write(to: url.appendingPathComponent("sample.csv"))
    }
}
