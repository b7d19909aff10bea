import Testing
@testable import Office

@Suite struct DOCXWriterTests {
    static let sample = WordDocument(title: "Phụ lục", sections: [
        [
            .paragraph(.init([.init("Phụ lục I", bold: true)], alignment: .center)),
            .paragraph(.init([.init("(Kèm theo Quyết định số …/QĐ-UBND ngày … của Chủ tịch UBND tỉnh …)", italic: true)],
                             alignment: .center, size: 14)),
            .table(.init(
                columnWidths: [12, 30, 120, 30],
                header: [.init("STT"), .init("Mã thủ tục"), .init("Tên thủ tục"), .init("Thời hạn")],
                rows: [
                    .group("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
                    .group("I. Lĩnh vực Tư pháp"),
                    .cells([.init("1", alignment: .center), .init("1.001"), .init("Cấp bản sao <trích lục> & \"khác\"\nDòng 2"),
                            .init("10", alignment: .right)]),
                    .total([.init(""), .init("Tổng cộng"), .init(""), .init("10", alignment: .right)]),
                ])),
        ],
        [.paragraph(.init([.init("Phụ lục II", bold: true)], alignment: .center))],
    ])

    private func document(_ bytes: [UInt8]) throws -> String {
        var parts = try ZipParts(bytes, limits: .standard)
        return String(decoding: try #require(try parts.read("word/document.xml")), as: UTF8.self)
    }

    @Test func sameDocumentGivesTheSameBytes() {
        let first = DOCXWriter.write(Self.sample)
        #expect(!first.isEmpty)
        #expect(first == DOCXWriter.write(Self.sample))
    }

    @Test func pageIsA4LandscapeWithDecreeMarginsAndTimesNewRoman() throws {
        let bytes = DOCXWriter.write(Self.sample)
        let xml = try document(bytes)
        #expect(xml.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        #expect(xml.contains("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""))
        var parts = try ZipParts(bytes, limits: .standard)
        let styles = String(decoding: try #require(try parts.read("word/styles.xml")), as: UTF8.self)
        #expect(styles.contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/><w:sz w:val=\"26\"/>"))
    }

    @Test func tableRepeatsItsHeaderSpansGroupsAndEscapesText() throws {
        let xml = try document(DOCXWriter.write(Self.sample))
        #expect(xml.contains("<w:trPr><w:tblHeader/>"))
        #expect(xml.components(separatedBy: "<w:gridSpan w:val=\"4\"/>").count == 3)
        #expect(xml.contains("Cấp bản sao &lt;trích lục&gt; &amp; &quot;khác&quot;</w:t><w:br/><w:t xml:space=\"preserve\">Dòng 2"))
        #expect(xml.contains("<w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Tổng cộng"))
        #expect(xml.contains("<w:i/><w:iCs/><w:sz w:val=\"28\"/>"))
        // Sections start on a new page; the body ends with a paragraph before its section properties.
        #expect(xml.contains("<w:br w:type=\"page\"/>"))
        #expect(xml.hasSuffix("</w:p><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"))
    }
}

@Suite struct CSVWriterTests {
    @Test func quotesWhatNeedsQuotingWithCRLFAndBOM() {
        let text = CSVWriter.write([["Mã", "Tên"], ["1.001", "a, \"b\"\nc"], ["x;y", ""]])
        #expect(text == "\u{FEFF}Mã,Tên\r\n1.001,\"a, \"\"b\"\"\nc\"\r\n\"x;y\",\r\n")
    }

    @Test func readerReadsWhatTheWriterWrote() throws {
        let rows = [["Mã thủ tục", "Căn cứ pháp lý"], ["2.000", "Luật A;\nNghị định \"B\""]]
        let table = try CSVReader.read(Array(CSVWriter.write(rows).utf8))
        #expect(table.rows.map { $0.map(\.text) } == rows)
    }
}
