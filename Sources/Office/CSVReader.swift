/// Reads a CSV file as spreadsheets save it: RFC 4180 quoting, UTF-8 with or
/// without a BOM, `,` or `;` between fields (Excel in a Vietnamese or
/// European locale writes `;`), CRLF or LF. A cell keeps the line its record
/// starts on and its field number, so a finding can say `ds.csv:12:6`.
public enum CSVReader {
    public static func read(_ bytes: [UInt8]) throws(OfficeError) -> Table {
        try read(bytes, limits: .standard)
    }

    public static func read(_ bytes: [UInt8], limits: OfficeLimits) throws(OfficeError) -> Table {
        guard bytes.count <= limits.partBytes else { throw .fileTooLarge(size: bytes.count, limit: limits.partBytes) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .utf16 }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        try validateUTF8(body)
        let separator = detectSeparator(body)
        return try parse(body, separator: separator, limits: limits)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    private static func parse(_ bytes: ArraySlice<UInt8>, separator: UInt8, limits: OfficeLimits) throws(OfficeError) -> Table {
        var rows: [[Cell]] = []
        var record: [Cell] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var column = 1
        var quoted = false
        var quoteLine = 1
        var index = bytes.startIndex

        func endField() {
            if !field.isEmpty {
                var text = String(decoding: field, as: UTF8.self)
                // `CSVWriter`'s guard against formulas: `'=…` is the text `=…`.
                if text.hasPrefix("'"), CSVWriter.looksLikeFormula(text.dropFirst()) { text.removeFirst() }
                record.append(Cell(row: recordLine, column: column, text: text))
            }
            field.removeAll(keepingCapacity: true)
            column += 1
        }
        func endRecord() throws(OfficeError) {
            endField()
            if !record.isEmpty {
                rows.append(record)
                if rows.count > limits.rows { throw .tooManyRows(sheet: nil, limit: limits.rows) }
            }
            record = []
            column = 1
        }

        while index < bytes.endIndex {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < bytes.endIndex ? bytes[index + 1] : nil
            if quoted {
                if byte == quote {
                    if next == quote { field.append(quote); index += 1 } else { quoted = false }
                } else if byte == cr {
                    // A line break inside a cell is kept as one `\n`, whatever the file used.
                    field.append(lf)
                    line += 1
                    if next == lf { index += 1 }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
            } else if byte == quote && field.isEmpty {
                quoted = true
                quoteLine = line
            } else if byte == separator {
                endField()
            } else if byte == cr || byte == lf {
                if byte == cr && next == lf { index += 1 }
                try endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(byte)
            }
            index += 1
        }
        if quoted { throw .unclosedQuote(line: quoteLine) }
        try endRecord()
        return Table(source: .csv, rows: rows)
    }

    /// `;` when the first non-empty line has more semicolons than commas
    /// outside quotes, else `,`.
    static func detectSeparator(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in bytes {
            if byte == quote {
                quoted.toggle()
            } else if !quoted {
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: ";") { semicolons += 1 }
                if byte == lf || byte == cr {
                    if commas + semicolons > 0 { break }
                }
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Throws `.notUTF8` with the first bad byte and its line.
    private static func validateUTF8(_ bytes: ArraySlice<UInt8>) throws(OfficeError) {
        var line = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == lf { line += 1 }
                index += 1
                continue
            }
            let length: Int
            let lowest: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; lowest = 0x80
            case 0xE0...0xEF: length = 3; lowest = 0x800
            case 0xF0...0xF4: length = 4; lowest = 0x10000
            default: throw .notUTF8(byte: byte, line: line)
            }
            guard index + length <= bytes.endIndex else { throw .notUTF8(byte: byte, line: line) }
            var scalar = UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let continuation = bytes[index + offset]
                guard continuation & 0xC0 == 0x80 else { throw .notUTF8(byte: byte, line: line) }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            guard scalar >= lowest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                throw .notUTF8(byte: byte, line: line)
            }
            index += length
        }
    }
}
