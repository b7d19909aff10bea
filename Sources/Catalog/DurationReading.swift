import Vocabulary

/// A duration as it was written: the amount in the unit written (`4` hours,
/// not half a day), whether the text was canonical (SPEC §3) and, if not, the
/// canonical text `fix` writes instead.
public struct DurationReading: Sendable, Equatable {
    public enum Unit: String, Sendable {
        case workingDays = "working days"
        case hours
        case calendarDays = "calendar days"
        /// `same day`, `trong ngày`: one working day.
        case sameDay = "same day"
    }

    /// In `unit`; 1 for the same day.
    public var amount: Double
    public var unit: Unit
    /// The text `fix` writes instead; nil when the text is already canonical.
    public var canonicalText: String?
    /// The channel the duration was read for, when the text named several
    /// (`Trực tiếp: 10 ngày làm việc; Trực tuyến: 8 ngày làm việc`).
    public var channel: String?
    /// The other channels of such a text, for the caller to report.
    public var otherChannels: [DurationChannel]

    public init(
        amount: Double, unit: Unit, canonicalText: String? = nil, channel: String? = nil,
        otherChannels: [DurationChannel] = []
    ) {
        self.amount = amount
        self.unit = unit
        self.canonicalText = canonicalText
        self.channel = channel
        self.otherChannels = otherChannels
    }

    public var isCanonical: Bool { canonicalText == nil }

    /// What the schema counts: hours in working days (8 to a day), the same
    /// day as one working day.
    public var duration: Duration {
        switch unit {
        case .workingDays: Duration(days: amount)
        case .hours: Duration(days: amount / 8)
        case .calendarDays: Duration(days: amount, kind: .calendarDays)
        case .sameDay: Duration(days: 1)
        }
    }

    /// How SPEC §3 writes this duration: `10`, `0.5`, `4h`, `same day`,
    /// `15 calendar days`.
    public var canonicalForm: String {
        let number = NumberText.format(amount)
        switch unit {
        case .workingDays: return number
        case .hours: return number + "h"
        case .calendarDays: return number + (amount == 1 ? " calendar day" : " calendar days")
        case .sameDay: return "same day"
        }
    }
}

/// One channel of a text that gives a duration per way of applying, as the
/// national database prints them (`Trực tuyến: 8 Ngày làm việc`).
public struct DurationChannel: Sendable, Equatable {
    /// As written (`Trực tuyến`).
    public var name: String
    /// The duration's text as written.
    public var text: String
    /// Nil when that text cannot be read.
    public var reading: DurationReading?

    public init(name: String, text: String, reading: DurationReading?) {
        self.name = name
        self.text = text
        self.reading = reading
    }
}

/// Why a duration could not be read by `DurationText.read`.
public enum DurationTextError: Error, Sendable, Equatable {
    case unreadable
    /// A number followed by a unit that is none of ours; `suggestion` is the
    /// unit probably meant (`ngay lam viec` → `ngày làm việc`), if one is close.
    case unknownUnit(String, suggestion: String?)
}
