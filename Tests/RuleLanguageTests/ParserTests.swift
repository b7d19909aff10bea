import Testing

@testable import RuleLanguage

/// Precedence, associativity and the spelling of the syntax.
@Suite struct ParserTests {
    static let precedence: [(String, Value)] = [
        ("1 + 2 * 3", .number(7)),
        ("(1 + 2) * 3", .number(9)),
        ("10 - 4 - 3", .number(3)),
        ("100 / 10 / 5", .number(2)),
        ("7 % 4 * 2", .number(6)),
        ("2 * 7 % 4", .number(2)),
        ("1 + 2 * 3 - 4 / 2", .number(5)),
        ("-2 * 3", .number(-6)),
        ("- 2 - 3", .number(-5)),
        ("2 - -2", .number(4)),
        ("--2", .number(2)),
        ("-(1 + 2)", .number(-3)),
        ("-7 % 3", .number(-1)),
        ("1 + 2 < 4", .bool(true)),
        ("1 < 2 == true", .bool(true)),
        ("1 == 1 != false", .bool(true)),
        ("2 in [1, 2] == true", .bool(true)),
        ("1 + 2 == 3 && 2 * 2 == 4", .bool(true)),
        ("true || false && false", .bool(true)),
        ("(true || false) && false", .bool(false)),
        ("false && true || true", .bool(true)),
        ("!true || true", .bool(true)),
        ("!(true || true)", .bool(false)),
        ("!!true", .bool(true)),
        ("not true or true", .bool(true)),
        ("not (true or true)", .bool(false)),
        ("true and not false", .bool(true)),
        ("false or true and false", .bool(false)),
        ("true ? 1 : false ? 2 : 3", .number(1)),
        ("false ? 1 : false ? 2 : 3", .number(3)),
        ("false ? 1 : true ? 2 : 3", .number(2)),
        ("true ? false ? 1 : 2 : 3", .number(2)),
        ("1 < 2 ? 'a' : 'b'", .string("a")),
        ("false || true ? 1 : 2", .number(1)),
        ("'a' + 'b' + 'c'", .string("abc")),
        ("-deadline.legal + 1", .number(-9)),
        ("legal_basis[0] + '!'", .string("Luật 1!")),
        ("[[1, 2], [3]][1][0]", .number(3)),
        ("0.5 + 0.25", .number(0.75)),
        ("\"a\\\"b\" + 'c\\'d' + \"\\\\\"", .string("a\"bc'd\\")),
        ("'tab\\there' == \"tab\there\"", .bool(true)),
        ("len('line\\nbreak')", .number(10)),
    ]

    @Test(arguments: precedence)
    func precedenceAndAssociativity(source: String, expected: Value) {
        #expect(TestScope.value(source) == expected, "\(source)")
    }

    static let syntaxErrors: [(String, String, Int, Int)] = [
        ("", "the expression is empty", 0, 0),
        ("   ", "the expression is empty", 3, 3),
        ("\"abc", "unterminated string; it needs a closing `\"`", 0, 4),
        ("code == 'x", "unterminated string; it needs a closing `'`", 8, 10),
        ("(1 + 2", "expected `)` to close `(`, found the end of the expression", 0, 1),
        ("(1 + 2 3", "expected `)` to close `(`, found `3`", 7, 8),
        ("len(code", "expected `)` to close the arguments of `len`, found the end of the expression", 3, 4),
        ("[1, 2", "expected `]` to close the list, found the end of the expression", 0, 1),
        ("legal_basis[0", "expected `]` to close `[`, found the end of the expression", 11, 12),
        ("true ? 1", "expected `:` between the branches of `?:`, found the end of the expression", 5, 6),
        ("1 + * 2", "unexpected `*`; expected an operand", 4, 5),
        ("1 2", "unexpected `2` after a complete expression", 2, 3),
        ("code = \"x\"", "unexpected `=`; write `==` to compare", 5, 6),
        ("a & b", "unexpected `&`; write `&&` (or `and`)", 2, 3),
        ("a | b", "unexpected `|`; write `||` (or `or`)", 2, 3),
        ("1 @ 2", "unexpected character `@`", 2, 3),
        ("four_on_spot and", "the expression ends too early; expected an operand", 16, 16),
        ("and x", "`and` needs an operand before it", 0, 3),
        ("1e3", "a number is written with digits and one `.` only (no exponent or suffix), found `1e3`", 0, 3),
        ("'\\d'", "unknown escape `\\d` in a string; write `\\\\` for a backslash", 1, 3),
        ("deadline.", "expected a field name after `.`, found the end of the expression", 9, 9),
        ("deadline.(1)", "expected a field name after `.`, found `(`", 9, 10),
        ("1.", "expected a field name after `.`, found the end of the expression", 2, 2),
        ("\u{1EAD}", "unknown name `\u{1EAD}`", 0, 1),
        ("\"\u{1EAD}\" + ", "the expression ends too early; expected an operand", 6, 6),
    ]

