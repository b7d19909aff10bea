/// Writes rows as CSV for Excel: RFC 4180 quoting (a field with `,`, `"` or
/// a line break is quoted, `"` doubled), CRLF between records, and a UTF-8
/// BOM so Excel reads the Vietnamese text as UTF-8 rather than the ANSI code page.
public enum CSVWriter {
    public static func write(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}
