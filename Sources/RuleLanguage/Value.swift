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

/// A record: its type and its field values, in the order of the type's
/// fields (so that a compiled member access is an index, not a dictionary
/// lookup). The values are either held by the record or read on demand from
/// a row of a `RecordTable`, so that data kept elsewhere (the typed catalog)
/// is not copied into values to be read.
public struct Record: Hashable, Sendable {
    private enum Storage: Sendable {
        case stored(RecordType, [Value])
        case row(RecordTable, Int)
    }

    private let storage: Storage

    public init(_ type: RecordType, _ values: [Value]) {
        precondition(values.count == type.fields.count, "record \(type.name) needs \(type.fields.count) values")
        storage = .stored(type, values)
    }

    /// Row `row` of `table`: its values are the table's, read when asked for.
    public init(row: Int, of table: RecordTable) {
        storage = .row(table, row)
    }

    public var type: RecordType {
        switch storage {
        case .stored(let type, _): type
        case .row(let table, _): table.type
        }
    }

    /// How many fields the record's type has, without touching the type.
    @inline(__always)
    var fieldCount: Int {
        switch storage {
        case .stored(_, let values): values.count
        case .row(let table, _): table.fieldCount
        }
    }

    /// The value of the field at `index` of the type's fields.
    @inline(__always)
    public func value(at index: Int) -> Value {
        switch storage {
        case .stored(_, let values): values[index]
        case .row(let table, let row): table.value(index, row: row)
        }
    }

    /// Field `field` (of `type`'s fields) of the record held in this
    /// record's field `index`, when the record's table can read it without
    /// making that inner record (`deadline.legal` of a procedure read from
    /// the catalog); nil when it cannot, and the caller goes the long way.
    @inline(__always)
    public func nestedValue(at index: Int, field: Int, of type: RecordType) -> Value? {
        guard case .row(let table, let row) = storage else { return nil }
        return table.nestedValue(index, field: field, of: type, row: row)
    }

    /// The number of elements of the list in field `index`, when the
    /// record's table counts them in place; nil when it cannot (then the
    /// list is read and counted).
    @inline(__always)
    public func count(at index: Int) -> Int? {
        guard case .row(let table, let row) = storage else { return nil }
        return table.count(index, row: row)
    }

    /// Every field's value, in the type's order (for printing: a row's are
    /// read one by one).
    public var values: [Value] {
        switch storage {
        case .stored(_, let values): values
        case .row(let table, let row): table.type.fields.indices.map { table.value($0, row: row) }
        }
    }

    public subscript(field: String) -> Value? {
        type.index(of: field).map(value(at:))
    }

    public static func == (lhs: Record, rhs: Record) -> Bool {
        if case .row(let a, let i) = lhs.storage, case .row(let b, let j) = rhs.storage, a === b, i == j { return true }
        return lhs.type === rhs.type && lhs.values == rhs.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(values)
    }
}

/// Records whose values live elsewhere, one record a row: a subclass reads
/// field `index` of row `row` from its own data, computing the value when
/// asked. A class (not a protocol) so that a record refers to its table in
/// one word, and a value of the language stays small.
open class RecordTable: @unchecked Sendable {
    public let type: RecordType
    /// `type`'s number of fields, kept beside it for the evaluator's check.
    public let fieldCount: Int

    public init(type: RecordType) {
        self.type = type
        fieldCount = type.fields.count
    }

    /// The value of field `index` (of `type`'s fields) of row `row`.
    open func value(_ index: Int, row: Int) -> Value {
        preconditionFailure("\(Self.self) reads no values")
    }

    /// Field `field` of the record that field `index` of row `row` holds,
    /// read straight from the table's data when that record is a row of
    /// another table over the same data whose type is `type`; nil otherwise.
    open func nestedValue(_ index: Int, field: Int, of type: RecordType, row: Int) -> Value? {
        nil
    }

    /// The number of elements of the list field `index` of row `row` holds,
    /// counted without making the list; nil where the table does not count
    /// it (or the field is null).
    open func count(_ index: Int, row: Int) -> Int? {
        nil
    }
}
