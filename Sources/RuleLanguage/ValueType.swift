/// The static type of an expression or a name.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    case number
    case string
    case bool
    case date
    /// The type of the literal `null`.
    case null
    case list(ValueType)
    case record(RecordType)
    /// Values by string key, read as `m[key]` (null for a key outside it).
    case map(ValueType)
    /// A value that may be null: an absent optional field (`deadline.proposed`).
    case optional(ValueType)
    /// Unknown element type, e.g. of the empty list `[]`; fits every type.
    case any

    public var description: String {
        switch self {
        case .number: "number"
        case .string: "string"
        case .bool: "bool"
        case .date: "date"
        case .null: "null"
        case .list(let element): "list of \(element)"
        case .record(let record): record.name
        case .map(let element): "map of \(element)"
        case .optional(let wrapped): "\(wrapped) or null"
        case .any: "any"
        }
    }

    /// The type without its optionality.
    public var nonOptional: ValueType {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }
}

/// A named record type with ordered fields (procedure, sector, step, traits,
/// plan, …), immutable once made: a schema builds its types from the leaves
/// up. A class so that a record's type is compared by identity, in one
/// pointer comparison per evaluation.
public final class RecordType: Hashable, Sendable, CustomStringConvertible {
    public struct Field: Sendable {
        public var name: String
        public var type: ValueType
        public var description: String?
        /// The values a string field may hold (`level`, `step.by`, an enum
        /// trait): a literal compared with it must be one of them.
        public var values: [String]?
        /// The same value for every item of a run (`plan`, `as_of`,
        /// `catalog`): a sub-expression that reads only such names is
        /// computed once per run.
        public var isShared: Bool

        public init(
            _ name: String, _ type: ValueType, description: String? = nil, values: [String]? = nil, isShared: Bool = false
        ) {
            self.name = name
            self.type = type
            self.description = description
            self.values = values
            self.isShared = isShared
        }
    }

    public let name: String
    public let fields: [Field]
    private let indexByName: [String: Int]

    public init(_ name: String, fields: [Field] = []) {
        self.name = name
        self.fields = fields
        indexByName = Dictionary(fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func index(of field: String) -> Int? { indexByName[field] }

    public var description: String { name }

    public static func == (lhs: RecordType, rhs: RecordType) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
