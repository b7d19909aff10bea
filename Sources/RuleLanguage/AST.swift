/// The parsed, untyped expression. Every node keeps its source range so that
/// type errors point at the sub-expression at fault.
struct Syntax: Sendable {
    indirect enum Kind: Sendable {
        case number(Double)
        case string(String)
        case bool(Bool)
        case null
        case list([Syntax])
        case name(String)
        case member(Syntax, name: String, nameRange: SourceRange)
        case index(Syntax, Syntax)
        /// `name(arguments)`: a function.
        case call(name: String, nameRange: SourceRange, arguments: [Syntax])
        /// `receiver.name(arguments)`: a macro (`all`, `exists`, `filter`, `map`).
        case method(Syntax, name: String, nameRange: SourceRange, arguments: [Syntax])
        case unary(UnaryOperator, operatorRange: SourceRange, Syntax)
        case binary(BinaryOperator, operatorRange: SourceRange, Syntax, Syntax)
        case conditional(Syntax, Syntax, Syntax)
    }

    var kind: Kind
    var range: SourceRange
    /// Levels of nodes below and including this one; bounded by the parser so
    /// that every later recursive pass has a bounded stack.
    var height: Int

    /// The names of a `name.member.member` path, or nil if this is not one.
    var pathNames: [String]? {
        switch kind {
        case .name(let name): return [name]
        case .member(let base, let name, _): return base.pathNames.map { $0 + [name] }
        default: return nil
        }
    }
}

enum UnaryOperator: Sendable {
    case not
    case negate
}

enum BinaryOperator: Sendable {
    case or, and
    case equal, notEqual, less, lessEqual, greater, greaterEqual, `in`
    case add, subtract
    case multiply, divide, remainder

    /// Binding power: higher binds tighter. `?:` sits below all of these.
    var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .in: 3
        case .add, .subtract: 4
        case .multiply, .divide, .remainder: 5
        }
    }

    /// The canonical spelling, for messages.
    var symbol: String {
        switch self {
        case .or: "||"
        case .and: "&&"
        case .equal: "=="
        case .notEqual: "!="
        case .less: "<"
        case .lessEqual: "<="
        case .greater: ">"
        case .greaterEqual: ">="
        case .in: "in"
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .divide: "/"
        case .remainder: "%"
        }
    }

    /// The operator a token spells, if any (`and`/`or` are words).
    init?(_ token: Token) {
        switch token.kind {
        case .word("and"): self = .and
        case .word("or"): self = .or
        case .word("in"): self = .in
        case .symbol(let symbol):
            switch symbol {
            case .or: self = .or
            case .and: self = .and
            case .equal: self = .equal
            case .notEqual: self = .notEqual
            case .less: self = .less
            case .lessEqual: self = .lessEqual
            case .greater: self = .greater
            case .greaterEqual: self = .greaterEqual
            case .plus: self = .add
            case .minus: self = .subtract
            case .star: self = .multiply
            case .slash: self = .divide
            case .percent: self = .remainder
            default: return nil
            }
        default: return nil
        }
    }
}
