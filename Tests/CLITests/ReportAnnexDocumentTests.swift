import Foundation
import Office
import Testing

/// `tthc report --format docx` on the shipped catalog: the annexes as a
/// decision attaches them, read from the package's `word/document.xml`.
@Suite struct ReportAnnexDocumentTests {
    static let arguments = ["report", "--format", "docx", "--as-of", "2026-11-26"]
    static let decision = ["--decision", "881/QĐ-UBND", "--date", "2022-05-24"]

    func documentXML(_ extra: [String]) throws -> (result: RunResult, xml: String) {
        let result = try TTHC.run(Self.arguments + extra, in: Paths.packageRoot)
        let part = try #require(try OfficePackage.part("word/document.xml", of: [UInt8](result.stdoutBytes)))
        return (result, String(decoding: part, as: UTF8.self))
    }

    /// The text of the document's paragraphs, one a paragraph, runs joined.
    func paragraphs(_ xml: String) -> [String] {
        xml.components(separatedBy: "</w:p>").map { paragraph in
            paragraph.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst()
                .map { $0.components(separatedBy: "</w:t>")[0] }.joined()
        }
    }

    @Test func annexesAreTitledAndAttachedToTheDecision() throws {
        let (result, xml) = try documentXML(Self.decision)
        #expect(result.status == 0, "\(result)")
        let text = paragraphs(xml)
        let line = "(Kèm theo Quyết định số 881/QĐ-UBND ngày 24/05/2022 của Chủ tịch UBND tỉnh Lạng Sơn)"
        #expect(Array(text.prefix(3)) == [
            "Phụ lục I", "DANH MỤC THỦ TỤC HÀNH CHÍNH CẮT GIẢM THỜI GIAN GIẢI QUYẾT SO VỚI QUY ĐỊNH HIỆN HÀNH", line,
        ])
        #expect(text.contains("Phụ lục II"))
        #expect(text.contains(
            "DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN THEO CƠ CHẾ &quot;4 TẠI CHỖ&quot; TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"))
        #expect(text.filter { $0 == line }.count == 2)
        // The line is italic and centred; the titles bold and centred.
        #expect(xml.contains("<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:i/><w:iCs/></w:rPr>"
            + "<w:t xml:space=\"preserve\">\(line)</w:t>"))
        #expect(xml.contains("<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr>"
            + "<w:t xml:space=\"preserve\">Phụ lục I</w:t>"))
    }

    @Test func tablesRepeatTheirHeaderOnA4Landscape() throws {
        let (_, xml) = try documentXML(Self.decision)
        // Phụ lục I, the citizen-days under it (the sample records dossiers), Phụ lục II.
        #expect(xml.components(separatedBy: "<w:tblHeader/>").count - 1 == 3)
        #expect(xml.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
    }

    @Test func rowsAreGroupedNumberedAndTotalledInVietnameseWhateverTheLanguage() throws {
        let (_, xml) = try documentXML(Self.decision + ["--lang", "en"])
        let text = paragraphs(xml)
        #expect(text.contains("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"))
        #expect(text.contains("B. THỦ TỤC HÀNH CHÍNH CẤP XÃ"))
        #expect(text.contains("I. Lĩnh vực Công Thương"))
        #expect(text.contains("Tên thủ tục hành chính"))
        // The total row: 140 procedures, 2.325 legal days, 1.464 proposed, 861 cut, 37,03%.
        let total = try #require(text.firstIndex(of: "Tổng cộng: 140 TTHC"))
        #expect(Array(text[(total + 1)...(total + 4)]) == ["2.325", "1.464", "861", "37,03%"])
        // Phụ lục II numbers its 77 rows through the annex.
        let second = try #require(text.firstIndex(of: "Phụ lục II"))
        #expect(text[second...].contains("77") && !text[second...].contains("78"))
    }

    @Test func missingDecisionAndDateAreLeftBlank() throws {
        let (result, xml) = try documentXML([])
        #expect(result.status == 0, "\(result)")
        #expect(paragraphs(xml).contains("(Kèm theo Quyết định số … ngày … của Chủ tịch UBND tỉnh Lạng Sơn)"))
    }

    @Test func dateMayBeWrittenDayFirst() throws {
        let (_, xml) = try documentXML(["--decision", "881/QĐ-UBND", "--date", "24/5/2022"])
        #expect(xml.contains("ngày 24/05/2022 của"))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let first = try TTHC.run(Self.arguments + Self.decision, in: Paths.packageRoot)
        let second = try TTHC.run(Self.arguments + Self.decision, in: Paths.packageRoot)
        #expect(first.status == 0 && !first.stdoutBytes.isEmpty)
        #expect(first.stdoutBytes == second.stdoutBytes)
    }
}
