import Vocabulary

/// A run-time value of the rule language.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    /// Durations are numbers of days.
    case number(Double)
    case string(String)
    case date(LocalDate)
    case list([Value])
    case record(Record)
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
