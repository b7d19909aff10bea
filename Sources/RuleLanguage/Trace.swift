import Vocabulary

/// What `tthc explain` shows of one evaluation.
public struct ExpressionTrace: Sendable {
    /// Every sub-expression that was evaluated, in evaluation order (post-order:
    /// operands before the operator), literals omitted; short-circuited operands
    /// are absent. A member path is one entry; an error appears once, on the
    /// sub-expression where it arose.
    public var entries: [TraceEntry]
    public var result: Result<Value, EvaluationError>
    /// The power-assert line up to its result: the root expression with each
    /// direct operand replaced by its value, "12 < 10", "false && …".
    /// Strings are quoted (`"1.000001" == "x"`); an operand that was not
    /// evaluated, or failed, shows as `…`.
    public var operands: String

    public init(entries: [TraceEntry], result: Result<Value, EvaluationError>, operands: String) {
        self.entries = entries
        self.result = result
        self.operands = operands
    }

    /// The power-assert line: `operands`, ` → ` and the result, "12 < 10 →
    /// false"; an error as `failure` words it (the caller knows the language),
    /// "null < 10 → error: `deadline.proposed` is null; …".
    public func line(failure: (ExpressionMessage) -> String) -> String {
        switch result {
        case .success(let value): operands + " → " + ValueText.compact(value)
        case .failure(let error): operands + " → " + failure(error.message)
        }
    }
}

public struct TraceEntry: Sendable, Equatable {
    /// The source slice of the sub-expression.
    public var expression: String
    public var range: SourceRange
    /// The value, or nil when the sub-expression failed.
    public var value: Value?
    /// The evaluation error's message when it failed here.
    public var error: ExpressionMessage?

    public init(expression: String, range: SourceRange, value: Value?, error: ExpressionMessage?) {
        self.expression = expression
        self.range = range
        self.value = value
        self.error = error
    }
}

/// Builds the power-assert line of a trace, up to its result.
enum TraceRenderer {
    static func render(_ root: TypedExpression, operands: [SourceRange: Result<Value, EvaluationError>]) -> String {
        func value(_ node: TypedExpression) -> String {
            if case .constant(let constant) = node.kind { return ValueText.compact(constant) }
            if case .success(let known) = operands[node.range] { return ValueText.compact(known) }
            return "…"
        }
        switch root.kind {
        case .constant, .path, .call(.has, _):
            return root.text
        case .list(let elements):
            return "[" + elements.map(value).joined(separator: ", ") + "]"
        case .member(let base, let field):
            return value(base) + "." + field.name
        case .index(let base, let position):
            return value(base) + "[" + value(position) + "]"
        case .unary(_, let operand):
            let isWord = root.operatorText.unicodeScalars.last?.properties.isAlphabetic ?? false
            return root.operatorText + (isWord ? " " : "") + value(operand)
        case .binary(_, let left, let right):
            return value(left) + " " + root.operatorText + " " + value(right)
        case .conditional(let condition, let then, let otherwise):
            return value(condition) + " ? " + value(then) + " : " + value(otherwise)
        case .call(_, let arguments):
            let name = root.text.prefix { $0 != "(" }.trimmingWhitespace
            return name + "(" + arguments.map(value).joined(separator: ", ") + ")"
        case .macro(let macro, let list, let variable, _, let body):
            return value(list) + "." + macro.rawValue + "(" + variable + ", " + body.text + ")"
        case .hoisted(_, let inner):
            return render(inner, operands: operands)
        case .inline(let name, let arguments, _, _):
            return arguments.isEmpty ? name : name + "(" + arguments.map(value).joined(separator: ", ") + ")"
        }
    }
}

extension Substring {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
