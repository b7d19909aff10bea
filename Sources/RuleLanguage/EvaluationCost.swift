/// What the operations whose work grows with their operands cost against the
/// budget (`EvaluationBudget`), charged before the work is done. Shared by the
/// compiled closures and the reference evaluator, so that `check` and
/// `explain` stop a rule at the same point.
enum EvaluationCost {
    /// Whether a call of `function` can cost more than a fixed amount; the
    /// compiler charges only these, so the others keep their plain closure.
    static func varies(_ function: Function) -> Bool {
        switch function {
        case .sum, .min, .max, .avg, .containsList, .lengthOfString, .containsString, .startsWith, .lower, .matches,
            .string, .upper, .trim, .endsWith, .split, .replace, .join, .unique, .sort:
            true
        case .has, .lengthOfList, .count, .abs, .round, .pct, .date, .daysBetween, .addDays, .year, .month, .kind, .hours,
            .days:
            false
        }
    }

    static func call(
        _ function: Function, _ first: Value, _ second: Value, third: Value = .null, _ budget: inout EvaluationBudget,
        _ range: SourceRange
    ) throws(EvaluationError) {
        switch function {
        case .sum, .min, .max, .avg, .containsList:
            if case .list(let list) = first { try budget.steps(list.count, range) }
        case .lengthOfString, .containsString, .matches:
            if case .string(let text) = first { try budget.reading(text, range) }
        case .startsWith:
            if case .string(let prefix) = second { try budget.reading(prefix, range) }
        case .endsWith:
            if case .string(let suffix) = second { try budget.reading(suffix, range) }
        case .lower, .upper, .trim, .split:
            if case .string(let text) = first {
                try budget.reading(text, range)
                try budget.bytes(text.utf8.count, range)
            }
        case .replace:
            // The text is read once to count the occurrences, and the result
            // charged before it is built: a short text can grow a lot.
            if case .string(let text) = first, case .string(let old) = second, case .string(let new) = third {
                try budget.reading(text, range)
                let occurrences = old.isEmpty ? 0 : text.components(separatedBy: old).count - 1
                try budget.bytes(text.utf8.count + occurrences * max(0, new.utf8.count - old.utf8.count), range)
            }
        case .join:
            if case .list(let list) = first {
                try budget.steps(list.count, range)
                let bytes = list.reduce(0) { total, element in
                    if case .string(let part) = element { return total + part.utf8.count }
                    return total
                }
                let separator = if case .string(let s) = second { s.utf8.count } else { 0 }
                try budget.bytes(bytes + separator * max(list.count - 1, 0), range)
            }
        case .unique, .sort:
            if case .list(let list) = first {
                // n log n comparisons for sort, n hashes for unique.
                try budget.steps(list.count * max(1, Int.bitWidth - list.count.leadingZeroBitCount), range)
                try budget.bytes(list.count * EvaluationBudget.elementBytes, range)
            }
        case .string:
            // The text of a list or record is as long as what it holds.
            if case .list(let list) = first { try budget.steps(list.count, range) }
            try budget.bytes(ValueText.literal(first, maxBytes: 1 << 20)?.utf8.count ?? (1 << 20), range)
        case .has, .lengthOfList, .count, .abs, .round, .pct, .date, .daysBetween, .addDays, .year, .month, .kind, .hours,
            .days:
            break
        }
    }

    /// `==` and `!=` go through lists element by element.
    static func equality(_ left: Value, _ budget: inout EvaluationBudget, _ range: SourceRange) throws(EvaluationError) {
        if case .list(let list) = left { try budget.steps(list.count, range) }
        if case .map(let lookup) = left { try budget.steps(lookup.entries.count, range) }
    }

    /// `x in list` goes through the list.
    static func membership(_ right: Value, _ budget: inout EvaluationBudget, _ range: SourceRange) throws(EvaluationError) {
        if case .list(let list) = right { try budget.steps(list.count, range) }
    }

    /// `a + b` of two strings builds a new one.
    static func addition(
        _ left: Value, _ right: Value, _ budget: inout EvaluationBudget, _ range: SourceRange
    ) throws(EvaluationError) {
        if case .string(let a) = left, case .string(let b) = right { try budget.bytes(a.utf8.count + b.utf8.count, range) }
        if case .list(let a) = left, case .list(let b) = right { try list(a.count + b.count, &budget, range) }
    }

    /// A list of `count` elements built.
    static func list(_ count: Int, _ budget: inout EvaluationBudget, _ range: SourceRange) throws(EvaluationError) {
        try budget.bytes(count * EvaluationBudget.elementBytes, range)
    }
}
