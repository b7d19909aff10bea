/// The reference evaluator: walks the typed tree directly, recording each
/// sub-expression it evaluates. It is the slow path behind `tthc explain` and
/// the oracle the compiled closures are tested against, so it re-implements
/// the control flow (short-circuits, macros, null propagation) on its own and
/// shares only the primitive operations.
struct ReferenceEvaluator {
    private(set) var entries: [TraceEntry] = []
    /// The outcomes of the root's direct operands, by range, for the power-assert line.
    private(set) var operandOutcomes: [SourceRange: Result<Value, EvaluationError>] = [:]
    private var depth = 0
    /// Set once the error being thrown has its entry, so ancestors add none.
    private var errorRecorded = false

    mutating func evaluate(_ node: TypedExpression, _ context: Context) throws(EvaluationError) -> Value {
        if case .constant(let value) = node.kind { return value }
        depth += 1
        defer { depth -= 1 }
        do {
            let value = try compute(node, context)
            record(node, .success(value))
            return value
        } catch {
            if !errorRecorded {
                errorRecorded = true
                entries.append(TraceEntry(expression: node.text, range: node.range, value: nil, error: error.message))
            }
            if depth == 2 { operandOutcomes[node.range] = .failure(error) }
            throw error
        }
    }

    /// Entries a trace keeps: a macro body records one per element, and a
    /// rule stopped by its budget may have gone through millions.
    static let maxEntries = 100_000

    private mutating func record(_ node: TypedExpression, _ outcome: Result<Value, EvaluationError>) {
        if case .success(let value) = outcome, entries.count < Self.maxEntries {
            entries.append(TraceEntry(expression: node.text, range: node.range, value: value, error: nil))
        }
        if depth == 2 { operandOutcomes[node.range] = outcome }
    }

    private mutating func compute(_ node: TypedExpression, _ context: Context) throws(EvaluationError) -> Value {
        let whole = node.operand
        switch node.kind {
        case .constant(let value):
            return value
        case .list(let elements):
            try EvaluationCost.list(elements.count, &context.budget.pointee, node.range)
            var values: [Value] = []
            for element in elements { values.append(try evaluate(element, context)) }
            return .list(values)
        case .path(let path):
            return try context.read(path, whole)
        case .member(let base, let field):
            return try Operations.member(try evaluate(base, context), field, base.operand)
        case .index(let base, let position):
            let list = try evaluate(base, context)
            let offset = try evaluate(position, context)
            return try Operations.index(list, offset, base.operand, position.operand)
        case .unary(.not, let operand):
            return try Operations.not(try evaluate(operand, context), operand.operand)
        case .unary(.negate, let operand):
            return try Operations.negate(try evaluate(operand, context), operand.operand, whole)
        case .binary(let op, let left, let right):
            return try binary(op, left, right, whole, context)
        case .conditional(let condition, let then, let otherwise):
            let test = try Operations.bool(try evaluate(condition, context), condition.operand)
            return try evaluate(test ? then : otherwise, context)
        case .call(.has, let arguments):
            guard let path = arguments.first else { return .bool(false) }
            return .bool(try evaluate(path, context) != .null)
        case .call(let function, let arguments):
            var values: [Value] = []
            for argument in arguments { values.append(try evaluate(argument, context)) }
            try EvaluationCost.call(
                function, values.first ?? .null, values.count > 1 ? values[1] : .null,
                third: values.count > 2 ? values[2] : .null, &context.budget.pointee, whole.range)
            return try Function.apply(function, values, arguments.map(\.operand), whole)
        case .macro(let macro, let list, _, let slot, let body):
            return try self.macro(macro, list, slot, body, whole, context)
        case .hoisted(_, let inner):
            // Traced in full, as if computed for this item.
            return try compute(inner, context)
        case .inline(_, let arguments, let slot, let body):
            var scope = context
            for (offset, argument) in arguments.enumerated() {
                scope = scope.binding(try evaluate(argument, context), at: slot + offset)
            }
            // The body's ranges are offsets into its definition's text: none
            // of them is an operand of the root's power-assert line.
            let outer = depth
            depth = Self.definitionDepth
            defer { depth = outer }
            return try evaluate(body, scope)
        }
    }

