import Catalog
import Vocabulary

/// A provincial plan (đề án): its period and its targets (SPEC §4.1).
public struct Plan: Sendable {
    public var id: Located<String>
    public var name: Located<String>?
    /// Always in force when absent.
    public var effective: DatePeriod
    public var targets: [String: Target]
    public var file: String

    public init(id: Located<String>, name: Located<String>?, effective: DatePeriod, targets: [String: Target], file: String) {
        self.id = id
        self.name = name
        self.effective = effective
        self.targets = targets
        self.file = file
    }
}

/// A target: one value, or values that each hold from their date until the next.
public struct Target: Sendable {
    public var name: String
    /// Sorted by date; an undated target is one value with no date.
    public var values: [(from: LocalDate?, value: TargetValue)]
    public var mark: Mark

    public init(name: String, values: [(from: LocalDate?, value: TargetValue)], mark: Mark) {
        self.name = name
        self.values = values
        self.mark = mark
    }

    /// The value in force on `date`; nil before the first dated value.
    public func entry(on date: LocalDate) -> TargetValue? {
        var current: TargetValue?
        for entry in values {
            if let from = entry.from, from > date { break }
            current = entry.value
        }
        return current
    }

    /// The number in force on `date`, for the plan report; nil when the
    /// target is not a number then.
    public func value(on date: LocalDate) -> Double? {
        if case .number(let number)? = entry(on: date) { return number }
        return nil
    }
}

/// What a plan's target may be (SPEC §10): a number, a text, a list of
/// texts, or numbers by sector id with an optional `default`.
public enum TargetValue: Sendable, Equatable {
    case number(Double)
    case text(String)
    case texts([String])
    case bySector([String: Double], default: Double?)

    /// How rules see it: `plan.targets.X` has this type.
    public var kind: Kind {
        switch self {
        case .number: .number
        case .text: .text
        case .texts: .texts
        case .bySector: .bySector
        }
    }

    public enum Kind: String, Sendable {
        case number, text, texts, bySector
    }
}
