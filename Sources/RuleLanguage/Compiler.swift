import Vocabulary

/// Compiles a typed expression once into a tree of closures, so that
/// evaluating a rule on each of thousands of items never re-walks the AST,
/// re-resolves a name or re-switches on an operator.
typealias CompiledClosure = @Sendable (Context) throws(EvaluationError) -> Value

enum Compiler {
    static func compile(_ node: TypedExpression) -> CompiledClosure {
        let whole = node.operand
        switch node.kind {
        case .constant(let value):
            return { _ throws(EvaluationError) in value }
        case .list(let elements):
            let closures = elements.map(compile)
            let range = node.range
            return { context throws(EvaluationError) in
                try EvaluationCost.list(closures.count, &context.budget.pointee, range)
                var values: [Value] = []
                values.reserveCapacity(closures.count)
                for closure in closures { values.append(try closure(context)) }
                return .list(values)
            }
        case .path(let path):
            return compilePath(path, whole)
        case .member(let base, let field):
            let receiver = compile(base)
            let operand = base.operand
            return { context throws(EvaluationError) in
                try Operations.member(try receiver(context), field, operand)
            }
        case .index(let base, let position):
            let list = compile(base)
            let offset = compile(position)
            let (b, p) = (base.operand, position.operand)
            return { context throws(EvaluationError) in
                try Operations.index(try list(context), try offset(context), b, p)
            }
        case .unary(let op, let operand):
            let inner = compile(operand)
            let o = operand.operand
            switch op {
            case .not: return { context throws(EvaluationError) in try Operations.not(try inner(context), o) }
            case .negate: return { context throws(EvaluationError) in try Operations.negate(try inner(context), o, whole) }
            }
        case .binary(let op, let left, let right):
            return compileBinary(op, left, right, whole)
        case .conditional(let condition, let then, let otherwise):
            let test = compile(condition)
            let first = compile(then)
            let second = compile(otherwise)
            let c = condition.operand
            return { context throws(EvaluationError) in
                try Operations.bool(try test(context), c) ? try first(context) : try second(context)
            }
        case .call(let function, let arguments):
            return compileCall(function, arguments, whole)
        case .macro(let macro, let list, _, let slot, let body):
            return compileMacro(macro, list, slot, body, whole)
        case .inline(_, let arguments, let slot, let body):
            return compileInline(arguments, slot, body)
        case .hoisted(let slot, let inner):
            let closure = compile(inner)
            return { context throws(EvaluationError) in
                guard let shared = context.shared else { return try closure(context) }
                return try shared.value(slot, context, closure)
            }
        }
    }

    /// A definition's use: its arguments, each evaluated once, bound to the
    /// slots its body reads them from.
    private static func compileInline(_ arguments: [TypedExpression], _ slot: Int, _ body: TypedExpression) -> CompiledClosure {
        let values = arguments.map(compile)
        let inner = compile(body)
        guard !values.isEmpty else { return inner }
        return { context throws(EvaluationError) in
            var scope = context
            for (offset, value) in values.enumerated() {
                scope = scope.binding(try value(context), at: slot + offset)
            }
            return try inner(scope)
        }
    }

    private static func compilePath(_ path: Path, _ whole: Operand) -> CompiledClosure {
        switch (path.root, path.fields.count) {
        case (.scope(let index), 0):
            return { context throws(EvaluationError) in try context.scopeValue(index, whole) }
        case (.scope(let index), 1):
            let field = path.fields[0]
            return { context throws(EvaluationError) in
                // `deadline.legal` read in place from the catalog, where the scope allows.
                if let value = context.root.nestedValue(at: index, field: field.index, of: field.record) { return value }
                return try Operations.member(try context.scopeValue(index, whole), field, whole)
            }
        case (.variable(let slot), 0):
            return { context throws(EvaluationError) in try context.variable(slot, whole) }
        default:
            return { context throws(EvaluationError) in try context.read(path, whole) }
        }
    }

