/// Writes rows as CSV for Excel: RFC 4180 quoting (a field with `,`, `"` or
/// a line break is quoted, `"` doubled), CRLF between records, and a UTF-8
/// BOM so Excel reads the Vietnamese text as UTF-8 rather than the ANSI code page.
/// A text that a spreadsheet would run as a formula (`=HYPERLINK(…)` typed in
/// a procedure's name) is written behind a `'`, which `CSVReader` takes off.
public enum CSVWriter {
    public static func write(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// Whether a spreadsheet would read `text` as a formula: it starts with
    /// `=`, `+`, `@`, a tab or a carriage return, or with `-` not followed by a
    /// digit (a negative number stays a number).
    static func looksLikeFormula(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        switch first {
        case "=", "+", "@", "\t", "\r": return true
        case "-": return !(text.unicodeScalars.dropFirst().first.map { ("0"..."9").contains($0) } ?? false)
        default: return false
        }
    }

    private static func field(_ cell: String) -> String {
        let text = looksLikeFormula(cell[...]) ? "'" + cell : cell
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}
