/// Why an expression could not be evaluated for one item. String arguments
/// are source text of the sub-expression at fault, unless named otherwise.
public enum EvaluationMessage: Hashable, Sendable {
    /// How a null read is best guarded.
    public enum NullGuard: Hashable, Sendable {
        /// Not a name: no advice.
        case none
        /// A name of the rule's scope: `when: has(x)`.
        case rule
        /// A macro variable's field: `has(x) && …`.
        case variable
    }

    /// What a value should have been.
    public enum Expected: Hashable, Sendable {
        case number, bool, string, list, numbers, record, date
        /// A number, a string or a date.
        case ordered
        /// A value of the type of the operand written.
        case like(String)
    }

    /// Why matching a regular expression was abandoned.
    public enum MatchProblem: Hashable, Sendable {
        case steps(Int)
        case memory
    }

    case null(String, guard: NullGuard)
    /// A `when` or `assert` that gave null.
    case nullTruth(String)
    /// `value` is the value as the language writes it (`"10"`, `[1, 2]`).
    case wrongValue(String, value: String, expected: Expected)
    case tooLarge(String)
    /// The whole division; its divisor is where the error points.
    case divisionByZero(String)
    case notArithmetic(operator: String)
    case missingField(String, record: String, field: String)
    case indexNotWhole(Double)
    case indexOutOfRange(Int, list: String, count: Int)
    case argumentCount(String)
    case roundDigits(Double)
    /// The days given to `add_days`.
    case daysNotWhole(Double)
    /// Calendar and working days met in arithmetic or a comparison.
    case mixedDayKinds(String)
    /// `hours(d)` of calendar days, which have no working hours.
    case hoursOfCalendarDays(String)
    /// `add_days` went past the years 1–9999; the whole call.
    case dateOutOfRange(String)
    case nullElement(String)
    /// `split` with an empty separator; the whole call.
    case emptySeparator(String)
    case matchTooCostly(pattern: String, characters: Int, MatchProblem)
    case unbound(String)
    case missingFromScope(String, record: String)
    case wrongScope(expected: String, given: String)
    /// The rule ran out of its budget on the item.
    case stopped(ReviewMessage.Budget)
}
