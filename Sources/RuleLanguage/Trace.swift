/// What `tthc explain` shows of one evaluation.
public struct ExpressionTrace: Sendable {
    /// Every sub-expression that was evaluated, in evaluation order (post-order:
    /// operands before the operator), literals omitted; short-circuited operands
    /// are absent. A member path is one entry; an error appears once, on the
    /// sub-expression where it arose.
    public var entries: [TraceEntry]
    public var result: Result<Value, EvaluationError>
    /// Power-assert line: the root expression with each direct operand replaced
    /// by its value, then ` → ` and the result: "12 < 10 → false",
    /// "false && … → false", "null < 10 → error: `deadline.proposed` is null; …".
    /// Strings are quoted (`"1.000001" == "x"`); an operand that was not
    /// evaluated, or failed, shows as `…`.
    public var rendered: String

    public init(entries: [TraceEntry], result: Result<Value, EvaluationError>, rendered: String) {
        self.entries = entries
        self.result = result
        self.rendered = rendered
    }
}

public struct TraceEntry: Sendable, Equatable {
    /// The source slice of the sub-expression.
    public var expression: String
    public var range: SourceRange
    /// The value, or nil when the sub-expression failed.
    public var value: Value?
    /// The evaluation error's message when it failed here.
    public var error: String?

    public init(expression: String, range: SourceRange, value: Value?, error: String?) {
        self.expression = expression
        self.range = range
        self.value = value
        self.error = error
    }
}

/// Builds the power-assert line of a trace.
enum TraceRenderer {
    static func render(
        _ root: TypedExpression,
        operands: [SourceRange: Result<Value, EvaluationError>],
        result: Result<Value, EvaluationError>
    ) -> String {
        func value(_ node: TypedExpression) -> String {
            if case .constant(let constant) = node.kind { return ValueText.literal(constant) }
            if case .success(let known) = operands[node.range] { return ValueText.shown(known) }
            return "…"
        }
        let shown: String
        switch root.kind {
        case .constant, .path, .call(.has, _):
            shown = root.text
        case .list(let elements):
            shown = "[" + elements.map(value).joined(separator: ", ") + "]"
        case .member(let base, let field):
            shown = value(base) + "." + field.name
        case .index(let base, let position):
            shown = value(base) + "[" + value(position) + "]"
        case .unary(_, let operand):
            let isWord = root.operatorText.unicodeScalars.last?.properties.isAlphabetic ?? false
            shown = root.operatorText + (isWord ? " " : "") + value(operand)
        case .binary(_, let left, let right):
            shown = value(left) + " " + root.operatorText + " " + value(right)
        case .conditional(let condition, let then, let otherwise):
            shown = value(condition) + " ? " + value(then) + " : " + value(otherwise)
        case .call(_, let arguments):
            let name = root.text.prefix { $0 != "(" }.trimmingWhitespace
            shown = name + "(" + arguments.map(value).joined(separator: ", ") + ")"
        case .macro(let macro, let list, let variable, _, let body):
            shown = value(list) + "." + macro.rawValue + "(" + variable + ", " + body.text + ")"
        }
        switch result {
        case .success(let value): return shown + " → " + ValueText.shown(value)
        case .failure(let error): return shown + " → error: " + error.message
        }
    }
}

extension Substring {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