    /// The depth a definition's body is evaluated at: below any operand line.
    private static let definitionDepth = 1_000

    private mutating func binary(
        _ op: BinaryOperator, _ left: TypedExpression, _ right: TypedExpression, _ whole: Operand, _ context: Context
    ) throws(EvaluationError) -> Value {
        if op == .and || op == .or {
            // The right side is not evaluated when the left decides: it cannot fail.
            let first = try truth(left, context)
            do {
                return try Operations.logical(first, decisive: op == .or) { () throws(EvaluationError) in
                    try Operations.bool(try evaluate(right, context), right.operand)
                }
            } catch {
                // Undecided: the error thrown has its entry where it arose.
                errorRecorded = true
                throw error
            }
        }
        let a = try evaluate(left, context)
        let b = try evaluate(right, context)
        let (l, r) = (left.operand, right.operand)
        switch op {
        case .equal, .notEqual:
            try EvaluationCost.equality(a, &context.budget.pointee, whole.range)
            return .bool(try Operations.equality(a, b, whole) == (op == .equal))
        case .less, .lessEqual, .greater, .greaterEqual: return try Operations.order(op, a, b, l, r, whole)
        case .in:
            try EvaluationCost.membership(b, &context.budget.pointee, whole.range)
            return try Operations.membership(a, b, l, r)
        case .add:
            try EvaluationCost.addition(a, b, &context.budget.pointee, whole.range)
            return try Operations.add(a, b, l, r, whole)
        default: return try Operations.arithmetic(op, a, b, l, r, whole)
        }
    }

    private mutating func macro(
        _ macro: Macro, _ list: TypedExpression, _ slot: Int, _ body: TypedExpression, _ whole: Operand,
        _ context: Context
    ) throws(EvaluationError) -> Value {
        let range = whole.range
        guard let elements = try Operations.elements(try evaluate(list, context), list.operand) else {
            return Operations.nullListResult(macro)
        }
        // Charged as the compiled form charges, so that both stop at the same point.
        if macro == .map { try EvaluationCost.list(elements.count, &context.budget.pointee, range) }
        var results: [Value] = []
        var matched = 0
        var total = DaySum()
        var undecided: EvaluationError?
        for element in elements {
            try context.budget.pointee.step(range)
            if macro == .all || macro == .exists {
                // As CEL: an element that decides wins over another's error.
                switch try truth(body, context.binding(element, at: slot)) {
                case .success(let value): if value == (macro == .exists) { return .bool(value) }
                case .failure(let error): if undecided == nil { undecided = error }
                }
                continue
            }
            let value = try evaluate(body, context.binding(element, at: slot))
            switch macro {
            case .all, .exists:
                break
            case .filter:
                if try Operations.bool(value, body.operand) {
                    try EvaluationCost.list(1, &context.budget.pointee, range)
                    results.append(element)
                }
            case .map:
                results.append(value)
            case .existsOne:
                if try Operations.bool(value, body.operand) { matched += 1 }
            case .sum:
                try total.add(value, body.operand, whole)
            }
        }
        if let undecided {
            errorRecorded = true
            throw undecided
        }
        switch macro {
        case .all: return .bool(true)
        case .exists: return .bool(false)
        case .existsOne: return .bool(matched == 1)
        case .sum: return try total.result(whole)
        case .filter, .map: return .list(results)
        }
    }

    /// A bool operand as `Operations.outcome` keeps it. An error kept to be
    /// decided on later has its trace entry already; one after it needs its own.
    private mutating func truth(
        _ node: TypedExpression, _ context: Context
    ) throws(EvaluationError) -> Result<Bool, EvaluationError> {
        do {
            return .success(try Operations.bool(try evaluate(node, context), node.operand))
        } catch {
            if error.exhausted != nil { throw error }
            errorRecorded = false
            return .failure(error)
        }
    }
}