    @Test(arguments: syntaxErrors)
    func syntaxErrorsPointAtTheToken(source: String, message: String, lower: Int, upper: Int) {
        let error = TestScope.languageError(source)
        #expect(error?.text == message, "\(source)")
        #expect(error?.range == TestScope.range(lower, upper), "\(source)")
    }

    @Test func keywordsAfterADotAreFieldNames() {
        #expect(TestScope.languageError("deadline.in == null")?.text == "`in` is not a field of deadline")
    }

    @Test func numbersTooLargeForADouble() {
        let digits = String(repeating: "9", count: 400)
        let error = TestScope.languageError(digits)
        #expect(error?.text == "the number `\(digits)` is too large")
        #expect(error?.range == TestScope.range(0, 400))
    }

    @Test func unicodeRangesCountScalars() {
        // "ậ" is one scalar (NFC): the `1` is at offset 6.
        let error = TestScope.languageError("\"\u{1EAD}\" + 1")
        #expect(error?.range == TestScope.range(6, 7))
    }

    static func nested(_ open: String, _ close: String, _ levels: Int, around inner: String = "1") -> String {
        String(repeating: open, count: levels) + inner + String(repeating: close, count: levels)
    }

    @Test func nestingIsBoundedAt256Levels() {
        let message = "the expression nests more than 256 levels deep"
        #expect(TestScope.value(Self.nested("(", ")", 256)) == .number(1))
        #expect(TestScope.languageError(Self.nested("(", ")", 257))?.text == message)
        #expect(TestScope.value(Self.nested("[", "]", 255) + " == " + Self.nested("[", "]", 255)) == .bool(true))
        #expect(TestScope.languageError(Self.nested("[", "]", 257))?.text == message)
        #expect(TestScope.value(String(repeating: "!", count: 256) + "true") == .bool(true))
        #expect(TestScope.languageError(String(repeating: "!", count: 257) + "true")?.text == message)
        #expect(TestScope.value(Self.nested("abs(", ")", 256)) == .number(1))
        #expect(TestScope.languageError(Self.nested("abs(", ")", 257))?.text == message)
        // Deep expressions also trace (the reference evaluator recurses too); `-(` is two levels.
        let deep = TestScope.compile(Self.nested("-(", ")", 127, around: "deadline.legal"))
        #expect(deep?.trace(TestScope.record()).entries.count == 128)
        #expect((try? deep?.trace(TestScope.record()).result.get()) == .number(-10))
        // A long flat chain is as deep as it is long.
        #expect(TestScope.value(Array(repeating: "1", count: 200).joined(separator: " + ")) == .number(200))
        #expect(TestScope.languageError(Array(repeating: "1", count: 300).joined(separator: " + "))?.text == message)
        #expect(TestScope.languageError(String(repeating: "deadline.", count: 300) + "legal")?.text == message)
        #expect(TestScope.languageError(Self.nested("[", "]", 400) + " == 1")?.text == message)
    }

    @Test func hostileInputsFailQuickly() {
        let message = "the expression nests more than 256 levels deep"
        #expect(TestScope.languageError(String(repeating: "(", count: 100_000))?.text == message)
        #expect(TestScope.languageError(String(repeating: "-", count: 100_000) + "1")?.text == message)
        #expect(TestScope.languageError(String(repeating: "[", count: 100_000))?.text == message)
        #expect(TestScope.languageError(String(repeating: "1 ? ", count: 100_000))?.text == message)
        #expect(TestScope.languageError(String(repeating: "legal_basis[", count: 100_000))?.text == message)
        #expect(TestScope.languageError(String(repeating: "\"", count: 100_001)) != nil)
        #expect(TestScope.languageError(String(repeating: ")", count: 100_000)) != nil)
        #expect(TestScope.languageError(Array(repeating: "1 == 1", count: 20_000).joined(separator: " || "))?.text == message)
    }
}