    private static func compileBinary(
        _ op: BinaryOperator, _ left: TypedExpression, _ right: TypedExpression, _ whole: Operand
    ) -> CompiledClosure {
        let a = compile(left)
        let b = compile(right)
        let (l, r) = (left.operand, right.operand)
        let range = whole.range
        // Operators whose work grows with a list or a text charge the budget;
        // which ones is known from the static types, so the others stay as they were.
        let listOperands = mayBe(left.type, .list(.any)) || mayBe(right.type, .list(.any))
        let textOperands = mayBe(left.type, .string)
        switch op {
        case .and, .or:
            let decisive = op == .or
            return { context throws(EvaluationError) in
                let first = try Operations.outcome { () throws(EvaluationError) in try Operations.bool(try a(context), l) }
                return try Operations.logical(first, decisive: decisive) { () throws(EvaluationError) in
                    try Operations.bool(try b(context), r)
                }
            }
        case .equal where listOperands, .notEqual where listOperands:
            let equal = op == .equal
            return { context throws(EvaluationError) in
                let x = try a(context)
                let y = try b(context)
                try EvaluationCost.equality(x, &context.budget.pointee, range)
                return .bool(Operations.equal(x, y) == equal)
            }
        case .equal:
            return { context throws(EvaluationError) in .bool(try Operations.equality(try a(context), try b(context), whole)) }
        case .notEqual:
            return { context throws(EvaluationError) in .bool(!(try Operations.equality(try a(context), try b(context), whole))) }
        case .less, .lessEqual, .greater, .greaterEqual:
            return { context throws(EvaluationError) in try Operations.order(op, try a(context), try b(context), l, r, whole) }
        case .in:
            return { context throws(EvaluationError) in
                let x = try a(context)
                let y = try b(context)
                try EvaluationCost.membership(y, &context.budget.pointee, range)
                return try Operations.membership(x, y, l, r)
            }
        case .add where textOperands || listOperands:
            return { context throws(EvaluationError) in
                let x = try a(context)
                let y = try b(context)
                try EvaluationCost.addition(x, y, &context.budget.pointee, range)
                return try Operations.add(x, y, l, r, whole)
            }
        case .add:
            return { context throws(EvaluationError) in try Operations.add(try a(context), try b(context), l, r, whole) }
        case .subtract, .multiply, .divide, .remainder:
            return { context throws(EvaluationError) in
                try Operations.arithmetic(op, try a(context), try b(context), l, r, whole)
            }
        }
    }

    /// Whether a value of static type `type` may be a list (`.list`) or a
    /// string at run time; `any` (the type of `[]`) may be either.
    private static func mayBe(_ type: ValueType, _ kind: ValueType) -> Bool {
        switch (type.nonOptional, kind) {
        case (.any, _), (.list, .list), (.string, .string): true
        default: false
        }
    }

    /// `len` of a list and `count`: the length of a list.
    private static func counts(_ function: Function) -> Bool {
        switch function {
        case .lengthOfList, .count: true
        default: false
        }
    }

