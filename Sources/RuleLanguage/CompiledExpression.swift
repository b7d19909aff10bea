import Vocabulary

/// An expression parsed, type-checked and compiled once, ready to run on
/// every item of its scope. A class: each evaluation on each item passes it
/// around, and one reference is cheaper to pass than its six fields.
public final class CompiledExpression: Sendable {
    public let source: String
    public let type: ValueType
    /// The first name/member path the expression reads, in source order, e.g.
    /// ["deadline", "proposed"] for `deadline.proposed < deadline.legal`;
    /// nil when it reads no name. Macro variables are not names of the scope.
    public let firstPath: [String]?
    let root: TypedExpression
    let scope: RecordType
    private let closure: CompiledClosure

    init(source: String, root: TypedExpression, scope: RecordType) {
        self.source = source
        self.type = root.type
        self.firstPath = root.firstScopePath
        self.root = root
        self.scope = scope
        self.closure = Compiler.compile(root)
    }

    /// The range of the whole expression (inside a template: of its hole).
    public var range: SourceRange { root.range }

    /// Fast path: runs the compiled closure tree; `environment` is a Record of type `scope`.
    public func evaluate(_ environment: Record) throws(EvaluationError) -> Value {
        try closure(try context(environment))
    }

    /// The same, with `pct` and `string` writing numbers in `numbers`' style
    /// (for messages).
    public func evaluate(_ environment: Record, numbers: NumberStyle) throws(EvaluationError) -> Value {
        var context = try context(environment)
        context.numbers = numbers
        return try closure(context)
    }

    /// Slow path for `tthc explain`: the reference evaluator, recording every sub-expression.
    public func trace(_ environment: Record) -> ExpressionTrace {
        var evaluator = ReferenceEvaluator()
        let result: Result<Value, EvaluationError>
        do {
            result = .success(try evaluator.evaluate(root, try context(environment)))
        } catch {
            result = .failure(error)
        }
        let rendered = TraceRenderer.render(root, operands: evaluator.operandOutcomes, result: result)
        return ExpressionTrace(entries: evaluator.entries, result: result, rendered: rendered)
    }

    private func context(_ environment: Record) throws(EvaluationError) -> Context {
        guard environment.type === scope else {
            throw EvaluationError(
                message: "the expression reads a \(scope.name) but was given a \(environment.type.name)", range: root.range)
        }
        return Context(root: environment)
    }
}
