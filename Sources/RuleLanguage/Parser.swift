import Vocabulary

/// The parser of the rule expression language: a Pratt (precedence-climbing)
/// parser from tokens to `Syntax`.
///
/// LANGUAGE NOTES — the choices this implementation makes where SPEC §4.4 is silent:
///
/// - Numbers are digits with at most one `.` followed by digits (`10`, `0.5`);
///   no exponent, no `1.`, no `.5`; a sign is the unary minus, folded into the
///   literal (`-1` is a literal). A number that does not fit a Double is an error.
///   Arithmetic whose result is not finite (overflow) is an evaluation error, so
///   no expression ever sees NaN or infinity.
/// - Strings are in "…" or '…'; escapes `\\ \" \' \n \t`; any other escape is an
///   error (write `\\d` in a regular expression). Strings may span lines.
/// - `true false null and or not in` are reserved: they cannot name a field or a
///   variable, except after `.` (`x.in` reads the field `in`).
/// - Precedence, loosest first: `?:` (right-assoc), `||`, `&&`, the comparisons
///   `== != < <= > >= in` (one left-assoc level, so `a < b == c` is
///   `(a < b) == c`), `+ -`, `* / %`, unary `! -`, then postfix `.`, `[]` and
///   calls. `and`/`or`/`not` are exactly `&&`/`||`/`!`, with their precedence:
///   `not a == b` is `(not a) == b`; write `not (a == b)`.
/// - Only a bare name can be called (`len(x)`); `list.name(…)` is a macro
///   (`all`, `exists`, `filter`, `map`) and nothing else.
/// - Nesting is bounded: more than `maximumDepth` (256) levels is the error
///   "the expression nests more than 256 levels deep", so that no later
///   recursive pass can run out of stack. Each `(`, `[`, call, `?:` branch and
///   unary operator opens a level (`-(x)` is two), and so does each node of a
///   chain: 300 `+` in a row, or a path 300 fields long, are too deep.
/// - `%` is the truncating remainder (its sign is the dividend's): `-7 % 3` is -1.
///   Division or `%` by zero is an evaluation error.
/// - Null: member `.` and index `[]` on null give null (navigation never fails,
///   so `has(a.b.c)` never errors); null in arithmetic, an ordering comparison,
///   `! && || ?:`, either side of `in`, or a function argument (other than `has`)
///   is an evaluation error naming the null sub-expression. `==`/`!=` compare
///   with null freely: `x == null` is how absence is tested.
/// - Types: optional types pass the static check where their base type fits;
///   the literal `null` does not (`null + 1` is a type error). `[]` is a list of
///   `any`, which fits every element type. Lists hold one type; `null` among
///   elements makes them optional (`[1, null]` is a list of `number or null`).
///   The branches of `?:` unify the same way.
/// - Index: `list[i]` needs a whole number within bounds (else an evaluation
///   error); negative indices are out of range. Indexing a null list gives null.
/// - Functions: `has(path)` needs a name/member path (no index). `len` counts
///   characters of a string or elements of a list. `sum([])` is 0;
///   `min/max/avg([])` are null. A null element in `sum/min/max/avg` is an
///   evaluation error. `round(x, d)` rounds half away from zero on the shortest
///   decimal form of x (so `round(2.675, 2)` is 2.68), `d` a whole number in
///   -15…15. `pct(x)` is `100·x` with exactly two decimals and `%`, rounded the
///   same way. `matches(s, re)` is true when the NSRegularExpression `re` matches
///   anywhere in `s` (anchor with `^…$`); a literal pattern is validated when the
///   rule loads, a computed one when evaluated. `date(s)` of a literal is checked
///   when the rule loads.
/// - Macros `L.all(x, p)`, `L.exists(x, p)`, `L.filter(x, p)`, `L.map(x, e)`:
///   `x` shadows scope names and outer variables; `all`/`exists` stop at the
///   first element that decides them; on a null list `all` is true, `exists`
///   false, `filter`/`map` give `[]`.
/// - Equality is exact (`0.1 + 0.2 == 0.3` is false: use `round`); strings
///   order by Swift's Unicode-aware `<`; dates by the calendar. Records and
///   lists are equal when of one type with equal values.
/// - Templates print values with `ValueText.format` (strings bare, strings in
///   lists quoted, null as `null`); a hole that fails fails the whole message.
/// - Traces list each member path (`deadline.proposed`) as one entry, not its
///   prefixes; an error is recorded on the sub-expression where it arose, and its
///   ancestors (which produced no value) are absent. The power-assert line
///   quotes strings (`"1.000001" == "x" → false`), shows an operand that was not
///   evaluated or failed as `…`, keeps `has(path)` and macro bodies as written,
///   and spells operators as written (`false and … → false`).
struct Parser {
    static let maximumDepth = 256
    static let depthMessage = ExpressionMessage.parse(.tooDeep(levels: maximumDepth))

