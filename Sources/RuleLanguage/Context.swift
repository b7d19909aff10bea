import Vocabulary

/// What an expression reads at run time: the scope record, the values of the
/// macro variables in force (slot i is the i-th enclosing macro's element),
/// the rule's `let` values, and the budget being spent. The budget is a pointer to the caller's
/// counter, valid for the one evaluation: counting a step is a decrement in
/// place, with no allocation and no reference counting.
struct Context {
    var root: Record
    var variables: [Value] = []
    // Unowned: a context lives inside the one evaluation whose caller holds
    // these, and is copied at every macro and inline call; counting the
    // references was four atomic operations an expression on every item.
    unowned(unsafe) var lets: LetValues?
    /// The run's values of hoisted sub-expressions; nil computes them in place.
    unowned(unsafe) var shared: SharedValues?
    let budget: UnsafeMutablePointer<EvaluationBudget>
    /// How `pct` and `string` write numbers: a Vietnamese message says `37,03%`.
    var numbers: NumberStyle = .plain

    init(root: Record, budget: UnsafeMutablePointer<EvaluationBudget>) {
        self.root = root
        self.budget = budget
    }

    func variable(_ slot: Int, _ operand: Operand) throws(EvaluationError) -> Value {
        guard variables.indices.contains(slot) else {
            throw EvaluationError(.unbound(operand.text), range: operand.range)
        }
        return variables[slot]
    }

    func scopeValue(_ index: Int, _ operand: Operand) throws(EvaluationError) -> Value {
        guard index >= 0, index < root.fieldCount else {
            throw EvaluationError(.missingFromScope(operand.text, record: root.type.name), range: operand.range)
        }
        return root.value(at: index)
    }

    func binding(_ index: Int, _ operand: Operand) throws(EvaluationError) -> Value {
        guard let lets else { throw EvaluationError(.unbound(operand.text), range: operand.range) }
        return try lets.value(index, self)
    }

    /// The context for a macro body, with `element` in `slot`.
    func binding(_ element: Value, at slot: Int) -> Context {
        var inner = self
        while inner.variables.count <= slot { inner.variables.append(.null) }
        inner.variables[slot] = element
        return inner
    }

    /// Reads a path: the root, then each field; null propagates.
    func read(_ path: Path, _ operand: Operand) throws(EvaluationError) -> Value {
        var value: Value
        switch path.root {
        case .scope(let index): value = try scopeValue(index, operand)
        case .variable(let slot): value = try variable(slot, operand)
        case .binding(let index, _): value = try binding(index, operand)
        }
        let fields = path.fields
        var at = 0
        while at < fields.count {
            if case .null = value { return .null }
            // Two fields at once where the record's table reads the inner one
            // in place (`p.deadline.legal`): the same value, without the inner record.
            if at + 1 < fields.count, case .record(let record) = value, record.type === fields[at].record,
                let inner = record.nestedValue(at: fields[at].index, field: fields[at + 1].index, of: fields[at + 1].record)
            {
                value = inner
                at += 2
                continue
            }
            value = try Operations.member(value, fields[at], operand)
            at += 1
        }
        return value
    }
}
