/// Turns a span of source text into tokens, one at a time. Works on a span (not the whole
/// text) so that a template hole is lexed in place and its ranges are offsets
/// into the whole template.
struct Lexer {
    private let text: SourceText
    private let end: Int
    private var position: Int

    init(text: SourceText, range: SourceRange) {
        self.text = text
        self.position = max(0, range.lowerBound)
        self.end = min(text.count, range.upperBound)
    }

    /// The next token; `.end` (an empty range at the span's end) once the span is used up.
    mutating func next() throws(LanguageError) -> Token {
        skipWhitespace()
        guard position < end else { return Token(kind: .end, range: .empty(at: end)) }
        return try token()
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = position + offset
        return index < end ? text.scalars[index] : nil
    }

    private mutating func skipWhitespace() {
        while let scalar = peek(), scalar == " " || scalar.properties.isWhitespace { position += 1 }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool { isWordStart(scalar) || isDigit(scalar) }

    private mutating func token() throws(LanguageError) -> Token {
        let start = position
        guard let scalar = peek() else { return Token(kind: .end, range: .empty(at: end)) }
        if Self.isDigit(scalar) { return try number() }
        if Self.isWordStart(scalar) {
            while let s = peek(), Self.isWordPart(s) { position += 1 }
            let range = SourceRange(lowerBound: start, upperBound: position)
            return Token(kind: .word(text.slice(range)), range: range)
        }
        if scalar == "\"" || scalar == "'" { return try string(quote: scalar) }
        let following = peek(1)
        let symbol: Symbol?
        var width = 1
        switch scalar {
        case "=" where following == "=": (symbol, width) = (.equal, 2)
        case "!" where following == "=": (symbol, width) = (.notEqual, 2)
        case "<" where following == "=": (symbol, width) = (.lessEqual, 2)
        case ">" where following == "=": (symbol, width) = (.greaterEqual, 2)
        case "&" where following == "&": (symbol, width) = (.and, 2)
        case "|" where following == "|": (symbol, width) = (.or, 2)
        case "(": symbol = .leftParen
        case ")": symbol = .rightParen
        case "[": symbol = .leftBracket
        case "]": symbol = .rightBracket
        case ",": symbol = .comma
        case ".": symbol = .dot
        case "?": symbol = .question
        case ":": symbol = .colon
        case "+": symbol = .plus
        case "-": symbol = .minus
        case "*": symbol = .star
        case "/": symbol = .slash
        case "%": symbol = .percent
        case "!": symbol = .bang
        case "<": symbol = .less
        case ">": symbol = .greater
        default: symbol = nil
        }
        position += width
        let range = SourceRange(lowerBound: start, upperBound: position)
        if let symbol { return Token(kind: .symbol(symbol), range: range) }
        switch scalar {
        case "=": throw LanguageError(.parse(.singleEquals), range: range)
        case "&": throw LanguageError(.parse(.singleAmpersand), range: range)
        case "|": throw LanguageError(.parse(.singleBar), range: range)
        default: throw LanguageError(.parse(.unexpectedCharacter(String(scalar))), range: range)
        }
    }

    /// `10`, `0.5`: digits with at most one fraction; no exponent, no sign (the
    /// sign is the unary minus).
    private mutating func number() throws(LanguageError) -> Token {
        let start = position
        while let s = peek(), Self.isDigit(s) { position += 1 }
        // A dot belongs to the number only when a digit follows (`1.x` is not a number).
        if peek() == ".", let after = peek(1), Self.isDigit(after) {
            position += 1
            while let s = peek(), Self.isDigit(s) { position += 1 }
        }
        let range = SourceRange(lowerBound: start, upperBound: position)
        if let s = peek(), Self.isWordPart(s) {
            var stop = position
            while stop < end, Self.isWordPart(text.scalars[stop]) { stop += 1 }
            let whole = SourceRange(lowerBound: start, upperBound: stop)
            throw LanguageError(.parse(.numberWithSuffix(text.slice(whole))), range: whole)
        }
        guard let value = Double(text.slice(range)), value.isFinite else {
            throw LanguageError(.parse(.numberTooLarge(text.slice(range))), range: range)
        }
        return Token(kind: .number(value), range: range)
    }

    private mutating func string(quote: Unicode.Scalar) throws(LanguageError) -> Token {
        let start = position
        position += 1
        var value = String.UnicodeScalarView()
        while let scalar = peek() {
            if scalar == quote {
                position += 1
                return Token(kind: .string(String(value)), range: SourceRange(lowerBound: start, upperBound: position))
            }
            if scalar == "\\" {
                let escapeStart = position
                guard let escaped = peek(1) else { break }
                position += 2
                switch escaped {
                case "\\", "\"", "'": value.append(escaped)
                case "n": value.append("\n")
                case "t": value.append("\t")
                default:
                    throw LanguageError(
                        .parse(.unknownEscape(String(escaped))), range: SourceRange(lowerBound: escapeStart, upperBound: position))
                }
                continue
            }
            value.append(scalar)
            position += 1
        }
        throw LanguageError(
            .parse(.unterminatedString(quote: String(quote))), range: SourceRange(lowerBound: start, upperBound: end))
    }
}
