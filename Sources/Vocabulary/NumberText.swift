import Foundation

/// Numbers as a person writes them: `7`, `0.5`, `2.25` — no trailing zeros,
/// no exponent for ordinary sizes.
public enum NumberText {
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
        if value == value.rounded(), abs(value) < 9e18 {
            return String(Int64(value))
        }
        // Twelve decimals drop binary noise (0.1 + 0.2 prints 0.3) but keep real
        // fractions, and never an exponent.
        var text = String(format: "%.12f", value)
        while text.contains(".") && (text.hasSuffix("0") || text.hasSuffix(".")) {
            text.removeLast()
        }
        return text == "-0" ? "0" : text
    }

    /// Reads a plain decimal number (`10`, `-3`, `0.5`); nil for anything else
    /// (hex, `1e3`, `.inf`, `1_000`), which a schema should not guess at.
    public static func parse(_ text: String) -> Double? {
        var digits = 0
        var dots = 0
        var first = true
        // Bytes, not Characters: every duration and number of a catalog comes
        // through here, and grapheme breaking is what it would cost.
        for byte in text.utf8 {
            defer { first = false }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "-") where first, UInt8(ascii: "+") where first: break
            default: return nil
            }
        }
        guard digits > 0, dots <= 1, text.utf8.last != UInt8(ascii: "."), let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
