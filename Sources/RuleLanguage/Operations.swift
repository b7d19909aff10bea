import Foundation
import Vocabulary

/// The run-time meaning of the operators, shared by the compiled closures and
/// the reference evaluator so that both report the same values and messages.
/// Every function checks the values it gets: a well-typed expression only
/// fails here on null or on a bad number, but an environment that does not
/// match its record type must fail with an error, not a trap.
enum Operations {
    static func nullError(_ operand: Operand) -> EvaluationError {
        EvaluationError(.null(operand.text, guard: operand.nullGuard), range: operand.range)
    }

    static func typeError(_ operand: Operand, _ value: Value, expected: EvaluationMessage.Expected) -> EvaluationError {
        EvaluationError(.wrongValue(operand.text, value: ValueText.literal(value), expected: expected), range: operand.range)
    }

    static func number(_ value: Value, _ operand: Operand) throws(EvaluationError) -> Double {
        switch value {
        case .number(let number), .duration(let number, _): return number
        case .null: throw nullError(operand)
        default: throw typeError(operand, value, expected: .number)
        }
    }

    static func bool(_ value: Value, _ operand: Operand) throws(EvaluationError) -> Bool {
        switch value {
        case .bool(let bool): return bool
        case .null: throw nullError(operand)
        default: throw typeError(operand, value, expected: .bool)
        }
    }

    static func string(_ value: Value, _ operand: Operand) throws(EvaluationError) -> String {
        switch value {
        case .string(let string): return string
        case .null: throw nullError(operand)
        default: throw typeError(operand, value, expected: .string)
        }
    }

    static func date(_ value: Value, _ operand: Operand) throws(EvaluationError) -> LocalDate {
        switch value {
        case .date(let date): return date
        case .null: throw nullError(operand)
        default: throw typeError(operand, value, expected: .date)
        }
    }

    static func list(_ value: Value, _ operand: Operand) throws(EvaluationError) -> [Value] {
        switch value {
        case .list(let list): return list
        case .null: throw nullError(operand)
        default: throw typeError(operand, value, expected: .list)
        }
    }

    /// A number result, refusing overflow so that NaN and infinity never flow on.
    static func finite(_ number: Double, _ whole: Operand) throws(EvaluationError) -> Value {
        guard number.isFinite else {
            throw EvaluationError(.tooLarge(whole.text), range: whole.range)
        }
        return .number(number)
    }

    /// A duration result of `kind`, refusing overflow as `finite` does.
    static func finite(_ days: Double, kind: DayKind?, _ whole: Operand) throws(EvaluationError) -> Value {
        guard let kind else { return try finite(days, whole) }
        guard days.isFinite else { throw EvaluationError(.tooLarge(whole.text), range: whole.range) }
        return .duration(days, kind)
    }

    /// The kind of day two operands share: a calendar and a working duration
    /// never meet (SPEC §10); a plain number takes the other side's kind.
    static func dayKind(_ left: Value, _ right: Value, _ whole: Operand) throws(EvaluationError) -> DayKind? {
        switch (left, right) {
        case (.duration(_, let a), .duration(_, let b)):
            guard a == b else { throw EvaluationError(.mixedDayKinds(whole.text), range: whole.range) }
            return a
        case (.duration(_, let kind), _), (_, .duration(_, let kind)): return kind
        default: return nil
        }
    }

    // MARK: operators

    static func negate(_ value: Value, _ operand: Operand, _ whole: Operand) throws(EvaluationError) -> Value {
        try finite(-(try number(value, operand)), whole)
    }

    static func not(_ value: Value, _ operand: Operand) throws(EvaluationError) -> Value {
        .bool(!(try bool(value, operand)))
    }

    static func add(_ left: Value, _ right: Value, _ l: Operand, _ r: Operand, _ whole: Operand) throws(EvaluationError) -> Value {
        if case .string(let a) = left {
            return .string(a + (try string(right, r)))
        }
        if case .list(let a) = left {
            return .list(a + (try list(right, r)))
        }
        let kind = try dayKind(left, right, whole)
        return try finite(try number(left, l) + number(right, r), kind: kind, whole)
    }

    static func arithmetic(
        _ op: BinaryOperator, _ left: Value, _ right: Value, _ l: Operand, _ r: Operand, _ whole: Operand
    ) throws(EvaluationError) -> Value {
        let a = try number(left, l)
        let b = try number(right, r)
        switch op {
        case .add: return try finite(a + b, kind: try dayKind(left, right, whole), whole)
        case .subtract: return try finite(a - b, kind: try dayKind(left, right, whole), whole)
        case .multiply: return try finite(a * b, whole)
        case .divide, .remainder:
            guard b != 0 else {
                throw EvaluationError(.divisionByZero(whole.text), range: r.range)
            }
            return try finite(op == .divide ? a / b : a.truncatingRemainder(dividingBy: b), whole)
        default:
            throw EvaluationError(.notArithmetic(operator: op.symbol), range: whole.range)
        }
    }

