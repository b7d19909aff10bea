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
    /// The names of the scope the expression reads (its `let`s' are theirs).
    public let namesRead: Set<String>
    let root: TypedExpression
    let scope: RecordType
    private let closure: CompiledClosure

    init(source: String, root: TypedExpression, scope: RecordType) {
        self.source = source
        self.type = root.type
        self.firstPath = root.firstScopePath
        self.namesRead = Set(root.scopeFieldsRead.compactMap { scope.fields.indices.contains($0) ? scope.fields[$0].name : nil })
        self.root = Hoisting.hoist(root, scope: scope)
        self.scope = scope
        self.closure = Compiler.compile(self.root)
    }

    /// The range of the whole expression (inside a template: of its hole).
    public var range: SourceRange { root.range }

    /// Fast path: runs the compiled closure tree; `environment` is a Record of
    /// type `scope`. Under the standard budget of its own.
    public func evaluate(_ environment: Record) throws(EvaluationError) -> Value {
        var budget = EvaluationBudget.standard
        return try evaluate(environment, budget: &budget)
    }

    /// The same, spending from `budget` (a rule's budget on one item), with
    /// `pct` and `string` writing numbers in `numbers`' style (for messages),
    /// reading the rule's `let` names from `lets` and the run's hoisted
    /// values from `shared`.
    public func evaluate(
        _ environment: Record, lets: LetValues? = nil, shared: SharedValues? = nil, budget: inout EvaluationBudget,
        numbers: NumberStyle = .plain
    ) throws(EvaluationError) -> Value {
        try checkScope(environment)
        return try withUnsafeMutablePointer(to: &budget) { pointer throws(EvaluationError) in
            var context = Context(root: environment, budget: pointer)
            context.numbers = numbers
            context.lets = lets
            context.shared = shared
            return try closure(context)
        }
    }

    /// Runs in a context made by another expression (a `let` read by it).
    func run(_ context: Context) throws(EvaluationError) -> Value {
        try closure(context)
    }

    /// Slow path for `tthc explain`: the reference evaluator, recording every
    /// sub-expression, under the standard budget of its own.
    public func trace(_ environment: Record) -> ExpressionTrace {
        var budget = EvaluationBudget.standard
        return trace(environment, budget: &budget)
    }

    /// The same, spending from `budget`: it stops where `evaluate` stops. A
    /// `let` read shows as its value; its own steps are not traced.
    public func trace(_ environment: Record, lets: LetValues? = nil, budget: inout EvaluationBudget) -> ExpressionTrace {
        var evaluator = ReferenceEvaluator()
        let result: Result<Value, EvaluationError>
        do {
            try checkScope(environment)
            result = .success(
                try withUnsafeMutablePointer(to: &budget) { pointer throws(EvaluationError) in
                    var context = Context(root: environment, budget: pointer)
                    context.lets = lets
                    return try evaluator.evaluate(root, context)
                })
        } catch {
            result = .failure(error)
        }
        let operands = TraceRenderer.render(root, operands: evaluator.operandOutcomes)
        return ExpressionTrace(entries: evaluator.entries, result: result, operands: operands)
    }

    private func checkScope(_ environment: Record) throws(EvaluationError) {
        guard environment.type === scope else {
            throw EvaluationError(.wrongScope(expected: scope.name, given: environment.type.name), range: root.range)
        }
    }
}
