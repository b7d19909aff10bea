import Vocabulary

/// A running sum of numbers and durations (`sum`, `L.sum`, `avg`): the
/// result keeps the durations' kind of day, and a calendar duration added to
/// a working one is an error (SPEC §10).
struct DaySum {
    private(set) var total = 0.0
    private(set) var kind: DayKind?

    /// Adds `value` divided by `divisor` (`avg` divides each term first, so
    /// that a sum of huge numbers cannot overflow).
    mutating func add(
        _ value: Value, dividedBy divisor: Double = 1, _ operand: Operand, _ whole: Operand
    ) throws(EvaluationError) {
        total += try Operations.number(value, operand) / divisor
        guard case .duration(_, let own) = value else { return }
        if let kind, kind != own { throw EvaluationError(.mixedDayKinds(whole.text), range: whole.range) }
        kind = own
    }

    func result(_ whole: Operand) throws(EvaluationError) -> Value {
        try Operations.finite(total, kind: kind, whole)
    }
}
