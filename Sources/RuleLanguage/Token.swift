/// One lexical token of an expression.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case number(Double)
        case string(String)
        /// An identifier or a keyword (`true`, `and`, `in`…); the parser tells
        /// them apart by position, so that `x.in` could still name a field.
        case word(String)
        case symbol(Symbol)
        case end
    }

    var kind: Kind
    var range: SourceRange

    func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }
    func isWord(_ word: String) -> Bool { kind == .word(word) }
}

/// Punctuation and operators.
enum Symbol: String, Sendable {
    case leftParen = "("
    case rightParen = ")"
    case leftBracket = "["
    case rightBracket = "]"
    case comma = ","
    case dot = "."
    case question = "?"
    case colon = ":"
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case percent = "%"
    case bang = "!"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case and = "&&"
    case or = "||"
}

/// Words that cannot name a field or a variable.
enum Keyword {
    static let all: Set<String> = ["true", "false", "null", "and", "or", "not", "in"]
}
