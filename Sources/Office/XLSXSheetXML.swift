/// One worksheet part: frozen header rows, column widths, cells with their
/// styles, merged group headings, and an A4 landscape print setup.
enum XLSXSheetXML {
    static func sheet(_ sheet: Workbook.Sheet, strings: inout SharedStringTable) -> String {
        let columns = max(sheet.columnWidths.count, sheet.rows.map(\.values.count).max() ?? 0, 1)
        let lastColumn = CellReference.columnName(columns)
        var xml = XMLText.declaration
            + "<worksheet xmlns=\"\(XLSXWriter.main)\" xmlns:r=\"\(XLSXWriter.relationships)\">"
            + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
            + "<dimension ref=\"A1:\(lastColumn)\(max(sheet.rows.count, 1))\"/>"
        if sheet.headerRows > 0 {
            let top = "A\(sheet.headerRows + 1)"
            xml += "<sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"\(sheet.headerRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/></sheetView></sheetViews>"
        } else {
            xml += "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
        }
        xml += "<sheetFormatPr defaultRowHeight=\"15.75\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                let safe = width.isFinite ? min(max(width, 1), 255) : 10
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(number(safe))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        var merges: [String] = []
        for (offset, row) in sheet.rows.enumerated() {
            let rowNumber = offset + 1
            let bold = row.style != .plain
            xml += "<row r=\"\(rowNumber)\">"
            for (index, value) in row.values.enumerated() {
                xml += cell(value, reference: CellReference.name(row: rowNumber, column: index + 1), bold: bold, strings: &strings)
            }
            xml += "</row>"
            if row.style == .groupHeading, columns > 1 { merges.append("A\(rowNumber):\(lastColumn)\(rowNumber)") }
        }
        xml += "</sheetData>"
        if !merges.isEmpty {
            xml += "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        // A4 (paper size 9) landscape, fitted to the page width, as annexes are printed.
        return xml + "<pageMargins left=\"0.59\" right=\"0.39\" top=\"0.59\" bottom=\"0.59\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
            + "</worksheet>"
    }

    private static func cell(_ value: Workbook.Value, reference: String, bold: Bool, strings: inout SharedStringTable) -> String {
        switch value {
        case .text(let text):
            let style = XLSXStyles.index(bold: bold, format: .general)
            return "<c r=\"\(reference)\" s=\"\(style)\" t=\"s\"><v>\(strings.id(text))</v></c>"
        case .number(let number, let format):
            let style = XLSXStyles.index(bold: bold, format: format)
            // XML has no NaN or infinity for a spreadsheet; such a cell is left empty.
            guard number.isFinite else { return "<c r=\"\(reference)\" s=\"\(style)\"/>" }
            return "<c r=\"\(reference)\" s=\"\(style)\"><v>\(Self.number(number))</v></c>"
        case .empty:
            return "<c r=\"\(reference)\" s=\"\(XLSXStyles.index(bold: bold, format: .general))\"/>"
        }
    }

    /// The shortest text that reads back as the same double (`10`, `0.5`, `0.3703`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }
}
