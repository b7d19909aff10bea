import Vocabulary

/// A run-time value of the rule language.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    /// A deadline or a step's time: days of one kind. It reads as its number
    /// of days; a calendar and a working duration only meet through `days()`
    /// (SPEC §10).
    case duration(Double, DayKind)
    case string(String)
    case date(LocalDate)
    case list([Value])
    case record(Record)
    /// Values by string key: a target by sector id, `catalog.by_code`.
    case map(Lookup)
}

/// A map from strings to values, and what a key outside it reads: a
/// target's `default`, else null.
extension Value {
    /// The number of a number or a duration.
    var numeric: Double? {
        switch self {
        case .number(let number), .duration(let number, _): number
        default: nil
        }
    }
}

public struct Lookup: Hashable, Sendable {
    public let entries: [String: Value]
    /// Held in an array: a value cannot hold itself inline.
    private let fallbackStorage: [Value]

    public init(_ entries: [String: Value], fallback: Value = .null) {
        self.entries = entries
        fallbackStorage = [fallback]
    }

    public var fallback: Value { fallbackStorage[0] }

    public subscript(key: String) -> Value { entries[key] ?? fallback }
}

/// A record's field values, in the order of its type's fields (so that a
/// compiled member access is an array index, not a dictionary lookup).
public struct Record: Hashable, Sendable {
    public let type: RecordType
    public let values: [Value]

    public init(_ type: RecordType, _ values: [Value]) {
        precondition(values.count == type.fields.count, "record \(type.name) needs \(type.fields.count) values")
        self.type = type
        self.values = values
    }

    public subscript(field: String) -> Value? {
        type.index(of: field).map { values[$0] }
    }
}
