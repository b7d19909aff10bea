import Testing

@testable import RuleLanguage

@Suite struct TraceTests {
    func trace(_ source: String, _ environment: Record = TestScope.record()) -> ExpressionTrace? {
        TestScope.compile(source)?.trace(environment)
    }

    func summary(_ trace: ExpressionTrace?) -> [String] {
        (trace?.entries ?? []).map { entry in
            "\(entry.expression) = " + (entry.value.map(ValueText.literal) ?? "error: \(entry.error.map(\.english) ?? "")")
        }
    }

    @Test func powerAssertLines() {
        let withSteps = TestScope.record(steps: TestScope.threeSteps)
        let cases: [(String, Record, String)] = [
            ("deadline.proposed < deadline.legal", TestScope.record(), "12 < 10 → false"),
            ("has(deadline.current) && deadline.current > 1", TestScope.record(), "false && … → false"),
            ("has(deadline.current) and deadline.current > 1", TestScope.record(), "false and … → false"),
            ("four_on_spot || deadline.legal > 5", TestScope.record(), "false || true → true"),
            ("deadline.current < deadline.legal", TestScope.record(),
             "null < 10 → error: `deadline.current` is null; guard the rule with `when: has(deadline.current)`"),
            ("deadline.legal / (deadline.legal - 10) > 1", TestScope.record(), "… > 1 → error: division by zero in `deadline.legal / (deadline.legal - 10)`"),
            ("deadline.legal > 5", TestScope.record(), "10 > 5 → true"),
            ("code == \"x\"", TestScope.record(), "\"1.000001\" == \"x\" → false"),
            ("(deadline.legal + 2) * 2", TestScope.record(), "12 * 2 → 24"),
            ("not four_on_spot", TestScope.record(), "not false → true"),
            ("!four_on_spot", TestScope.record(), "!false → true"),
            ("-deadline.legal", TestScope.record(), "-10 → -10"),
            ("four_on_spot ? 1 : deadline.legal", TestScope.record(), "false ? 1 : 10 → 10"),
            ("has(deadline.proposed)", TestScope.record(), "has(deadline.proposed) → true"),
            ("len(legal_basis)", TestScope.record(), "len([\"Luật 1\"]) → 1"),
            ("round(deadline.legal / 3, 2)", TestScope.record(), "round(3.333333333333, 2) → 3.33"),
            ("deadline.proposed", TestScope.record(), "deadline.proposed → 12"),
            ("true", TestScope.record(), "true → true"),
            ("[deadline.legal, 1]", TestScope.record(), "[10, 1] → [10, 1]"),
            ("legal_basis[0]", TestScope.record(), "[\"Luật 1\"][0] → \"Luật 1\""),
            // Records print by their name, lists of records by their length.
            ("steps[0].by", withSteps, "{step}.by → \"center\""),
            ("steps.map(s, s.days)", withSteps,
             "[3 items].map(s, s.days) → [1, 5, 1]"),
            ("steps.all(s, s.by == 'center')", TestScope.record(), "null.all(s, s.by == 'center') → true"),
        ]
        for (source, environment, rendered) in cases {
            #expect(trace(source, environment)?.rendered == rendered, "\(source)")
        }
    }