    /// `< <= > >=` on two numbers, two strings or two dates.
    static func order(
        _ op: BinaryOperator, _ left: Value, _ right: Value, _ l: Operand, _ r: Operand, _ whole: Operand
    ) throws(EvaluationError) -> Value {
        let ascending: Bool
        let equal: Bool
        switch (left, right) {
        case (.null, _): throw nullError(l)
        case (_, .null): throw nullError(r)
        case (.number, .number), (.number, .duration), (.duration, .number), (.duration, .duration):
            _ = try dayKind(left, right, whole)
            let (a, b) = (left.numeric ?? 0, right.numeric ?? 0)
            equal = sameNumber(a, b)
            ascending = !equal && a < b
        case (.string(let a), .string(let b)): (ascending, equal) = (a < b, a == b)
        case (.date(let a), .date(let b)): (ascending, equal) = (a < b, a == b)
        case (.number, _), (.duration, _), (.string, _), (.date, _):
            throw typeError(r, right, expected: .like(l.text))
        default:
            throw typeError(l, left, expected: .ordered)
        }
        switch op {
        case .less: return .bool(ascending)
        case .lessEqual: return .bool(ascending || equal)
        case .greater: return .bool(!ascending && !equal)
        default: return .bool(!ascending)
        }
    }

    /// The order of `sort`: numbers, strings (by code point of their NFC
    /// text, as `<`) and dates; a list holds one type, so mixed pairs do not occur.
    static func ascending(_ left: Value, _ right: Value) -> Bool {
        if let a = left.numeric, let b = right.numeric { return !sameNumber(a, b) && a < b }
        switch (left, right) {
        case (.string(let a), .string(let b)): return a < b
        case (.date(let a), .date(let b)): return a < b
        default: return false
        }
    }

    static func membership(_ left: Value, _ right: Value, _ l: Operand, _ r: Operand) throws(EvaluationError) -> Value {
        if left == .null { throw nullError(l) }
        return .bool(try list(right, r).contains { equal($0, left) })
    }

    /// `==` and `!=` of two operands: a calendar and a working duration do not compare.
    static func equality(_ left: Value, _ right: Value, _ whole: Operand) throws(EvaluationError) -> Bool {
        if case .duration = left, case .duration = right { _ = try dayKind(left, right, whole) }
        return equal(left, right)
    }

    /// `==`: numbers as `sameNumber` compares them, also inside lists; the rest exactly.
    static func equal(_ left: Value, _ right: Value) -> Bool {
        if let a = left.numeric, let b = right.numeric { return sameNumber(a, b) }
        switch (left, right) {
        case (.list(let a), .list(let b)): return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        default: return left == right
        }
    }

    /// Two numbers are the same when they are equal rounded to 9 significant
    /// decimal digits (SPEC §10), so that `2.1 / 7 >= 0.3` holds and no
    /// message says "30.00% is below 30.00%": binary arithmetic leaves
    /// 0.29999999999999993 where the reader computed 0.3.
    static func sameNumber(_ a: Double, _ b: Double) -> Bool {
        if a == b { return true }
        // Numbers that round to one 9-digit value differ by at most 1e-8 of
        // the larger: the common case is decided without formatting.
        guard (a - b).magnitude <= 1e-8 * max(a.magnitude, b.magnitude), a.isFinite, b.isFinite else { return false }
        return String(format: "%.8e", a) == String(format: "%.8e", b)
    }

    /// CEL's `&&` (`decisive` false) and `||` (`decisive` true) once the left
    /// side is known: a side that decides the result wins even when the other
    /// failed; only an undecided result is an error (the left one first).
    static func logical(
        _ first: Result<Bool, EvaluationError>, decisive: Bool, _ second: () throws(EvaluationError) -> Bool
    ) throws(EvaluationError) -> Value {
        switch first {
        case .success(let value):
            return .bool(value == decisive ? value : try second())
        case .failure(let error):
            if case .success(decisive) = try outcome(second) { return .bool(decisive) }
            throw error
        }
    }

    /// The result of `body`, an evaluation error kept as a value to be decided
    /// on later; a rule out of its budget is thrown at once, never forgiven.
    static func outcome<T>(_ body: () throws(EvaluationError) -> T) throws(EvaluationError) -> Result<T, EvaluationError> {
        do {
            return .success(try body())
        } catch {
            if error.exhausted != nil { throw error }
            return .failure(error)
        }
    }

    /// `.field` of a record; null propagates.
    static func member(_ value: Value, _ field: FieldAccess, _ base: Operand) throws(EvaluationError) -> Value {
        switch value {
        case .record(let record):
            // The index was found in that very type when the expression was checked.
            if record.type === field.record { return record.value(at: field.index) }
            if let found = record[field.name] { return found }
            throw EvaluationError(.missingField(base.text, record: record.type.name, field: field.name), range: base.range)
        case .null:
            return .null
        default:
            throw typeError(base, value, expected: .record)
        }
    }

    /// `list[index]`; a null list gives null.
    static func index(_ value: Value, _ position: Value, _ base: Operand, _ p: Operand) throws(EvaluationError) -> Value {
        if value == .null { return .null }
        if case .map(let lookup) = value {
            if position == .null { return lookup.fallback }
            return lookup[try string(position, p)]
        }
        let elements = try list(value, base)
        let number = try number(position, p)
        guard number == number.rounded(), number.magnitude < 1e15 else {
            throw EvaluationError(.indexNotWhole(number), range: p.range)
        }
        let offset = Int(number)
        guard elements.indices.contains(offset) else {
            throw EvaluationError(.indexOutOfRange(offset, list: base.text, count: elements.count), range: p.range)
        }
        return elements[offset]
    }

    /// A macro's receiver: the elements, or nil for a null list.
    static func elements(_ value: Value, _ operand: Operand) throws(EvaluationError) -> [Value]? {
        value == .null ? nil : try list(value, operand)
    }

    /// What a macro gives for a null list (SPEC: absence is not an error here).
    static func nullListResult(_ macro: Macro) -> Value {
        switch macro {
        case .all: .bool(true)
        case .exists, .existsOne: .bool(false)
        case .filter, .map: .list([])
        case .sum: .number(0)
        }
    }
}
