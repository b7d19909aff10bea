import Testing

@testable import RuleLanguage

/// Static errors: each message, and the exact range it points at.
@Suite struct TypeCheckerTests {
    static let errors: [(String, String, Int, Int)] = [
        // Names and fields, with "did you mean".
        ("dedline.legal > 1", "unknown name `dedline`; did you mean `deadline`?", 0, 7),
        ("1 + xyzzy", "unknown name `xyzzy`", 4, 9),
        ("deadline.proposd < 1", "`proposd` is not a field of deadline; did you mean `proposed`?", 9, 16),
        ("plan.targets.reduction_rat", "`reduction_rat` is not a field of targets; did you mean `reduction_rate`?", 13, 26),
        ("code.length", "`.length` needs a record, but `code` is string", 5, 11),
        ("len", "`len` is a function; call it as `len(…)`", 0, 3),
        ("[1].all(x, y > 1)", "unknown name `y`; did you mean `x`?", 11, 12),
        // Functions.
        ("sume([1])", "unknown function `sume`; did you mean `sum`?", 0, 4),
        ("startswith(code, '1')", "unknown function `startswith`; did you mean `startsWith`?", 0, 10),
        ("code(1)", "`code` is a field, not a function", 0, 4),
        ("all(steps, s, true)", "`all` is a macro over a list: write `list.all(x, …)`", 0, 3),
        ("round(1)", "`round` takes 2 arguments, found 1: round(number, digits) → number", 0, 8),
        ("len(code, 1)", "`len` takes 1 argument, found 2: len(string or list) → number", 0, 12),
        ("len(1)", "`len` expects a string or a list, found number: len(string or list) → number", 4, 5),
        ("sum(legal_basis)", "`sum` expects a list of numbers, found list of string: sum(list of number) → number", 4, 15),
        ("abs('x')", "`abs` expects a number, found string: abs(number) → number", 4, 7),
        ("round(1, 'x')", "`round` expects a number of digits, found string: round(number, digits) → number", 9, 12),
        ("pct(code)", "`pct` expects a number, found string: pct(number) → string", 4, 8),
        ("lower(1)", "`lower` expects a string, found number: lower(string) → string", 6, 7),
        ("[1].sum(x, 'a')", "the expression of `sum` must be a number, found string", 11, 14),
        ("join([1], ',')",
         "`join` expects a list of strings, found list of number: join(list of string, separator) → string", 5, 8),
        ("sort([true])",
         "`sort` expects a list of numbers, strings or dates, found list of bool: sort(list of number, string or date) → list",
         5, 11),
        ("replace(code, 1, 'a')", "`replace` expects a string, found number: replace(string, old, new) → string", 14, 15),
        ("year(code)", "`year` expects a date, found string: year(date) → number", 5, 9),
        ("days_between(as_of, '2026-01-01')",
         "`days_between` expects a date, found string: days_between(date, date) → number", 20, 32),
        ("add_days(as_of, code)", "`add_days` expects a number, found string: add_days(date, whole number) → date", 16, 20),
        ("count(code)", "`count` expects a list, found string: count(list) → number", 6, 10),
        ("startsWith(code, 1)", "`startsWith` expects a string, found number: startsWith(string, prefix) → bool", 17, 18),
        ("contains(legal_basis, 1)",
         "`contains` expects an element of list of string, found number: contains(string, part) or contains(list of T, T) → bool", 22, 23),
        ("contains(1, 1)",
         "`contains` expects a string or a list, found number: contains(string, part) or contains(list of T, T) → bool", 9, 10),
        ("has(legal_basis[0])", "`has` takes a field path such as `deadline.proposed`: has(path) → bool", 4, 18),
        ("has(1)", "`has` takes a field path such as `deadline.proposed`: has(path) → bool", 4, 5),
        ("matches(code, '(')", "`(` is not a valid regular expression", 14, 17),
        ("date('2025-02-30')", "`2025-02-30` is not a date; dates are written YYYY-MM-DD", 5, 17),
        ("date(1)", "`date` expects a string, found number: date(\"YYYY-MM-DD\") → date", 5, 6),
        // Macros.
        ("steps.foo(s, true)", "unknown method `foo`; the methods are all, exists, exists_one, filter, map and sum", 6, 9),
        ("steps.alll(s, true)", "unknown method `alll`; did you mean `all`?", 6, 10),
        ("code.len(s, true)", "`len` is a function, not a method: write `len(code, …)`", 5, 8),
        ("steps.all", "`all` is a macro: write `steps.all(x, …)`", 6, 9),
        ("code.all(s, true)", "`all` needs a list, but `code` is string", 0, 4),
        ("steps.all(s.by, true)", "the first argument of `all` must be a variable name, such as `x` in list.all(x, predicate)", 10, 14),
        ("steps.all(s)", "`all` takes a variable and a predicate: list.all(x, predicate)", 0, 12),
        ("steps.map(s)", "`map` takes a variable and an expression: list.map(x, expression)", 0, 12),
        ("steps.all(s, s.days)", "the predicate of `all` must be a bool, found number", 13, 19),
        ("steps.filter(s, s.bye == 'x')", "`bye` is not a field of step; did you mean `by`?", 18, 21),
        // Operators.
        ("[1] + ['a']", "`+` needs two numbers, two strings or two lists of one type, found list of number and list of string", 6, 11),
        ("code + 1", "`+` needs two numbers, two strings or two lists of one type, found string and number", 7, 8),
        ("1 + \"x\"", "`+` needs two numbers, two strings or two lists of one type, found number and string", 4, 7),
        ("true + 1", "`+` needs numbers, strings or lists, found bool", 0, 4),
        ("null + 1", "`+` needs numbers, strings or lists, found null", 0, 4),
        ("code - 1", "`-` needs numbers, found string", 0, 4),
        ("2 * four_on_spot", "`*` needs numbers, found bool", 4, 16),
        ("code < 1", "`<` compares values of one type, found string and number", 7, 8),
        ("four_on_spot >= true", "`>=` compares numbers, strings or dates, found bool", 0, 12),
        ("deadline.legal < null", "`<` compares values of one type, found number and null", 17, 21),
        ("code == 1", "`==` compares values of one type, found string and number", 5, 7),
        ("deadline == traits", "`==` compares values of one type, found deadline and traits", 9, 11),
        ("four_on_spot && 1", "`&&` needs bools, found number", 16, 17),
        ("1 or true", "`or` needs bools, found number", 0, 1),
        ("!code", "`!` needs a bool, found string", 1, 5),
        ("not 1", "`not` needs a bool, found number", 4, 5),
        ("-code", "`-` needs a number, found string", 1, 5),
        ("1 in code", "`in` needs a list on its right, found string; for a substring write `contains(code, 1)`", 5, 9),
        ("1 in legal_basis", "`in` looks for number in a list of string", 0, 1),
        ("null in legal_basis", "`in` looks for null in a list of string", 0, 4),
        ("[1, 'a']", "a list holds values of one type: expected number, found string", 4, 7),
        ("true ? 1 : 'a'", "the branches of `?:` must have one type, found number and string", 11, 14),
        ("1 ? 1 : 2", "the condition of `?:` must be a bool, found number", 0, 1),
        ("legal_basis['a']", "a list index must be a number, found string", 12, 15),
        ("code[0]", "`[]` needs a list, but `code` is string", 0, 4),
    ]

