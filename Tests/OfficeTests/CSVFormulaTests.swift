import Testing

@testable import Office

/// A catalog text that a spreadsheet would run as a formula is written behind
/// a `'` (OWASP's advice for CSV injection), and read back as it was.
@Suite struct CSVFormulaTests {
    static let texts = [
        "=HYPERLINK(\"http://x\",\"Bấm\")", "+84 912", "@SUM(A1)", "- Luật A", "\tTab", "-1", "-0.5", "Cấp giấy", "'quoted'",
    ]

    @Test func formulasAreWrittenBehindAnApostrophe() {
        let csv = CSVWriter.write([Self.texts])
        #expect(
            csv == "\u{FEFF}\"'=HYPERLINK(\"\"http://x\"\",\"\"Bấm\"\")\",'+84 912,'@SUM(A1),'- Luật A,'\tTab,-1,-0.5,"
                + "Cấp giấy,'quoted'\r\n")
    }

    @Test func theApostropheIsTakenOffWhenRead() throws {
        let table = try CSVReader.read(Array(CSVWriter.write([Self.texts]).utf8))
        #expect(table.rows.map { $0.map(\.text) } == [Self.texts])
    }
}
