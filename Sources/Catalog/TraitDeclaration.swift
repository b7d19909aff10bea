import Vocabulary

/// A trait that catalogs may set, declared under `traits:` in rules/ (SPEC §4.2).
public struct TraitDeclaration: Sendable {
    public enum Kind: Sendable, Equatable {
        case bool
        case number
        case string
        case enumeration([String])

        public var name: String {
            switch self {
            case .bool: "bool"
            case .number: "number"
            case .string: "string"
            case .enumeration: "enum"
            }
        }
    }

    public var name: String
    public var kind: Kind
    public var defaultValue: TraitValue?
    public var description: String?
    public var mark: Mark

    public init(name: String, kind: Kind, defaultValue: TraitValue?, description: String?, mark: Mark) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.description = description
        self.mark = mark
    }
}
