import Testing
@testable import Office

@Suite struct CSVReaderTests {
    private func read(_ text: String) throws -> Table { try CSVReader.read(Array(text.utf8)) }
    private func texts(_ table: Table) -> [[String]] { table.rows.map { $0.map(\.text) } }

    @Test func commaSeparatedWithQuotesAndDoubledQuotes() throws {
        let table = try read("Mã,Tên\n1.001,\"Cấp \"\"bản sao\"\", trích lục\"\n")
        #expect(texts(table) == [["Mã", "Tên"], ["1.001", "Cấp \"bản sao\", trích lục"]])
        #expect(table.source == .csv)
    }

    @Test func semicolonDetectedFromTheFirstLineOutsideQuotes() throws {
        let table = try read("\"a,b,c\";Tên;Cấp\n1;\"x, y\";Tỉnh\n")
        #expect(texts(table) == [["a,b,c", "Tên", "Cấp"], ["1", "x, y", "Tỉnh"]])
    }

    @Test func byteOrderMarkIsDropped() throws {
        let table = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("Mã,Tên\r\n".utf8))
        #expect(table.rows.first?.first?.text == "Mã")
    }

    @Test func lineBreaksInsideQuotesKeepTheRecordsFirstLine() throws {
        let table = try read("Mã,Căn cứ\r\n1,\"Luật A\r\nNghị định B\"\r\n2,C\r\n")
        #expect(texts(table) == [["Mã", "Căn cứ"], ["1", "Luật A\nNghị định B"], ["2", "C"]])
        // The third record starts on line 4 of the file, after the two-line cell.
        #expect(table.rows[2].map(\.row) == [4, 4])
        #expect(table.rows[1][1].row == 2)
    }

    @Test func cellsCarryLineAndFieldNumberAsWritten() throws {
        let table = try read("a,b\n\n,,,,,x\n")
        // The empty line is skipped but counted; empty fields are not cells.
        let cell = try #require(table.rows.last?.first)
        #expect((cell.row, cell.column, cell.text) == (3, 6, "x"))
        #expect(cell.reference == "F3")
    }

    @Test func notUTF8SaysWhereAndWhat() {
        let bytes = Array("Mã,Tên\n1,".utf8) + [0xE0, 0x41] + Array("\n".utf8)
        #expect(throws: OfficeError.notUTF8(byte: 0xE0, line: 2)) { try CSVReader.read(bytes) }
    }

    @Test func windows1258IsNotUTF8() {
        // "Mã" in Windows-1252/1258: 0xE3 alone.
        #expect(throws: OfficeError.notUTF8(byte: 0xE3, line: 1)) { try CSVReader.read([0x4D, 0xE3]) }
    }

    @Test func utf16IsRefused() {
        #expect(throws: OfficeError.utf16) { try CSVReader.read([0xFF, 0xFE, 0x4D, 0x00]) }
    }

    @Test func unclosedQuoteNamesTheLineItOpened() {
        #expect(throws: OfficeError.unclosedQuote(line: 2)) { try read("a,b\n1,\"never closed\n3,4\n") }
    }

    @Test func rowLimitIsARefusalNotACrash() {
        let limits = OfficeLimits(rows: 2)
        #expect(throws: OfficeError.tooManyRows(sheet: nil, limit: 2)) {
            try CSVReader.read(Array("1\n2\n3\n".utf8), limits: limits)
        }
    }

    @Test func lastRecordWithoutLineBreak() throws {
        #expect(texts(try read("a;b\n1;2")) == [["a", "b"], ["1", "2"]])
    }
}
