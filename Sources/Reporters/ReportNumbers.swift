import Catalog
import Vocabulary

/// How the plan report writes numbers: for people in the style of their
/// language (`37.03%` or `37,03%`), for machines (CSV cells) in the plain style;
/// JSON keeps them unrounded.
enum ReportNumbers {
    /// A ratio as a percent with two decimals, rounded half up on its written
    /// decimal digits as the province rounds (`0.370322…` → `37.03%`,
    /// `0.12345` → `12.35%`); `none` for a missing ratio.
    static func percent(_ ratio: Double?, _ style: NumberStyle = .plain, none: String = "—") -> String {
        guard let ratio, ratio.isFinite else { return none }
        return style.localize(fixed(ratio, shift: 2, digits: 2) + "%")
    }

    /// Days without trailing zeros (`7`, `0.5`, `2325`; `2.325` in Vietnamese).
    static func days(_ value: Double, _ style: NumberStyle = .plain) -> String {
        style.format(value)
    }

    /// A count: `2325`, `2.325` in Vietnamese.
    static func count(_ value: Int, _ style: NumberStyle = .plain) -> String {
        style.format(Double(value))
    }

    /// A deadline's days, followed by `mark` when they are calendar days (`15 cd`).
    static func deadline(_ duration: Duration, mark: String, _ style: NumberStyle = .plain) -> String {
        let number = days(duration.days, style)
        return duration.kind == .calendarDays ? "\(number) \(mark)" : number
    }

    /// `value × 10^shift` with exactly `digits` decimals, rounded half away
    /// from zero on the shortest decimal form of the Double, so that binary
    /// noise (0.12345 × 100 = 12.344999…) does not round the wrong way.
    static func fixed(_ value: Double, shift: Int, digits: Int) -> String {
        // Digits and the place of the decimal point from Swift's shortest form.
        let description = "\(value.magnitude)"
        let parts = description.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = pieces[0]
        let fractionPart = pieces.count > 1 ? pieces[1] : ""
        var digitsList = (integerPart + fractionPart).compactMap { $0.wholeNumberValue }
        var point = integerPart.count + exponent + shift
        // Pad so that every digit up to `digits` decimals exists.
        if point < 0 {
            digitsList = Array(repeating: 0, count: -point) + digitsList
            point = 0
        }
        let needed = point + digits
        if digitsList.count < needed + 1 {
            digitsList += Array(repeating: 0, count: needed + 1 - digitsList.count)
        }
        var kept = Array(digitsList[0..<needed])
        if digitsList[needed] >= 5 {
            var index = kept.count - 1
            var carry = true
            while carry && index >= 0 {
                kept[index] += 1
                if kept[index] == 10 {
                    kept[index] = 0
                    index -= 1
                } else {
                    carry = false
                }
            }
            if carry {
                kept.insert(1, at: 0)
                point += 1
            }
        }
        var integer = kept[0..<point].map(String.init).joined().drop { $0 == "0" }
        if integer.isEmpty { integer = "0" }
        var text = String(integer)
        if digits > 0 {
            text += "." + kept[point...].map(String.init).joined()
        }
        let isZero = kept.allSatisfy { $0 == 0 }
        return value < 0 && !isZero ? "-" + text : text
    }
}
