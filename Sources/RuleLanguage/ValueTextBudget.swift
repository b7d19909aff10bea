extension ValueText {
    /// `format(value)` with every byte written charged to `budget` before it
    /// is written: a message hole that would print more than the budget (a
    /// list of lists of every procedure) stops as soon as the budget is spent,
    /// rather than after building the whole text.
    static func format(
        _ value: Value, budget: inout EvaluationBudget, range: SourceRange
    ) throws(EvaluationError) -> String {
        if case .string(let string) = value {
            try budget.bytes(string.utf8.count, range)
            return string
        }
        var text = ""
        try appendLiteral(value, to: &text, budget: &budget, range)
        return text
    }

    /// Bytes of a value's text that a trace shows whole. A value built in a
    /// few steps can stand for far more text (a list holding the same list of
    /// every procedure a thousand times), so traces and `explain` print a
    /// longer one by its length.
    public static let displayLimit = 1 << 20

    /// `literal(value)` when it is at most `maxBytes` bytes long; nil when it
    /// is longer, found without writing more than that.
    public static func literal(_ value: Value, maxBytes: Int) -> String? {
        var budget = EvaluationBudget(steps: 0, bytes: maxBytes)
        var text = ""
        do {
            try appendLiteral(value, to: &text, budget: &budget, .empty(at: 0))
        } catch {
            return nil
        }
        return text
    }

    /// `literal(value)`, or when longer than `displayLimit` its length
    /// (`[237 items]`) or `…`.
    static func shown(_ value: Value) -> String {
        if let text = literal(value, maxBytes: displayLimit) { return text }
        if case .list(let items) = value { return "[\(items.count) \(items.count == 1 ? "item" : "items")]" }
        return "…"
    }

    /// What `literal(value)` writes, piece by piece.
    private static func appendLiteral(
        _ value: Value, to text: inout String, budget: inout EvaluationBudget, _ range: SourceRange
    ) throws(EvaluationError) {
        func write(_ piece: String) throws(EvaluationError) {
            try budget.bytes(piece.utf8.count, range)
            text += piece
        }
        switch value {
        case .list(let elements):
            try write("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { try write(", ") }
                try appendLiteral(element, to: &text, budget: &budget, range)
            }
            try write("]")
        case .record(let record):
            try write("{")
            for (index, (field, element)) in zip(record.type.fields, record.values).enumerated() {
                try write((index > 0 ? ", " : "") + field.name + ": ")
                try appendLiteral(element, to: &text, budget: &budget, range)
            }
            try write("}")
        case .map(let lookup):
            try write("{")
            for (index, key) in lookup.entries.keys.sorted().enumerated() {
                try write((index > 0 ? ", " : "") + quoted(key) + ": ")
                try appendLiteral(lookup[key], to: &text, budget: &budget, range)
            }
            if lookup.fallback != .null {
                try write((lookup.entries.isEmpty ? "" : ", ") + "default: ")
                try appendLiteral(lookup.fallback, to: &text, budget: &budget, range)
            }
            try write("}")
        case .string(let string):
            // Charged before quoting, so that a huge string is not copied first.
            try budget.bytes(string.utf8.count + 2, range)
            let quoted = quoted(string)
            try budget.bytes(quoted.utf8.count - string.utf8.count - 2, range)
            text += quoted
        case .null, .bool, .number, .duration, .date:
            try write(literal(value))
        }
    }
}