    private let text: SourceText
    /// Tokens are pulled one at a time, so hostile input stops at the first
    /// error (say, the nesting bound) without lexing the rest.
    private var lexer: Lexer
    private var current: Token
    /// Where the last consumed token ends: the end of the node just parsed.
    private var consumedEnd: Int
    /// Nesting level of the token being parsed; the top level is 0 (the first
    /// `expression()` call enters it from -1).
    private var depth = -1

    private init(text: SourceText, range: SourceRange) throws(LanguageError) {
        self.text = text
        self.lexer = Lexer(text: text, range: range)
        self.current = try lexer.next()
        self.consumedEnd = range.lowerBound
    }

    /// Parses the span `range` of `text` as one whole expression.
    static func parse(_ text: SourceText, range: SourceRange) throws(LanguageError) -> Syntax {
        var parser = try Parser(text: text, range: range)
        if parser.current.kind == .end {
            throw LanguageError(.parse(.empty), range: parser.current.range)
        }
        let expression = try parser.expression()
        guard parser.current.kind == .end else {
            throw LanguageError(.parse(.trailing(parser.text.slice(parser.current.range))), range: parser.current.range)
        }
        return expression
    }

    // MARK: tokens

    @discardableResult
    private mutating func advance() throws(LanguageError) -> Token {
        let token = current
        consumedEnd = token.range.upperBound
        if token.kind != .end { current = try lexer.next() }
        return token
    }

    private func found(_ token: Token) -> ParseMessage.Found {
        token.kind == .end ? .end : .token(text.slice(token.range))
    }

    /// The closing symbol of what `opening` opened. An expression that ends
    /// before it is reported at the opening symbol (SPEC §10: an unclosed `(`
    /// at the `(`), which is where the reader must look.
    private mutating func expect(_ closing: ParseMessage.Closing, opening: SourceRange) throws(LanguageError) {
        let symbol: Symbol =
            switch closing {
            case .conditional: .colon
            case .parenthesis, .arguments: .rightParen
            case .index, .list: .rightBracket
            }
        guard current.isSymbol(symbol) else {
            let range = current.kind == .end ? opening : current.range
            throw LanguageError(.parse(.expected(closing, found: found(current))), range: range)
        }
        try advance()
    }