    private static func compileCall(_ function: Function, _ arguments: [TypedExpression], _ whole: Operand) -> CompiledClosure {
        let operands = arguments.map(\.operand)
        let range = whole.range
        if EvaluationCost.varies(function) {
            // Functions over a list or a text: charged, then applied.
            let closures = arguments.map(compile)
            let count = closures.count
            return { context throws(EvaluationError) in
                let first = try count > 0 ? closures[0](context) : .null
                let second = try count > 1 ? closures[1](context) : .null
                let third = try count > 2 ? closures[2](context) : .null
                try EvaluationCost.call(function, first, second, third: third, &context.budget.pointee, range)
                if case .string = function, first.numeric != nil {
                    // In the reader's style: only messages ask for another than plain.
                    return .string(context.numbers.localize(ValueText.format(first)))
                }
                if count > 2 { return try Function.apply(function, [first, second, third], operands, whole) }
                return try Function.apply(function, first, second, operands, whole)
            }
        }
        // One and two arguments (every function but a malformed call) are
        // compiled one by one: no array of closures to call through, and no
        // array of values made per call.
        switch arguments.count {
        case 1:
            let argument = compile(arguments[0])
            if Self.counts(function), case .path(let path) = arguments[0].kind, case .scope(let index) = path.root,
                path.fields.isEmpty
            {
                return { context throws(EvaluationError) in
                    // `len(legal_basis)` counted in place, without making the list.
                    if let count = context.root.count(at: index) { return .number(Double(count)) }
                    return try Function.apply(function, try argument(context), .null, operands, whole)
                }
            }
            if case .has = function {
                return { context throws(EvaluationError) in .bool(try argument(context) != .null) }
            }
            if case .pct = function {
                // In the reader's style: only messages ask for another than plain.
                return { context throws(EvaluationError) in
                    let value = try Function.apply(function, try argument(context), .null, operands, whole)
                    guard context.numbers != .plain, case .string(let text) = value else { return value }
                    return .string(context.numbers.localize(text))
                }
            }
            return { context throws(EvaluationError) in
                try Function.apply(function, try argument(context), .null, operands, whole)
            }
        case 2:
            let first = compile(arguments[0])
            let second = compile(arguments[1])
            return { context throws(EvaluationError) in
                let a = try first(context)
                return try Function.apply(function, a, try second(context), operands, whole)
            }
        default:
            break
        }
        let closures = arguments.map(compile)
        return { context throws(EvaluationError) in
            var values: [Value] = []
            values.reserveCapacity(closures.count)
            for closure in closures { values.append(try closure(context)) }
            return try Function.apply(function, values, operands, whole)
        }
    }

    /// Each element a macro goes through is a step; each one `filter` keeps
    /// or `map` makes is an element of a list built.
    private static func compileMacro(
        _ macro: Macro, _ list: TypedExpression, _ slot: Int, _ body: TypedExpression, _ whole: Operand
    ) -> CompiledClosure {
        let range = whole.range
        let receiver = compile(list)
        let inner = compile(body)
        let (l, p) = (list.operand, body.operand)
        let elementBytes = EvaluationBudget.elementBytes
        return { context throws(EvaluationError) in
            guard let elements = try Operations.elements(try receiver(context), l) else {
                return Operations.nullListResult(macro)
            }
            let budget = context.budget
            var scope = context.binding(.null, at: slot)
            switch macro {
            case .all, .exists:
                // As CEL: an element that decides wins over another's error.
                let decisive = macro == .exists
                var undecided: EvaluationError?
                for element in elements {
                    try budget.pointee.step(range)
                    scope.variables[slot] = element
                    switch try Operations.outcome({ () throws(EvaluationError) in try Operations.bool(try inner(scope), p) }) {
                    case .success(let value): if value == decisive { return .bool(decisive) }
                    case .failure(let error): if undecided == nil { undecided = error }
                    }
                }
                if let undecided { throw undecided }
                return .bool(!decisive)
            case .filter:
                var kept: [Value] = []
                for element in elements {
                    try budget.pointee.step(range)
                    scope.variables[slot] = element
                    if try Operations.bool(try inner(scope), p) {
                        try budget.pointee.bytes(elementBytes, range)
                        kept.append(element)
                    }
                }
                return .list(kept)
            case .existsOne:
                var matched = 0
                for element in elements {
                    try budget.pointee.step(range)
                    scope.variables[slot] = element
                    if try Operations.bool(try inner(scope), p) { matched += 1 }
                }
                return .bool(matched == 1)
            case .sum:
                var total = DaySum()
                for element in elements {
                    try budget.pointee.step(range)
                    scope.variables[slot] = element
                    try total.add(try inner(scope), p, whole)
                }
                return try total.result(whole)
            case .map:
                try budget.pointee.bytes(elements.count * elementBytes, range)
                var mapped: [Value] = []
                mapped.reserveCapacity(elements.count)
                for element in elements {
                    try budget.pointee.step(range)
                    scope.variables[slot] = element
                    mapped.append(try inner(scope))
                }
                return .list(mapped)
            }
        }
    }
}
