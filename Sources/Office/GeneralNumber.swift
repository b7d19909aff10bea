import Foundation

/// A number as a spreadsheet's General format shows it: no trailing zeros,
/// no exponent for everyday values (`10`, `0.5`, `2325`), 15 significant
/// digits so binary noise (`0.30000000000000004`) does not show.
enum GeneralNumber {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.15g", value)
    }
}
