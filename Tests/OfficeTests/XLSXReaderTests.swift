import Testing
@testable import Office

/// Workbooks made part by part, as Excel and LibreOffice write them, so the
/// reader is tested on more than our own writer's layout.
@Suite struct XLSXReaderTests {
    static let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func workbook(sheets: [(name: String, xml: String)], shared: [String]? = nil) -> [UInt8] {
        var parts: [(path: String, bytes: [UInt8])] = []
        let sheetList = sheets.indices.map { "<sheet name=\"\(sheets[$0].name)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }
        parts.append(("xl/workbook.xml", Array("""
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(ns)" xmlns:r="\(relNS)"><sheets>\(sheetList.joined())</sheets></workbook>
            """.utf8)))
        var rels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relNS)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        if shared != nil { rels.append("<Relationship Id=\"rIdS\" Type=\"\(relNS)/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>") }
        parts.append(("xl/_rels/workbook.xml.rels", Array("""
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels.joined())</Relationships>
            """.utf8)))
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Array("<worksheet xmlns=\"\(ns)\"><sheetData>\(sheet.xml)</sheetData></worksheet>".utf8)))
        }
        if let shared {
            parts.append(("xl/sharedStrings.xml", Array("<sst xmlns=\"\(ns)\">\(shared.joined())</sst>".utf8)))
        }
        return ZipWriter.write(parts)
    }

    @Test func sheetsInWorkbookOrderWithEveryKindOfCell() throws {
        let first = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
            <row r="3"><c r="A3"><v>10</v></c><c r="B3"><v>0.5</v></c><c r="C3" t="b"><v>1</v></c>\
            <c r="D3" t="str"><f>A3&amp;"x"</f><v>10x</v></c><c r="E3"><f>A3*2</f><v>20</v></c>\
            <c r="F3" t="inlineStr"><is><t>Cấp </t><r><t>Tỉnh</t></r></is></c><c r="G3"><v>46357</v></c></row>
            """
        let shared = [
            "<si><t>Mã thủ tục</t></si>",
            "<si><r><rPr><b/></rPr><t>Tên </t></r><r><t xml:space=\"preserve\">thủ tục</t></r><rPh><t>ignored</t></rPh></si>",
        ]
        let tables = try XLSXReader.read(Self.workbook(sheets: [("Danh sách", first), ("Trống", "")], shared: shared))
        #expect(tables.map(\.source) == [.sheet("Danh sách"), .sheet("Trống")])
        let rows = tables[0].rows
        #expect(rows.map { $0.map(\.text) } == [
            ["Mã thủ tục", "Tên thủ tục"],
            ["10", "0.5", "TRUE", "10x", "20", "Cấp Tỉnh", "46357"],
        ])
        #expect(rows[1].map(\.number) == [10, 0.5, nil, nil, 20, nil, 46357])
        #expect(rows[1].map(\.reference) == ["A3", "B3", "C3", "D3", "E3", "F3", "G3"])
        #expect(tables[1].rows.isEmpty)
    }

    @Test func cellsWithoutReferencesArePlacedByPosition() throws {
        let xml = "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c></row><row><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
        let table = try #require(try XLSXReader.read(Self.workbook(sheets: [("S", xml)])).first)
        #expect(table.rows.flatMap { $0.map(\.reference) } == ["A1", "B1", "A2"])
    }

    @Test func lineBreaksAndExcelEscapesInCells() throws {
        let shared = ["<si><t>Luật A_x000D_\nNghị định B</t></si>"]
        let table = try #require(try XLSXReader.read(Self.workbook(sheets: [("S", "<row r=\"2\"><c r=\"F2\" t=\"s\"><v>0</v></c></row>")], shared: shared)).first)
        #expect(table.rows.first?.first?.text == "Luật A\nNghị định B")
        #expect(table.rows.first?.first?.reference == "F2")
    }

    @Test func notAZipAndTruncatedFilesAreRefused() throws {
        #expect(throws: OfficeError.notAZip) { try XLSXReader.read(Array("Mã,Tên\n".utf8)) }
        let bytes = Self.workbook(sheets: [("S", "<row><c><v>1</v></c></row>")])
        for cut in [bytes.count / 3, bytes.count / 2, bytes.count - 10] {
            #expect(throws: OfficeError.self) { try XLSXReader.read(Array(bytes.prefix(cut))) }
        }
    }

    @Test func missingWorkbookPartIsNamed() {
        let bytes = ZipWriter.write([("docProps/app.xml", Array("<Properties/>".utf8))])
        #expect(throws: OfficeError.partMissing("xl/workbook.xml")) { try XLSXReader.read(bytes) }
    }

    @Test func malformedXMLNamesThePart() {
        let bytes = Self.workbook(sheets: [("S", "<row><c><v>1</v></row>")])
        #expect {
            try XLSXReader.read(bytes)
        } throws: { error in
            guard case .malformedXML(let part, _, _) = error as? OfficeError else { return false }
            return part == "xl/worksheets/sheet1.xml"
        }
    }

    @Test func aDoctypeIsRefused() {
        let xml = "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet/>"
        var parts = [("xl/workbook.xml", Array(xml.utf8))]
        parts.append(("xl/_rels/workbook.xml.rels", Array("<Relationships/>".utf8)))
        #expect(throws: OfficeError.self) { try XLSXReader.read(ZipWriter.write(parts)) }
    }

    @Test func aPartInflatingPastTheLimitIsRefused() {
        // 8 MiB of zeros deflate to a few KiB: a small file that unpacks big.
        let bomb = [UInt8](repeating: 0x20, count: 8 << 20)
        let bytes = ZipWriter.write([("xl/workbook.xml", bomb)])
        #expect(bytes.count < 100_000)
        #expect(throws: OfficeError.partTooLarge(part: "xl/workbook.xml", limit: 1 << 20)) {
            try XLSXReader.read(bytes, limits: OfficeLimits(totalBytes: 4 << 20, partBytes: 1 << 20))
        }
        #expect(throws: OfficeError.tooLarge(limit: 4 << 20)) {
            try XLSXReader.read(bytes, limits: OfficeLimits(totalBytes: 4 << 20, partBytes: 16 << 20))
        }
    }

    @Test func aPartLyingAboutItsSizeIsCountedByWhatItInflates() throws {
        // The central directory and local header say 100 bytes; the data inflates to 2 MiB.
        var bytes = ZipWriter.write([("xl/workbook.xml", [UInt8](repeating: 0x20, count: 2 << 20))])
        patchUncompressedSizes(&bytes, to: 100)
        #expect(throws: OfficeError.self) {
            try XLSXReader.read(bytes, limits: OfficeLimits(totalBytes: 4 << 20, partBytes: 1 << 20))
        }
    }

    @Test func tooManyRowsIsRefused() {
        let xml = (1...5).map { "<row r=\"\($0)\"><c><v>\($0)</v></c></row>" }.joined()
        #expect(throws: OfficeError.tooManyRows(sheet: "S", limit: 3)) {
            try XLSXReader.read(Self.workbook(sheets: [("S", xml)]), limits: OfficeLimits(rows: 3))
        }
        let far = "<row r=\"2000000\"><c><v>1</v></c></row>"
        #expect(throws: OfficeError.tooManyRows(sheet: "S", limit: 1_000_000)) { try XLSXReader.read(Self.workbook(sheets: [("S", far)])) }
    }

    /// Sets the uncompressed size of every local header and central directory entry.
    private func patchUncompressedSizes(_ bytes: inout [UInt8], to size: UInt32) {
        let le = [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)]
        var index = 0
        while index + 30 < bytes.count {
            if bytes[index..<index + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
                bytes.replaceSubrange(index + 22..<index + 26, with: le)
            } else if bytes[index..<index + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
                bytes.replaceSubrange(index + 24..<index + 28, with: le)
            }
            index += 1
        }
    }
}
