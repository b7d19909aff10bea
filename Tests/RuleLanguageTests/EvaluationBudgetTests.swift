import Testing
import Vocabulary

@testable import RuleLanguage

/// The evaluation budget (SPEC §8.7): what counts, exactly, and that the
/// compiled form and the reference evaluator of `explain` stop at the same point.
@Suite struct EvaluationBudgetTests {
    static let environment = TestScope.record(steps: TestScope.threeSteps)

    /// The outcome under `budget` in both evaluators, which must agree.
    static func outcome(
        _ source: String, _ budget: EvaluationBudget, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Result<Value, EvaluationError> {
        let expression = try #require(TestScope.compile(source), sourceLocation: sourceLocation)
        var fast = budget
        let compiled: Result<Value, EvaluationError>
        do {
            compiled = .success(try expression.evaluate(environment, budget: &fast))
        } catch {
            compiled = .failure(error)
        }
        var slow = budget
        let traced = expression.trace(environment, budget: &slow).result
        #expect(compiled == traced, "compiled and reference disagree on `\(source)`", sourceLocation: sourceLocation)
        #expect(fast == slow, "they spent differently on `\(source)`", sourceLocation: sourceLocation)
        return compiled
    }

    static func budget(steps: Int = 1_000, bytes: Int = 1_000) -> EvaluationBudget {
        EvaluationBudget(steps: steps, bytes: bytes)
    }

    @Test(
        "steps: one per element a macro or a list operation goes through; one short of the cost stops the expression",
        arguments: [
            ("steps.all(s, true)", 3),
            ("steps.exists(s, s.by == 'department')", 2),  // stops at the second element
            ("steps.all(s, steps.all(t, true))", 3 + 9),
            ("steps.map(s, s.days).all(d, d > 0)", 3 + 3),
            ("sum(steps.map(s, s.days)) > 0", 3 + 3),
            ("'center' in steps.map(s, s.by)", 3 + 3),
            ("steps.map(s, s.by) == steps.map(s, s.by)", 3 + 3 + 3),
            ("steps.filter(s, s.by == 'center').exists(s, false)", 3 + 2),
        ])
    func steps(source: String, cost: Int) throws {
        let exact = try Self.outcome(source, Self.budget(steps: cost))
        #expect(throws: Never.self, "`\(source)` within \(cost) steps") { try exact.get() }
        let short = try Self.outcome(source, Self.budget(steps: cost - 1))
        guard case .failure(let error) = short else {
            Issue.record("`\(source)` ran within \(cost - 1) steps: \(short)")
            return
        }
        #expect(error.exhausted == .steps(cost - 1))
        #expect(error.text.hasPrefix("stopped after \(cost - 1) evaluation steps, the budget for one rule on one item"))
    }

    @Test(
        "bytes: 16 a list element built, and the bytes of strings built",
        arguments: [
            ("len(steps.map(s, s.by)) == 3", 3 * 16),
            ("len(steps.filter(s, s.by == 'center')) == 2", 2 * 16),
            ("len([code, code]) == 2", 2 * 16),
            ("len(code + level) == 16", 16),  // "1.000001" and "province"
            ("lower(level) == 'province'", 8),
        ])
    func bytes(source: String, cost: Int) throws {
        let exact = try Self.outcome(source, Self.budget(bytes: cost))
        #expect((try? exact.get()) == .bool(true), "`\(source)` within \(cost) bytes: \(exact)")
        let short = try Self.outcome(source, Self.budget(bytes: cost - 1))
        guard case .failure(let error) = short else {
            Issue.record("`\(source)` ran within \(cost - 1) bytes: \(short)")
            return
        }
        #expect(error.exhausted == .bytes(cost - 1))
        #expect(error.text.hasPrefix("stopped after building \(cost - 1) bytes of values"))
    }

    @Test("a message's text counts as bytes built: the budget stops it while it is written, not after")
    func message() throws {
        let template = try RuleCompiler.compileTemplate("steps: {steps.map(s, s.by)}", in: TestScope.procedure)
        let hole = #"["center", "department", "center"]"#
        // The list built, and the text of the hole (the template's own text is not counted).
        var enough = Self.budget(bytes: 3 * 16 + hole.utf8.count)
        #expect(try template.render(Self.environment, budget: &enough) == "steps: " + hole)
        #expect(enough.bytesLeft == 0)
        var short = Self.budget(bytes: 3 * 16 + hole.utf8.count - 1)
        #expect(throws: EvaluationError.self) { try template.render(Self.environment, budget: &short) }
        // A hole printing a list of lists of records stops long before it would be written whole.
        let huge = try RuleCompiler.compileTemplate("{steps.map(s, steps.map(t, steps))}", in: TestScope.procedure)
        // 12 steps and 240 bytes of lists built; its text would be 27 step records.
        var small = Self.budget(steps: 100, bytes: 1_000)
        do {
            _ = try huge.render(Self.environment, budget: &small)
            Issue.record("the message was written within 1,000 bytes")
        } catch {
            #expect(error.exhausted == .bytes(1_000))
        }
    }

    @Test("one budget is spent across the expressions that share it, as a rule's when, assert and message do")
    func shared() throws {
        let when = try #require(TestScope.compile("steps.all(s, true)"))
        let assert = try #require(TestScope.compile("steps.exists(s, false)"))
        var budget = Self.budget(steps: 5)
        #expect(try when.evaluate(Self.environment, budget: &budget) == .bool(true))
        #expect(budget.stepsLeft == 2)
        #expect(throws: EvaluationError.self) { try assert.evaluate(Self.environment, budget: &budget) }
    }

    @Test("numbers in the budget's words are grouped by thousands, as each language groups them")
    func grouped() {
        func stopped(_ exhausted: EvaluationBudget.Exhausted) -> ExpressionMessage { .evaluation(.stopped(exhausted.budget)) }
        #expect(stopped(.steps(10_000_000)).english.hasPrefix("stopped after 10,000,000 evaluation steps"))
        #expect(stopped(.steps(10_000_000)).vietnamese.hasPrefix("dừng sau 10.000.000 bước tính"))
        #expect(stopped(.bytes(67_108_864)).english.hasPrefix("stopped after building 67,108,864 bytes of values"))
        #expect(stopped(.bytes(67_108_864)).vietnamese.hasPrefix("dừng sau khi tạo 67.108.864 byte giá trị"))
        #expect(stopped(.steps(999)).english.hasPrefix("stopped after 999 evaluation steps"))
        #expect(stopped(.steps(1_000)).english.hasPrefix("stopped after 1,000 evaluation steps"))
    }
}
