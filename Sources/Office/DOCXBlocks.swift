import Foundation

/// The XML of paragraphs and tables in `word/document.xml`.
enum DOCXBlocks {
    /// Millimetres to twentieths of a point.
    static func twips(_ millimetres: Double) -> Int {
        guard millimetres.isFinite else { return 0 }
        return Int((min(max(millimetres, 0), 2000) * 1440 / 25.4).rounded())
    }

    static func paragraph(_ paragraph: WordDocument.Paragraph) -> String {
        var properties = alignment(paragraph.alignment)
        var runProperties = ""
        if let size = paragraph.size, size.isFinite, size > 0 {
            let half = Int((min(size, 1000) * 2).rounded())
            runProperties = "<w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/>"
            properties += "<w:rPr>\(runProperties)</w:rPr>"
        }
        let runs = paragraph.runs.map { run(run: $0, size: runProperties) }.joined()
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    static func table(_ table: WordDocument.Table) -> String {
        let columns = max(table.columnWidths.count, table.header.count, 1)
        let widths = (0..<columns).map { $0 < table.columnWidths.count ? twips(table.columnWidths[$0]) : twips(25) }
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
            + "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined()
            + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
            + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        if !table.header.isEmpty {
            xml += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
                + cells(table.header, widths: widths, bold: true, size: table.size, forcedAlignment: .center) + "</w:tr>"
        }
        for row in table.rows {
            switch row {
            case .cells(let list):
                // A row may run on to the next page (a long legal basis), so no
                // page is left two-thirds empty before a tall row.
                xml += "<w:tr>" + cells(list, widths: widths, bold: false, size: table.size) + "</w:tr>"
            case .total(let list):
                xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cells(list, widths: widths, bold: true, size: table.size) + "</w:tr>"
            case .group(let text):
                xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
                    + (columns > 1 ? "<w:gridSpan w:val=\"\(columns)\"/>" : "") + "</w:tcPr>"
                    + paragraph(WordDocument.Paragraph([WordDocument.Run(text, bold: true)], size: table.size)) + "</w:tc></w:tr>"
            }
        }
        return xml + "</w:tbl>"
    }

    /// A row's cells, padded with empty ones to fill the grid (Word wants every grid column covered).
    private static func cells(_ list: [WordDocument.Cell], widths: [Int], bold: Bool, size: Double?,
                              forcedAlignment: WordDocument.Alignment? = nil) -> String {
        // Headings sit in the middle of their cell, as a decision's table header does.
        let vertical = forcedAlignment == nil ? "" : "<w:vAlign w:val=\"center\"/>"
        var xml = ""
        for index in widths.indices {
            let cell = index < list.count ? list[index] : WordDocument.Cell("")
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[index])\" w:type=\"dxa\"/>\(vertical)</w:tcPr>"
                + paragraph(WordDocument.Paragraph([WordDocument.Run(cell.text, bold: bold)], alignment: forcedAlignment ?? cell.alignment,
                                                  size: size))
                + "</w:tc>"
        }
        // Cells past the grid would make Word repair the file: their text joins the last cell.
        if list.count > widths.count, !widths.isEmpty {
            let extra = list[widths.count...].map(\.text).filter { !$0.isEmpty }
            if !extra.isEmpty {
                let last = xml.range(of: "</w:p></w:tc>", options: .backwards)
                if let last {
                    let added = run(run: WordDocument.Run("\n" + extra.joined(separator: "\n"), bold: bold), size: "")
                    xml.replaceSubrange(last.lowerBound..<last.lowerBound, with: added)
                }
            }
        }
        return xml
    }

    private static func alignment(_ alignment: WordDocument.Alignment) -> String {
        switch alignment {
        case .left: ""
        case .center: "<w:jc w:val=\"center\"/>"
        case .right: "<w:jc w:val=\"right\"/>"
        }
    }

    /// A run; `\n` becomes a line break and a tab a tab, as Word stores them.
    private static func run(run: WordDocument.Run, size: String) -> String {
        // Only a colour Word can read: six hex digits, else none.
        let color = run.color.flatMap { $0.utf8.count == 6 && $0.unicodeScalars.allSatisfy(\.properties.isASCIIHexDigit) ? $0 : nil }
        let properties = (run.bold ? "<w:b/><w:bCs/>" : "") + (run.italic ? "<w:i/><w:iCs/>" : "")
            + (color.map { "<w:color w:val=\"\($0)\"/>" } ?? "") + size
        var xml = "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
        let text = run.text.replacingAll("\r\n", with: "\n")
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if lineIndex > 0 { xml += "<w:br/>" }
            for (pieceIndex, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if pieceIndex > 0 { xml += "<w:tab/>" }
                if !piece.isEmpty { xml += "<w:t xml:space=\"preserve\">\(XMLText.escape(String(piece)))</w:t>" }
            }
        }
        return xml + "</w:r>"
    }
}
