import Testing
import Vocabulary

@testable import RuleLanguage

/// Every operator, the functions and macros, short-circuits and null.
@Suite struct EvaluationTests {
    static let values: [(String, Value)] = [
        // Arithmetic and strings.
        ("7 / 2", .number(3.5)),
        ("7 % 3", .number(1)),
        ("7.5 % 2", .number(1.5)),
        // Numbers compare at 9 significant digits (SPEC §10).
        ("0.1 + 0.2 == 0.3", .bool(true)), ("2.1 / 7 >= 0.3", .bool(true)), ("0.3 > 2.1 / 7", .bool(false)),
        ("0.3 <= 2.1 / 7", .bool(true)), ("2.1 / 7 != 0.3", .bool(false)), ("0.1 + 0.2 in [0.3]", .bool(true)),
        ("[0.1 + 0.2, 1] == [0.3, 1]", .bool(true)), ("[0.1 + 0.2] != [0.3, 1]", .bool(true)),
        ("1.0000001 == 1", .bool(false)), ("1.0000001 > 1", .bool(true)), ("1.0000000001 == 1", .bool(true)),
        ("0.000000000001 == 0", .bool(false)), ("123456789.4 == 123456789", .bool(true)),
        ("123456789.6 > 123456789", .bool(true)),
        // CEL's decisions: a side that decides wins over the other's error.
        ("deadline.current < 1 || true", .bool(true)), ("true || deadline.current < 1", .bool(true)),
        ("deadline.current < 1 && false", .bool(false)), ("false && deadline.current < 1", .bool(false)),
        ("[0, 1].exists(x, 1 / x > 0)", .bool(true)), ("[0, 1].all(x, 1 / x < 0)", .bool(false)),
        // Dates.
        ("days_between(date('2026-01-01'), date('2026-12-31'))", .number(364)),
        ("days_between(date('2025-03-01'), date('2024-02-29'))", .number(-366)),
        ("add_days(date('2024-02-28'), 1) == date('2024-02-29')", .bool(true)),
        ("add_days(date('2026-12-31'), 1) == date('2027-01-01')", .bool(true)),
        ("add_days(date('2026-03-01'), -1) == date('2026-02-28')", .bool(true)),
        // Strings and lists (SPEC §10).
        ("endsWith('abc', 'bc')", .bool(true)), ("endsWith('abc', 'b')", .bool(false)),
        ("upper('cấp đ')", .string("CẤP Đ")), ("trim('  a b \\n')", .string("a b")),
        ("split('a;b;;c', ';')", .list([.string("a"), .string("b"), .string(""), .string("c")])),
        ("replace('a-b-c', '-', ' / ')", .string("a / b / c")), ("replace('abc', '', 'x')", .string("abc")),
        ("join(['a', 'b'], ', ')", .string("a, b")), ("join(legal_basis, '; ')", .string("Luật 1")),
        ("unique([1, 2, 1, 3, 2])", .list([.number(1), .number(2), .number(3)])),
        ("[1] + [2, 3]", .list([.number(1), .number(2), .number(3)])), ("[] + ['a']", .list([.string("a")])),
        ("legal_basis + ['x']", .list([.string("Luật 1"), .string("x")])),
        ("sort([3, 1, 2])", .list([.number(1), .number(2), .number(3)])),
        ("sort(['b', 'Ă', 'a'])", .list([.string("a"), .string("b"), .string("Ă")])),
        ("sort([date('2026-01-02'), date('2025-12-31')]) == [date('2025-12-31'), date('2026-01-02')]", .bool(true)),
        ("[1, 2, 3].exists_one(x, x > 2)", .bool(true)), ("[1, 2, 3].exists_one(x, x > 1)", .bool(false)),
        ("[1, 2, 3].exists_one(x, x > 5)", .bool(false)),
        ("[1, 2, 3.5].sum(x, x * 2)", .number(13)), ("steps.sum(s, s.days)", .number(0)),
        ("year(date('2026-07-15'))", .number(2026)), ("month(date('2026-07-15'))", .number(7)),
        ("deadline.legal * traits.fee_vnd", .number(0)),
        ("code + '/' + level", .string("1.000001/province")),
        // Ordering on numbers, strings, dates.
        ("1 < 2", .bool(true)), ("2 <= 2", .bool(true)), ("3 > 2", .bool(true)), ("2 >= 3", .bool(false)),
        ("'a' < 'b'", .bool(true)), ("'b' <= 'a'", .bool(false)), ("'abc' > 'abd'", .bool(false)),
        ("as_of < date('2025-12-31')", .bool(true)),
        ("as_of >= date('2025-06-01')", .bool(true)),
        ("as_of > date(\"2025-06-01\")", .bool(false)),
        ("as_of == date('2025-06-01')", .bool(true)),
        // Equality on every type.
        ("code == '1.000001'", .bool(true)), ("code != '1.000001'", .bool(false)),
        ("four_on_spot == false", .bool(true)),
        ("[1, 2] == [1, 2]", .bool(true)), ("[1, 2] != [2, 1]", .bool(true)), ("[] == legal_basis", .bool(false)),
        ("deadline == deadline", .bool(true)),
        ("deadline.current == null", .bool(true)), ("deadline.proposed != null", .bool(true)),
        ("null == null", .bool(true)), ("0 == -0", .bool(true)),
        // in.
        ("'Luật 1' in legal_basis", .bool(true)), ("level in ['district', 'commune']", .bool(false)),
        ("3 in []", .bool(false)), ("deadline.proposed in [12]", .bool(true)),
        // Logic.
        ("true && false", .bool(false)), ("true || false", .bool(true)), ("!four_on_spot", .bool(true)),
        ("true and true", .bool(true)), ("false or false", .bool(false)), ("not four_on_spot", .bool(true)),
        // Ternary and index.
        ("has(deadline.proposed) ? deadline.proposed : deadline.legal", .number(12)),
        ("deadline.current == null ? 'none' : 'some'", .string("none")),
        ("legal_basis[0]", .string("Luật 1")),
        ("[10, 20, 30][2]", .number(30)),
        ("[10, 20, 30][1.0]", .number(20)),
        // Functions.
        ("has(deadline.proposed)", .bool(true)), ("has(deadline.current)", .bool(false)),
        ("has(plan.targets.reduction_rate)", .bool(true)), ("has(code)", .bool(true)),
        ("len('abc')", .number(3)), ("len('Luật')", .number(4)), ("len(legal_basis)", .number(1)), ("len([])", .number(0)),
        ("sum([1, 2, 3.5])", .number(6.5)), ("sum([])", .number(0)),
        ("count([1, 2])", .number(2)), ("count([])", .number(0)),
        ("min([3, 1, 2])", .number(1)), ("max([3, 1, 2])", .number(3)), ("avg([1, 2])", .number(1.5)),
        ("min([])", .null), ("max([])", .null), ("avg([])", .null),
        ("abs(-3)", .number(3)), ("abs(2.5)", .number(2.5)),
        ("round(2.675, 2)", .number(2.68)), ("round(-2.5, 0)", .number(-3)), ("round(2.5, 0)", .number(3)),
        ("round(2.4, 0)", .number(2)), ("round(1250, -2)", .number(1300)), ("round(0.12345, 4)", .number(0.1235)),
        ("round(10 / 27, 4)", .number(0.3704)), ("round(7, 3)", .number(7)),
        ("pct(0.37032)", .string("37.03%")), ("pct(0.324894)", .string("32.49%")), ("pct(0.5)", .string("50.00%")),
        ("pct(1)", .string("100.00%")), ("pct(0)", .string("0.00%")), ("pct(0.00005)", .string("0.01%")),
        ("pct(0.00004)", .string("0.00%")), ("pct(-0.12345)", .string("-12.35%")), ("pct(0.99999)", .string("100.00%")),
        ("pct(12.5)", .string("1250.00%")), ("pct(10 / 27)", .string("37.04%")),
        (#"matches(code, "^\\d\\.\\d{6}$")"#, .bool(true)),
        (#"matches(code + ".H37", "^\\d\\.\\d{6}(\\.000\\.00\\.00)?\\.H37$")"#, .bool(true)),
        (#"matches("1.00001", "^\\d\\.\\d{6}$")"#, .bool(false)),
        ("matches(code, '000')", .bool(true)),
        ("matches(code, level)", .bool(false)),
        ("startsWith(code, '1.')", .bool(true)), ("startsWith(code, '2')", .bool(false)),
        ("contains('abc', 'b')", .bool(true)), ("contains('abc', 'd')", .bool(false)), ("contains('abc', '')", .bool(true)),
        ("contains(legal_basis, 'Luật 1')", .bool(true)), ("contains([1, 2], 3)", .bool(false)),
        ("lower('ABC Đ')", .string("abc đ")),
        ("date('2025-12-31') > as_of", .bool(true)),
        ("date(code == 'x' ? code : '2024-02-29') < as_of", .bool(true)),
    ]

    @Test(arguments: values)
    func evaluates(source: String, expected: Value) {
        #expect(TestScope.value(source) == expected, "\(source)")
    }

    @Test func macros() {
        let withSteps = TestScope.record(steps: TestScope.threeSteps)
        #expect(TestScope.value("steps.all(s, s.by == 'center')", withSteps) == .bool(false))
        #expect(TestScope.value("steps.all(s, s.days >= 1)", withSteps) == .bool(true))
        #expect(TestScope.value("steps.exists(s, s.days > 3)", withSteps) == .bool(true))
        #expect(TestScope.value("steps.exists(s, s.days > 5)", withSteps) == .bool(false))
        #expect(TestScope.value("steps.filter(s, s.by == 'center').map(s, s.days)", withSteps) == .list([.number(1), .number(1)]))
        #expect(TestScope.value("sum(steps.map(s, s.days))", withSteps) == .number(7))
        #expect(TestScope.value("steps.map(s, s.step)", withSteps)
            == .list([.string("receive"), .string("appraise"), .string("return")]))
        #expect(TestScope.value("count(steps.filter(s, s.step in ['receive', 'return']))", withSteps) == .number(2))
        #expect(TestScope.value("steps[1].by", withSteps) == .string("department"))
        #expect(TestScope.value("[[1, 2], [3]].all(l, l.all(x, x > 0))") == .bool(true))
        #expect(TestScope.value("[[1, 2], []].map(l, len(l))") == .list([.number(2), .number(0)]))
        #expect(TestScope.value("[].all(x, false)") == .bool(true))
        #expect(TestScope.value("[].exists(x, true)") == .bool(false))
        #expect(TestScope.value("legal_basis.map(b, lower(b))") == .list([.string("luật 1")]))
    }

    @Test func macrosOnANullList() {
        // `steps` is absent: all → true, exists → false, filter/map → [].
        #expect(TestScope.value("steps.all(s, false)") == .bool(true))
        #expect(TestScope.value("steps.exists(s, true)") == .bool(false))
        #expect(TestScope.value("steps.filter(s, true)") == .list([]))
        #expect(TestScope.value("steps.map(s, s.days)") == .list([]))
        #expect(TestScope.value("sum(steps.map(s, s.days))") == .number(0))
    }

    @Test func shortCircuitsSkipTheRightSide() {
        #expect(TestScope.value("false && 1 / 0 > 1") == .bool(false))
        #expect(TestScope.value("true || 1 / 0 > 1") == .bool(true))
        #expect(TestScope.value("false and deadline.current > 1") == .bool(false))
        #expect(TestScope.value("has(deadline.current) && deadline.current > 1") == .bool(false))
        #expect(TestScope.value("!has(deadline.current) || deadline.current > 1") == .bool(true))
        #expect(TestScope.value("true ? 1 : 1 / 0") == .number(1))
        #expect(TestScope.value("false ? legal_basis[5] : 'ok'") == .string("ok"))
        #expect(TestScope.value("[1, 0].exists(x, 1 / x > 0)") == .bool(true))
        #expect(TestScope.value("[0, 1].all(x, x == 1 && 1 / x > 0)") == .bool(false))
        // Without the guard, the same right side fails.
        #expect(TestScope.evaluationError("true && 1 / 0 > 1")?.text == "division by zero in `1 / 0`")
    }

    @Test func memberAndIndexOfNullAreNull() {
        #expect(TestScope.value("steps[0]") == .null)
        #expect(TestScope.value("steps[0].by") == .null)
        #expect(TestScope.value("steps[0].by == 'center'") == .bool(false))
        #expect(TestScope.value("has(steps)") == .bool(false))
        #expect(TestScope.value("(true ? steps : steps)[3].days") == .null)
        #expect(TestScope.value("has(plan.targets.reduction_rate)", TestScope.record(reductionRate: nil)) == .bool(false))
    }

    static let nullErrors: [(String, String, Int, Int)] = [
        ("deadline.current + 1",
         "`deadline.current` is null; guard the rule with `when: has(deadline.current)`", 0, 16),
        ("1 - deadline.current", "`deadline.current` is null; guard the rule with `when: has(deadline.current)`", 4, 20),
        ("deadline.current < deadline.legal",
         "`deadline.current` is null; guard the rule with `when: has(deadline.current)`", 0, 16),
        ("deadline.legal >= deadline.current",
         "`deadline.current` is null; guard the rule with `when: has(deadline.current)`", 18, 34),
        ("-deadline.current", "`deadline.current` is null; guard the rule with `when: has(deadline.current)`", 1, 17),
        ("![true, null][1]", "`[true, null][1]` is null", 1, 16),
        ("[true, null][1] && true", "`[true, null][1]` is null", 0, 15),
        ("false || [true, null][1]", "`[true, null][1]` is null", 9, 24),
        ("[true, null][1] ? 1 : 2", "`[true, null][1]` is null", 0, 15),
        ("deadline.current in [1]", "`deadline.current` is null; guard the rule with `when: has(deadline.current)`", 0, 16),
        ("avg([]) > 0.5", "`avg([])` is null", 0, 7),
        ("abs(deadline.current)", "`deadline.current` is null; guard the rule with `when: has(deadline.current)`", 4, 20),
        ("sum([1, null])", "an element of `[1, null]` is null", 4, 13),
        ("[1, null].all(x, x > 0)", "`x` is null; guard it with `has(x) && …`", 17, 18),
        ("pct(plan.targets.reduction_rate)",
         "`plan.targets.reduction_rate` is null; guard the rule with `when: has(plan.targets.reduction_rate)`", 4, 31),
    ]

    @Test(arguments: nullErrors)
    func nullInComputationIsAnError(source: String, message: String, lower: Int, upper: Int) {
        let environment = TestScope.record(current: nil, reductionRate: nil)
        let error = TestScope.evaluationError(source, environment)
        #expect(error?.text == message, "\(source)")
        #expect(error?.range == TestScope.range(lower, upper), "\(source)")
    }

    static let otherErrors: [(String, String, Int, Int)] = [
        ("1 / 0", "division by zero in `1 / 0`", 4, 5),
        ("5 % (deadline.legal - 10)", "division by zero in `5 % (deadline.legal - 10)`", 5, 24),
        ("legal_basis[1]", "the index 1 is out of range: `legal_basis` has 1 element", 12, 13),
        ("[1, 2][-1]", "the index -1 is out of range: `[1, 2]` has 2 elements", 7, 9),
        ("legal_basis[0.5]", "the index 0.5 is not a whole number", 12, 15),
        ("date(code)", "`1.000001` is not a date; dates are written YYYY-MM-DD", 5, 9),
        ("matches('x', code + '(')", "`1.000001(` is not a valid regular expression", 13, 23),
        ("round(1, 16)", "the digits of `round` must be a whole number from -15 to 15, found 16", 9, 11),
        ("round(1, 0.5)", "the digits of `round` must be a whole number from -15 to 15, found 0.5", 9, 12),
        ("add_days(date('2026-01-01'), 0.5)", "the days of `add_days` must be a whole number, found 0.5", 29, 32),
        ("add_days(date('9999-12-31'), 1)", "`add_days(date('9999-12-31'), 1)` falls outside the years 1 to 9999", 0, 31),
        ("split('a', '')", "the separator of `split('a', '')` is empty; split on a character or a word", 11, 13),
        ("[1, null].sum(x, x)", "`x` is null; guard it with `has(x) && …`", 17, 18),
        ("sort([1, null])", "an element of `[1, null]` is null", 5, 14),
        // Undecided: no element decides, so the error stands (the first one met).
        ("[0, 1].all(x, 1 / x > 0)", "division by zero in `1 / x`", 18, 19),
        ("[1, 0].exists(x, 1 / x < 0)", "division by zero in `1 / x`", 21, 22),
        ("99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 > 0",
         "", 0, 0),
    ]

    @Test(arguments: otherErrors)
    func evaluationErrors(source: String, message: String, lower: Int, upper: Int) {
        let error = TestScope.evaluationError(source)
        if message.isEmpty {
            #expect(error?.text.hasSuffix("is too large for a number") == true, "\(source)")
            return
        }
        #expect(error?.text == message, "\(source)")
        #expect(error?.range == TestScope.range(lower, upper), "\(source)")
    }

    @Test func aRecordOfTheWrongTypeIsAnErrorNotACrash() throws {
        let expression = try #require(TestScope.compile("code == 'x'"))
        let other = Record(TestScope.traits, [.bool(true), .string("full"), .number(0)])
        #expect(throws: EvaluationError.self) { try expression.evaluate(other) }
        #expect((try? expression.trace(other).result.get()) == nil)
        // A value of the wrong type inside a record of the right type.
        let bad = Record(TestScope.procedure, Array(repeating: Value.number(1), count: TestScope.procedure.fields.count))
        for source in ["code + 'x'", "deadline.legal > 1", "steps.all(s, true)", "legal_basis[0] == 'x'", "len(code)", "!four_on_spot"] {
            let compiled = try #require(TestScope.compile(source))
            #expect(throws: EvaluationError.self, "\(source)") { try compiled.evaluate(bad) }
        }
    }
}
