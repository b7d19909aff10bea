import Vocabulary

/// Rounding as a person does it on the written number: half away from zero on
/// the shortest decimal form of a Double, so that `round(2.675, 2)` is 2.68 and
/// `pct(0.12345)` is "12.35%", where binary arithmetic (2.675 × 100 =
/// 267.49999…) would round down.
enum DecimalRounding {
    /// `value` rounded to `digits` decimals (negative: to tens, hundreds…).
    static func round(_ value: Double, digits: Int) -> Double {
        guard value.isFinite else { return value }
        return Double(fixed(value, digits: digits)) ?? value
    }

    /// `value × 10^shift` with exactly `max(digits, 0)` decimals.
    static func fixed(_ value: Double, digits: Int, shift: Int = 0) -> String {
        guard value.isFinite else { return NumberText.format(value) }
        var decimal = Decimal(value.magnitude)
        decimal.point += shift
        decimal.round(keeping: digits)
        let integer = decimal.point > 0 ? (0..<decimal.point).map(decimal.digit) : [0]
        var integerText = String(integer.map { Character(String($0)) }).drop { $0 == "0" }
        if integerText.isEmpty { integerText = "0" }
        var text = String(integerText)
        if digits > 0 {
            text += "." + String((0..<digits).map { Character(String(decimal.digit(decimal.point + $0))) })
        }
        let isZero = decimal.digits.allSatisfy { $0 == 0 }
        return value < 0 && !isZero ? "-" + text : text
    }

    /// Decimal digits with the position of the decimal point: 12.5 is
    /// digits [1, 2, 5], point 2; 0.05 is [5], point -1.
    private struct Decimal {
        var digits: [Int]
        var point: Int

        /// From Swift's shortest round-trip description (`0.37032`, `1e-07`).
        init(_ magnitude: Double) {
            let description = "\(magnitude)"
            let parts = description.split(separator: "e", maxSplits: 1)
            let mantissa = parts.first.map(String.init) ?? "0"
            let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let integerPart = pieces.first.map(String.init) ?? "0"
            let fractionPart = pieces.count > 1 ? String(pieces[1]) : ""
            digits = (integerPart + fractionPart).compactMap { $0.wholeNumberValue }
            point = integerPart.count + exponent
        }

        /// The digit at `index` (0 is the first of `digits`); zeros outside.
        func digit(_ index: Int) -> Int {
            digits.indices.contains(index) ? digits[index] : 0
        }

        /// Keeps `decimals` digits after the point, half away from zero.
        mutating func round(keeping decimals: Int) {
            let keep = point + decimals
            guard keep < digits.count else { return }
            guard keep >= 0 else {
                digits = [0]
                return
            }
            let roundUp = digits[keep] >= 5
            digits.removeSubrange(keep...)
            guard roundUp else { return }
            var position = digits.count - 1
            while position >= 0 {
                if digits[position] < 9 {
                    digits[position] += 1
                    return
                }
                digits[position] = 0
                position -= 1
            }
            digits.insert(1, at: 0)
            point += 1
        }
    }
}
