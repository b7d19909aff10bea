import Vocabulary

/// A deadline or a step's time: a number of working days or of calendar days.
/// Hours are working time, 8 to a working day.
public struct Duration: Hashable, Sendable {
    public typealias Kind = DayKind

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
    /// with them); the decoder rejects them. The Vietnamese forms of §8.3 are
    /// `DurationText.read`'s.
    public static func parse(_ text: String) -> Result<Duration, DurationError> {
        DurationText.readCanonical(text).map(\.duration)
    }
}

extension Duration {
    /// `text` lowercased, with runs of whitespace as one space and none at the
    /// ends. ASCII is done byte by byte (the usual case); anything else takes
    /// the general path.
    static func words(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Why a duration could not be read.
public enum DurationError: Error, Equatable, Sendable {
    case unreadable
    case unknownUnit(String)
}

extension Duration: CustomStringConvertible {
    /// `7`, `0.5`, `15 calendar days`, `1 calendar day`: days without trailing zeros.
    public var description: String {
        guard kind == .calendarDays else { return NumberText.format(days) }
        return "\(NumberText.format(days)) \(days == 1 ? "calendar day" : "calendar days")"
    }
}
