/// The names a rule's expressions may use beyond its scope's fields: its own
/// `let`s, its `params` and the `define:` entries of rules/.
public struct RuleNames: Sendable {
    public var lets: LetBindings
    public var definitions: Definitions
    /// `params`: the rule's parameters after overrides, constants of the
    /// compiled rule (nil: the rule language has no `params` name).
    public var params: Record?

    public init(lets: LetBindings = LetBindings(), definitions: Definitions = Definitions(), params: Record? = nil) {
        self.lets = lets
        self.definitions = definitions
        self.params = params
    }

    /// The `params` record of named values, each field typed by its value.
    public static func parameters(_ values: [(name: String, value: Value)]) -> Record {
        let type = RecordType(
            "params", fields: values.map { RecordType.Field($0.name, ValueType.of($0.value)) })
        return Record(type, values.map(\.value))
    }
}

extension ValueType {
    /// The type of a constant value (a parameter's).
    static func of(_ value: Value) -> ValueType {
        switch value {
        case .null: .null
        case .bool: .bool
        case .number, .duration: .number
        case .string: .string
        case .date: .date
        case .list(let items): .list(items.first.map(of) ?? .any)
        case .record(let record): .record(record.type)
        case .map(let lookup): .map(lookup.entries.values.first.map(of) ?? .any)
        }
    }
}
