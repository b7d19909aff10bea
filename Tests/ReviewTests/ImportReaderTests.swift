import Catalog
import Office
import Reporters
import Review
import Testing
import Vocabulary

/// Reading a table exported from the national procedures database: the
/// header row below the title rows, headers matched without accents, case or
/// spaces, the cells' free text, and a finding at the cell for each problem.
@Suite("import: reading a table")
struct ImportReaderTests {
    /// A sheet as rows of texts, starting at row 1, column A.
    func sheet(_ rows: [[String]]) -> Table {
        Table(
            source: .sheet("Sheet1"),
            rows: rows.enumerated().map { r, texts in
                texts.enumerated().compactMap { c, text in text.isEmpty ? nil : Cell(row: r + 1, column: c + 1, text: text) }
            })
    }

    func read(_ rows: [[String]], headers: ImportHeaders = ImportHeaders()) -> ImportReader.Result {
        ImportReader(file: "ds.xlsx", headers: headers).read(sheet(rows))
    }

    static let header = ["STT", "MÃ TTHC", "Tên thủ tục hành chính", "lĩnh vực", "Cấp  thực hiện", "Thời hạn giải quyết",
                         "Căn cứ pháp lý", "Cơ quan thực hiện", "4 tại chỗ", "Liên thông"]

    @Test("the header row is found below the title rows; STT is not read")
    func headerBelowTitles() {
        let result = read([
            ["DANH MỤC THỦ TỤC HÀNH CHÍNH"], ["(Kèm theo Quyết định số 881/QĐ-UBND)"], [],
            Self.header,
            ["1", "1.001234.000.00.00.H37", "Cấp Phiếu lý lịch tư pháp", "Tư pháp", "Cấp Tỉnh",
             "10 Ngày làm việc", "Luật Lý lịch tư pháp 2009\nNghị định 111/2010/NĐ-CP", "Sở Tư pháp", "x", ""],
        ])
        #expect(result.findings.isEmpty, "\(result.findings.map { MessageText.render($0.message, in: .en) })")
        let row = try? #require(result.rows.first)
        #expect(row?.code == "1.001234.000.00.00.H37")
        #expect(row?.row == 5)
        #expect(row?.level == .province)
        #expect(row?.legal == Duration(days: 10))
        #expect(row?.legalBasis == ["Luật Lý lịch tư pháp 2009", "Nghị định 111/2010/NĐ-CP"])
        #expect(row?.agency == "Sở Tư pháp")
        #expect(row?.fourOnSpot == true)
        #expect(row?.interagency == false)
        #expect(SectorID.make(from: row?.sectorName ?? "") == "tu-phap")
    }

    @Test("the database's free text: leading zeros, Không quá, kể từ tails, hours, same day, channels, calendar days")
    func deadlines() {
        let cells = [
            "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Không quá 05 ngày làm việc", "Trong ngày",
            "04 giờ làm việc", "30 ngày", "Trực tiếp: 10 Ngày làm việc; Trực tuyến: 8 Ngày làm việc",
        ]
        let result = read([Self.header] + cells.enumerated().map { i, deadline in
            ["\(i + 1)", "1.00000\(i)", "P\(i)", "Tư pháp", "Cấp Xã", deadline, "L", "", "", ""]
        })
        #expect(result.rows.map { $0.legal } == [
            Duration(days: 3), Duration(days: 5), Duration(days: 1), Duration(days: 0.5),
            Duration(days: 30, kind: .calendarDays), Duration(days: 10),
        ])
        // The channels' other deadline is named, as information.
        let channel = try? #require(result.findings.first)
        #expect(channel?.severity == .info)
        #expect(channel?.location.description == "ds.xlsx:Sheet1!F7")
        #expect(MessageText.render(channel!.message, in: .en).contains("Trực tuyến: 8 Ngày làm việc"))
    }

    @Test("a row with an error is left out with a finding at its cell; the others are read")
    func errors() {
        let result = read([
            Self.header,
            ["1", "1.000001", "P", "Tư pháp", "Cấp Tỉnh", "mười ngày", "L", "", "", ""],
            ["2", "", "Q", "Tư pháp", "Cấp Tỉnh", "10", "L", "", "", ""],
            ["3", "1.000003", "R", "Tư pháp", "Cấp Tinh", "10", "L", "", "", ""],
            ["4", "1.000004", "S", "Tư pháp", "Cấp Tỉnh, Cấp Huyện", "10", "L", "", "có", "?"],
            ["5", "1.000004", "S bis", "Tư pháp", "Cấp Tỉnh", "10", "L", "", "", ""],
        ])
        #expect(result.rows.map(\.code) == ["1.000004"])
        let places = result.findings.map { "\($0.location) \($0.severity.rawValue) \($0.rule)" }
        #expect(places == [
            "ds.xlsx:Sheet1!F2 error schema", "ds.xlsx:Sheet1!B3 error schema", "ds.xlsx:Sheet1!E4 error schema",
            "ds.xlsx:Sheet1!E5 warning schema", "ds.xlsx:Sheet1!J5 warning schema", "ds.xlsx:Sheet1!B6 error duplicate-code",
        ])
        let level = MessageText.render(result.findings[2].message, in: .en)
        #expect(level.contains("did you mean `cấp tỉnh`?"), "\(level)")
    }

    @Test("headers a province names otherwise come from --mapping; a table with no header row says so")
    func mapping() {
        let rows = [["Số hiệu", "Nội dung", "Ngành", "Mức", "Hạn"], ["1.000001", "P", "Y tế", "Cấp Tỉnh", "5"]]
        let none = read(rows)
        #expect(none.rows.isEmpty)
        #expect(none.findings.map(\.location.description) == ["ds.xlsx:Sheet1!A1"])
        let mapped = read(
            rows,
            headers: ImportHeaders(mapping: [.code: ["Số hiệu"], .name: ["Nội dung"], .sector: ["Ngành"], .level: ["Mức"], .legal: ["Hạn"]]))
        #expect(mapped.rows.map(\.code) == ["1.000001"])
        #expect(mapped.rows.first?.legal == Duration(days: 5))
    }

    @Test("sector ids from names without diacritics")
    func sectorIDs() {
        #expect(SectorID.make(from: "Tư pháp") == "tu-phap")
        #expect(SectorID.make(from: "Lao động – Thương binh và Xã hội") == "lao-dong-thuong-binh-va-xa-hoi")
        #expect(SectorID.make(from: "Đất đai") == "dat-dai")
        #expect(SectorID.make(from: "Văn hóa, Thể thao và Du lịch") == "van-hoa-the-thao-va-du-lich")
    }
}
