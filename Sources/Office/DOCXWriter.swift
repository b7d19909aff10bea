/// Writes a `WordDocument` as a DOCX file: the minimal parts Word and
/// LibreOffice open without repair (as python-docx's template has them,
/// less what we do not use), fixed dates so the same document gives the same
/// bytes. Page and margins as Decree 30/2020/NĐ-CP sets them.
public enum DOCXWriter {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    public static func write(_ document: WordDocument) -> [UInt8] {
        let parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", Array(PackageParts.contentTypes([
                ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
                ("word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
            ]).utf8)),
            ("_rels/.rels", Array(PackageParts.rootRelationships(main: "word/document.xml").utf8)),
            ("docProps/core.xml", Array(PackageParts.core(title: document.title).utf8)),
            ("docProps/app.xml", Array(PackageParts.app().utf8)),
            ("word/document.xml", Array(body(document).utf8)),
            ("word/_rels/document.xml.rels", Array(PackageParts.relationships([
                ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"),
            ]).utf8)),
            ("word/styles.xml", Array(DOCXStyles.xml.utf8)),
        ]
        return ZipWriter.write(parts)
    }

    private static func body(_ document: WordDocument) -> String {
        var xml = XMLText.declaration + "<w:document xmlns:w=\"\(w)\" xmlns:r=\"\(XLSXWriter.relationships)\"><w:body>"
        var lastWasParagraph = false
        for (index, section) in document.sections.enumerated() {
            if index > 0 {
                xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
                lastWasParagraph = true
            }
            for block in section {
                switch block {
                case .paragraph(let paragraph):
                    xml += DOCXBlocks.paragraph(paragraph)
                    lastWasParagraph = true
                case .table(let table):
                    xml += DOCXBlocks.table(table)
                    lastWasParagraph = false
                }
            }
        }
        // Word ends a body with a paragraph; a table right before the section
        // properties makes it add one on open, and some versions ask to repair.
        if !lastWasParagraph { xml += "<w:p/>" }
        return xml + section + "</w:body></w:document>"
    }

    /// A4 landscape; margins top and bottom 20 mm, left 30 mm, right 15 mm
    /// (Decree 30/2020: 20–25, 20–25, 30–35, 15–20). 1 mm = 56.7 twips.
    private static let section = "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
        + "<w:pgMar w:top=\"\(DOCXBlocks.twips(20))\" w:right=\"\(DOCXBlocks.twips(15))\" w:bottom=\"\(DOCXBlocks.twips(20))\" "
        + "w:left=\"\(DOCXBlocks.twips(30))\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
}

/// `word/styles.xml`: Times New Roman 13 pt for every script (a Vietnamese
/// run can fall under any of the four font slots), single spacing.
enum DOCXStyles {
    static let xml: String = {
        let font = "Times New Roman"
        return XMLText.declaration + "<w:styles xmlns:w=\"\(DOCXWriter.w)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:cs=\"\(font)\" w:eastAsia=\"\(font)\"/>"
            + "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
            + "</w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>"
    }()
}
