import Vocabulary

/// A deadline or a step's time: a number of working days or of calendar days.
/// Hours are working time, 8 to a working day.
public struct Duration: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case workingDays = "working days"
        case calendarDays = "calendar days"
    }

    /// Days of `kind` (hours already divided by 8).
    public var days: Double
    public var kind: Kind

    public init(days: Double, kind: Kind = .workingDays) {
        self.days = days
        self.kind = kind
    }

    /// Reads the forms of SPEC §3: `10`, `0.5`, `"4h"`, `"3d"`, `"3 working days"`,
    /// `"same day"`, `"15 calendar days"`, `"15cd"`. Returns why not otherwise.
    /// Zero and negative amounts are read (so the message can say what is wrong
    /// with them); the decoder rejects them.
    public static func parse(_ text: String) -> Result<Duration, DurationError> {
        // Most durations are bare numbers: read them without building words.
        if let amount = NumberText.parse(text) { return .success(Duration(days: amount)) }
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if words == "same day" { return .success(Duration(days: 1)) }
        let numberEnd = words.firstIndex { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+")) }
            ?? words.endIndex
        guard let amount = NumberText.parse(String(words[..<numberEnd])) else { return .failure(.unreadable) }
        let unit = words[numberEnd...].trimmingPrefix(" ")
        switch unit {
        case "", "d", "working day", "working days":
            return .success(Duration(days: amount))
        case "h", "hour", "hours":
            return .success(Duration(days: amount / 8))
        case "cd", "calendar day", "calendar days":
            return .success(Duration(days: amount, kind: .calendarDays))
        default:
            return .failure(.unknownUnit(String(unit)))
        }
    }
}

/// Why a duration could not be read.
public enum DurationError: Error, Equatable, Sendable {
    case unreadable
    case unknownUnit(String)
}

extension Duration: CustomStringConvertible {
    /// `7`, `0.5`, `15 calendar days`: days without trailing zeros.
    public var description: String {
        kind == .workingDays ? NumberText.format(days) : "\(NumberText.format(days)) calendar days"
    }
}
