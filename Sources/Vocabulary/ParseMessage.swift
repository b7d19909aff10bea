/// Why the text of an expression or of a message template does not parse.
/// String arguments are source text as written.
public enum ParseMessage: Hashable, Sendable {
    /// What the parser met where it needed something else.
    public enum Found: Hashable, Sendable {
        case token(String)
        case end
    }

    /// What a closing symbol was expected for.
    public enum Closing: Hashable, Sendable {
        /// `:` between the branches of `?:`.
        case conditional
        /// `)` of a parenthesised expression.
        case parenthesis
        /// `]` of an index.
        case index
        /// `]` of a list literal.
        case list
        /// `)` of the arguments of the function or macro named.
        case arguments(of: String)

        /// The symbol expected.
        public var symbol: String {
            switch self {
            case .conditional: ":"
            case .parenthesis, .arguments: ")"
            case .index, .list: "]"
            }
        }
    }

    // Lexer.
    /// A lone `=`, `&` or `|`, which is probably `==`, `&&` or `||`.
    case singleEquals
    case singleAmpersand
    case singleBar
    case unexpectedCharacter(String)
    /// `1e3`, `10d`: the number and what sticks to it.
    case numberWithSuffix(String)
    case numberTooLarge(String)
    /// The character after a backslash in a string.
    case unknownEscape(String)
    case unterminatedString(quote: String)

    // Parser.
    case empty
    /// A token after an expression that is already whole.
    case trailing(String)
    case expected(Closing, found: Found)
    case tooDeep(levels: Int)
    case fieldNameExpected(found: Found)
    /// `and`, `or`, `in`… where an operand should stand.
    case keywordWithoutOperand(String)
    case endsEarly
    case operandExpected(found: String)

    // Message templates.
    case unmatchedBrace
    case emptyHole
    case unclosedHole
}