    @Test(arguments: errors)
    func typeErrors(source: String, message: String, lower: Int, upper: Int) {
        let error = TestScope.languageError(source)
        #expect(error?.text == message, "\(source)")
        #expect(error?.range == TestScope.range(lower, upper), "\(source)")
    }

    @Test func expectingABool() {
        let number = TestScope.languageError("deadline.legal", expecting: .bool)
        #expect(number?.text == "the expression must be a bool, found number")
        #expect(number?.range == TestScope.range(0, 14))
        #expect(TestScope.languageError("[true, null][0]", expecting: .bool)?.text
            == "the expression must be a bool, found bool or null")
        #expect(TestScope.languageError("null", expecting: .bool)?.text == "the expression must be a bool, found null")
        #expect(TestScope.compile("deadline.proposed < deadline.legal", expecting: .bool)?.type == .bool)
        #expect(TestScope.compile("[]", expecting: .list(.number))?.type == .list(.any))
    }

    static let types: [(String, ValueType)] = [
        ("deadline.proposed", .optional(.number)),
        ("deadline.legal", .number),
        ("steps", .optional(.list(.record(TestScope.step)))),
        ("steps[0]", .optional(.record(TestScope.step))),
        ("steps[0].days", .optional(.number)),
        ("steps.map(s, s.days)", .list(.number)),
        ("steps.filter(s, true)", .list(.record(TestScope.step))),
        ("[]", .list(.any)),
        ("[1, null]", .list(.optional(.number))),
        ("[[], [1]]", .list(.list(.number))),
        ("true ? 1 : null", .optional(.number)),
        ("true ? null : deadline.proposed", .optional(.number)),
        ("true ? [] : legal_basis", .list(.string)),
        ("min([1])", .optional(.number)),
        ("sum([])", .number),
        ("pct(0.5)", .string),
        ("date('2025-01-01')", .date),
        ("as_of", .date),
        ("code + 'x'", .string),
        ("plan.targets.reduction_rate", .optional(.number)),
        ("deadline", .record(TestScope.deadline)),
    ]

    @Test(arguments: types)
    func staticTypes(source: String, type: ValueType) {
        #expect(TestScope.compile(source)?.type == type, "\(source)")
    }

    @Test func optionalTypesPassWhereTheirBaseFits() {
        for source in [
            "deadline.proposed + 1", "deadline.proposed < deadline.legal", "-deadline.current",
            "deadline.proposed in [1, 2]", "abs(deadline.proposed)", "round(deadline.current, 0)",
            "steps[0].days * 2", "![true, null][0]", "sum([1, null])", "deadline.proposed == 3",
            "deadline.proposed == null", "null == null", "null != deadline.current",
        ] {
            #expect(TestScope.compile(source) != nil, "\(source)")
        }
    }

    @Test func macroVariablesShadowScopeNames() {
        #expect(TestScope.compile("[1, 2].all(code, code > 0)")?.type == .bool)
        #expect(TestScope.value("[1, 2].all(code, code > 0)") == .bool(true))
        #expect(TestScope.value("[1].exists(x, [10].exists(x, x == 10))") == .bool(true))
        #expect(TestScope.value("[1].exists(x, [10].map(y, x + y)[0] == 11)") == .bool(true))
        // Outside the macro, the scope name is back.
        #expect(TestScope.value("[1].all(code, code == 1) && code == '1.000001'") == .bool(true))
    }
}
