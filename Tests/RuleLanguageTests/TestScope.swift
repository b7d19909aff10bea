import Testing
import Vocabulary

@testable import RuleLanguage

/// A procedure-like scope for the tests, with optional fields, nested records
/// and lists, built once.
enum TestScope {
    static let deadline = RecordType("deadline", fields: [
        .init("legal", .number), .init("current", .optional(.number)), .init("proposed", .optional(.number)),
    ])
    static let step = RecordType("step", fields: [.init("step", .string), .init("by", .string), .init("days", .number)])
    static let traits = RecordType("traits", fields: [
        .init("interagency", .bool), .init("online", .string), .init("fee_vnd", .number),
    ])
    static let targets = RecordType("targets", fields: [.init("reduction_rate", .optional(.number))])
    static let plan = RecordType("plan", fields: [.init("targets", .record(targets))])
    static let procedure = RecordType("procedure", fields: [
        .init("code", .string),
        .init("level", .string),
        .init("deadline", .record(deadline)),
        .init("steps", .optional(.list(.record(step)))),
        .init("traits", .record(traits)),
        .init("four_on_spot", .bool),
        .init("legal_basis", .list(.string)),
        .init("as_of", .date),
        .init("plan", .record(plan)),
    ])

    struct Step {
        var step: String
        var by: String
        var days: Double
    }

    static func date(_ text: String) -> LocalDate {
        LocalDate(text) ?? LocalDate(year: 2000, month: 1, day: 1)!
    }

    static func record(
        code: String = "1.000001",
        level: String = "province",
        legal: Double = 10,
        current: Double? = nil,
        proposed: Double? = 12,
        steps: [Step]? = nil,
        interagency: Bool = false,
        online: String = "full",
        fee: Double = 0,
        fourOnSpot: Bool = false,
        legalBasis: [String] = ["Luật 1"],
        asOf: String = "2025-06-01",
        reductionRate: Double? = 0.3
    ) -> Record {
        func optional(_ number: Double?) -> Value { number.map(Value.number) ?? .null }
        let stepValues: Value = steps.map { list in
            .list(list.map { .record(Record(step, [.string($0.step), .string($0.by), .number($0.days)])) })
        } ?? .null
        return Record(procedure, [
            .string(code),
            .string(level),
            .record(Record(deadline, [.number(legal), optional(current), optional(proposed)])),
            stepValues,
            .record(Record(traits, [.bool(interagency), .string(online), .number(fee)])),
            .bool(fourOnSpot),
            .list(legalBasis.map(Value.string)),
            .date(date(asOf)),
            .record(Record(plan, [.record(Record(targets, [optional(reductionRate)]))])),
        ])
    }

    static let threeSteps = [
        Step(step: "receive", by: "center", days: 1),
        Step(step: "appraise", by: "department", days: 5),
        Step(step: "return", by: "center", days: 1),
    ]

    /// Compiles against the procedure scope, recording the error as an issue.
    static func compile(_ source: String, expecting: ValueType? = nil) -> CompiledExpression? {
        do {
            return try RuleCompiler.compile(source, in: procedure, expecting: expecting)
        } catch {
            Issue.record("`\(source)` did not compile: \(error.text) at \(error.range)")
            return nil
        }
    }

    /// The value of `source` on `environment`, or the evaluation error.
    static func evaluate(_ source: String, _ environment: Record = record()) -> Result<Value, EvaluationError>? {
        guard let expression = compile(source) else { return nil }
        do {
            return .success(try expression.evaluate(environment))
        } catch {
            return .failure(error)
        }
    }

    static func value(_ source: String, _ environment: Record = record()) -> Value? {
        switch evaluate(source, environment) {
        case .success(let value): return value
        case .failure(let error):
            Issue.record("`\(source)` failed: \(error.text)")
            return nil
        case nil: return nil
        }
    }

    static func evaluationError(_ source: String, _ environment: Record = record()) -> EvaluationError? {
        switch evaluate(source, environment) {
        case .failure(let error): return error
        case .success(let value):
            Issue.record("`\(source)` gave \(ValueText.literal(value)), expected an error")
            return nil
        case nil: return nil
        }
    }

    static func languageError(_ source: String, expecting: ValueType? = nil) -> LanguageError? {
        do {
            let compiled = try RuleCompiler.compile(source, in: procedure, expecting: expecting)
            Issue.record("`\(source)` compiled to a \(compiled.type), expected an error")
            return nil
        } catch {
            return error
        }
    }

    static func range(_ lower: Int, _ upper: Int) -> SourceRange {
        SourceRange(lowerBound: lower, upperBound: upper)
    }
}