    private mutating func enter() throws(LanguageError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw LanguageError(Self.depthMessage, range: current.range)
        }
    }

    private func node(_ kind: Syntax.Kind, from start: Int, children: [Syntax]) throws(LanguageError) -> Syntax {
        let range = SourceRange(lowerBound: start, upperBound: consumedEnd)
        let height = (children.map(\.height).max() ?? 0) + 1
        // A leaf is level 0, so a node of height h nests h - 1 levels.
        if height - 1 > Self.maximumDepth {
            throw LanguageError(Self.depthMessage, range: range)
        }
        return Syntax(kind: kind, range: range, height: height)
    }

    // MARK: grammar

    /// expression := binary ( "?" expression ":" expression )?
    private mutating func expression() throws(LanguageError) -> Syntax {
        try enter()
        defer { depth -= 1 }
        let start = current.range.lowerBound
        let condition = try binary(minimum: 1)
        guard current.isSymbol(.question) else { return condition }
        let question = try advance().range
        let then = try expression()
        try expect(.conditional, opening: question)
        let otherwise = try expression()
        return try node(.conditional(condition, then, otherwise), from: start, children: [condition, then, otherwise])
    }

    /// Left-associative binary operators of at least `minimum` precedence.
    private mutating func binary(minimum: Int) throws(LanguageError) -> Syntax {
        let start = current.range.lowerBound
        var left = try unary()
        while let op = BinaryOperator(current), op.precedence >= minimum {
            let operatorRange = try advance().range
            let right = try binary(minimum: op.precedence + 1)
            left = try node(.binary(op, operatorRange: operatorRange, left, right), from: start, children: [left, right])
        }
        return left
    }

    private mutating func unary() throws(LanguageError) -> Syntax {
        let op: UnaryOperator
        if current.isSymbol(.bang) || current.isWord("not") {
            op = .not
        } else if current.isSymbol(.minus) {
            op = .negate
        } else {
            return try postfix()
        }
        try enter()
        defer { depth -= 1 }
        let start = current.range.lowerBound
        let operatorRange = try advance().range
        let operand = try unary()
        if op == .negate, case .number(let value) = operand.kind {
            return try node(.number(-value), from: start, children: [])
        }
        return try node(.unary(op, operatorRange: operatorRange, operand), from: start, children: [operand])
    }

    private mutating func postfix() throws(LanguageError) -> Syntax {
        let start = current.range.lowerBound
        var base = try primary()
        while true {
            if current.isSymbol(.dot) {
                try advance()
                guard case .word(let name) = current.kind else {
                    throw LanguageError(.parse(.fieldNameExpected(found: found(current))), range: current.range)
                }
                let nameRange = try advance().range
                if current.isSymbol(.leftParen) {
                    let arguments = try callArguments(of: name)
                    base = try node(
                        .method(base, name: name, nameRange: nameRange, arguments: arguments),
                        from: start, children: [base] + arguments)
                } else {
                    base = try node(.member(base, name: name, nameRange: nameRange), from: start, children: [base])
                }
            } else if current.isSymbol(.leftBracket) {
                let bracket = try advance().range
                let subscriptExpression = try expression()
                try expect(.index, opening: bracket)
                base = try node(.index(base, subscriptExpression), from: start, children: [base, subscriptExpression])
            } else {
                return base
            }
        }
    }

    private mutating func primary() throws(LanguageError) -> Syntax {
        let token = current
        let start = token.range.lowerBound
        switch token.kind {
        case .number(let value):
            try advance()
            return try node(.number(value), from: start, children: [])
        case .string(let value):
            try advance()
            return try node(.string(value), from: start, children: [])
        case .word("true"), .word("false"):
            try advance()
            return try node(.bool(token.isWord("true")), from: start, children: [])
        case .word("null"):
            try advance()
            return try node(.null, from: start, children: [])
        case .word(let word) where Keyword.all.contains(word):
            throw LanguageError(.parse(.keywordWithoutOperand(word)), range: token.range)
        case .word(let name):
            try advance()
            guard current.isSymbol(.leftParen) else { return try node(.name(name), from: start, children: []) }
            let arguments = try callArguments(of: name)
            return try node(.call(name: name, nameRange: token.range, arguments: arguments), from: start, children: arguments)
        case .symbol(.leftParen):
            try advance()
            let inner = try expression()
            try expect(.parenthesis, opening: token.range)
            return inner
        case .symbol(.leftBracket):
            try advance()
            var elements: [Syntax] = []
            if !current.isSymbol(.rightBracket) {
                elements.append(try expression())
                while current.isSymbol(.comma) {
                    try advance()
                    elements.append(try expression())
                }
            }
            try expect(.list, opening: token.range)
            return try node(.list(elements), from: start, children: elements)
        case .end:
            throw LanguageError(.parse(.endsEarly), range: token.range)
        case .symbol:
            throw LanguageError(.parse(.operandExpected(found: text.slice(token.range))), range: token.range)
        }
    }

    /// `( expression, … )` after a function or macro name.
    private mutating func callArguments(of name: String) throws(LanguageError) -> [Syntax] {
        let parenthesis = try advance().range
        var arguments: [Syntax] = []
        if !current.isSymbol(.rightParen) {
            arguments.append(try expression())
            while current.isSymbol(.comma) {
                try advance()
                arguments.append(try expression())
            }
        }
        try expect(.arguments(of: name), opening: parenthesis)
        return arguments
    }
}
