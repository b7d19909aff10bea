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
        for (i, c) in text.enumerated() {
            if c.isASCII && c.isNumber {
                digits += 1
            } else if c == "." {
                dots += 1
            } else if !((c == "-" || c == "+") && i == 0) {
                return nil
            }
        }
        guard digits > 0, dots <= 1, text.last != ".", let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
