/// One worksheet part into rows of non-empty cells. Cells are placed by their
/// `r` attribute (`F12`), or after the previous one when a writer left it out.
enum SheetReader {
    static func read(_ bytes: [UInt8], name: String, part: String, shared: [String],
                     limits: OfficeLimits) throws(OfficeError) -> Table {
        var rows: [[Cell]] = []
        var rowCells: [Cell] = []
        var rowNumber = 0
        var column = 0
        // The cell being read.
        var type = ""
        var value = ""
        var inline = ""
        var inValue = false
        var inInline = false
        var inInlineText = false
        var phonetic = 0

        func finishRow() {
            guard !rowCells.isEmpty else { return }
            rowCells.sort { $0.column < $1.column }
            rows.append(rowCells)
            rowCells = []
        }

        try XMLEvents.parse(bytes, part: part, start: { element, attributes throws(OfficeError) in
            switch element {
            case "row":
                finishRow()
                if let r = attributes["r"].flatMap(Int.init), r > 0 { rowNumber = r } else { rowNumber += 1 }
                if rowNumber > limits.rows { throw .tooManyRows(sheet: name, limit: limits.rows) }
                column = 0
            case "c":
                if let r = attributes["r"], let place = CellReference.parse(r) {
                    // A cell outside its row element's number follows its own reference.
                    if place.row != rowNumber {
                        finishRow()
                        rowNumber = place.row
                        if rowNumber > limits.rows { throw .tooManyRows(sheet: name, limit: limits.rows) }
                    }
                    column = place.column
                } else {
                    column += 1
                }
                type = attributes["t"] ?? "n"
                value = ""
                inline = ""
            case "v": inValue = true
            case "is": inInline = true
            case "rPh": phonetic += 1
            case "t": inInlineText = inInline && phonetic == 0
            default: break
            }
        }, end: { element in
            switch element {
            case "v": inValue = false
            case "is": inInline = false
            case "rPh": phonetic -= 1
            case "t": inInlineText = false
            case "c":
                if let cell = cell(type: type, value: value, inline: inline, shared: shared, row: max(rowNumber, 1), column: column) {
                    rowCells.append(cell)
                }
            default: break
            }
        }, text: { text in
            if inValue { value += text } else if inInlineText { inline += text }
        })
        finishRow()
        return Table(source: .sheet(name), rows: rows)
    }

    /// The cell as a spreadsheet shows it, or nil when it shows nothing.
    private static func cell(type: String, value: String, inline: String, shared: [String], row: Int, column: Int) -> Cell? {
        let made: Cell
        switch type {
        case "s":
            guard let index = Int(value.trimmingSpaces), shared.indices.contains(index) else { return nil }
            made = Cell(row: row, column: column, text: shared[index])
        case "inlineStr":
            made = Cell(row: row, column: column, text: CellText.unescape(inline))
        case "str", "e":
            made = Cell(row: row, column: column, text: CellText.unescape(value))
        case "b":
            made = Cell(row: row, column: column, text: value.trimmingSpaces == "1" ? "TRUE" : "FALSE")
        default:
            // A number; dates stay the serial numbers the sheet stores (no guessing).
            let trimmed = value.trimmingSpaces
            guard !trimmed.isEmpty else { return nil }
            if let number = Double(trimmed), number.isFinite {
                made = Cell(row: row, column: column, text: GeneralNumber.text(number), number: number)
            } else {
                made = Cell(row: row, column: column, text: trimmed)
            }
        }
        return made.text.isEmpty ? nil : made
    }
}

extension String {
    /// Without the spaces, tabs and line breaks around it.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