    @Test func entriesArePostOrderWithoutLiterals() {
        #expect(summary(trace("deadline.proposed < deadline.legal"))
            == ["deadline.proposed = 12", "deadline.legal = 10", "deadline.proposed < deadline.legal = false"])
        #expect(summary(trace("deadline.legal > 5 && code == 'x'"))
            == ["deadline.legal = 10", "deadline.legal > 5 = true", "code = \"1.000001\"", "code == 'x' = false",
                "deadline.legal > 5 && code == 'x' = false"])
        #expect(summary(trace("date('2025-01-01') < as_of ? [-1, 2] : []"))
            == ["as_of = 2025-06-01", "date('2025-01-01') < as_of = true",
                "date('2025-01-01') < as_of ? [-1, 2] : [] = [-1, 2]"])
        #expect(summary(trace("[1, 2] == [1]")) == ["[1, 2] == [1] = false"])
        #expect(summary(trace("len(lower(code)) + 1"))
            == ["code = \"1.000001\"", "lower(code) = \"1.000001\"", "len(lower(code)) = 8", "len(lower(code)) + 1 = 9"])
    }

    @Test func shortCircuitedOperandsAreAbsent() {
        #expect(summary(trace("has(deadline.current) && deadline.current > 1"))
            == ["deadline.current = null", "has(deadline.current) = false",
                "has(deadline.current) && deadline.current > 1 = false"])
        #expect(summary(trace("deadline.legal > 1 ? code : level"))
            == ["deadline.legal = 10", "deadline.legal > 1 = true", "code = \"1.000001\"",
                "deadline.legal > 1 ? code : level = \"1.000001\""])
    }

    @Test func macroBodiesAreTracedPerElement() {
        let withSteps = TestScope.record(steps: TestScope.threeSteps)
        #expect(summary(trace("steps.all(s, s.by == 'center')", withSteps))
            == ["steps = [{step: \"receive\", by: \"center\", days: 1}, {step: \"appraise\", by: \"department\", days: 5}, {step: \"return\", by: \"center\", days: 1}]",
                "s.by = \"center\"", "s.by == 'center' = true",
                "s.by = \"department\"", "s.by == 'center' = false",
                "steps.all(s, s.by == 'center') = false"])
    }

    @Test func anErrorTheOtherSideDecidesIsForgiven() {
        let result = trace("deadline.current < deadline.legal || true")
        #expect(summary(result)
            == ["deadline.current = null", "deadline.legal = 10",
                "deadline.current < deadline.legal = error: `deadline.current` is null; guard the rule with `when: has(deadline.current)`",
                "deadline.current < deadline.legal || true = true"])
        #expect(result?.rendered == "… || true → true")
    }

    @Test func anErrorIsRecordedWhereItArose() {
        let result = trace("deadline.current < deadline.legal && true")
        #expect(summary(result)
            == ["deadline.current = null", "deadline.legal = 10",
                "deadline.current < deadline.legal = error: `deadline.current` is null; guard the rule with `when: has(deadline.current)`"])
        #expect(result?.entries.last?.range == TestScope.range(0, 33))
        #expect(result?.rendered
            == "… && true → error: `deadline.current` is null; guard the rule with `when: has(deadline.current)`")
        if case .failure(let error)? = result?.result {
            #expect(error.range == TestScope.range(0, 16))
        } else {
            Issue.record("expected a failure")
        }
    }

    @Test func traceResultMatchesEvaluate() throws {
        for source in ["deadline.proposed < deadline.legal", "deadline.current + 1", "sum([1, 2])", "legal_basis[3]"] {
            let compiled = try #require(TestScope.compile(source))
            let traced = compiled.trace(TestScope.record()).result
            let direct = Result { () throws(EvaluationError) -> Value in try compiled.evaluate(TestScope.record()) }
            #expect(String(describing: traced) == String(describing: direct), "\(source)")
        }
    }

    static let firstPaths: [(String, [String]?)] = [
        ("deadline.proposed < deadline.legal", ["deadline", "proposed"]),
        ("steps.all(s, s.by == 'center')", ["steps"]),
        ("matches(code, '^1')", ["code"]),
        ("1 < 2", nil),
        ("[1].all(code, code > 0)", nil),
        ("[1].all(x, x > deadline.legal)", ["deadline", "legal"]),
        ("has(plan.targets.reduction_rate)", ["plan", "targets", "reduction_rate"]),
        ("steps[0].by == 'x'", ["steps"]),
        ("1 + len(legal_basis)", ["legal_basis"]),
        ("four_on_spot ? deadline.legal : deadline.current", ["four_on_spot"]),
        ("(deadline).legal", ["deadline", "legal"]),
        ("deadline", ["deadline"]),
    ]

    @Test(arguments: firstPaths)
    func firstPath(source: String, path: [String]?) {
        #expect(TestScope.compile(source)?.firstPath == path, "\(source)")
    }
}
