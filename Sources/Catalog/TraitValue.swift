import Vocabulary

/// A procedure's fact, typed by its declaration in rules/.
public enum TraitValue: Hashable, Sendable, CustomStringConvertible {
    case bool(Bool)
    case number(Double)
    case string(String)

    public var description: String {
        switch self {
        case .bool(let b): String(b)
        case .number(let n): NumberText.format(n)
        case .string(let s): s
        }
    }
}
