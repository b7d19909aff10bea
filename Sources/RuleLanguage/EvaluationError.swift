/// An evaluation error for one item (null in arithmetic, division by zero,
/// index out of range, bad date…); `range` points at the sub-expression at fault.
public struct EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var range: SourceRange
    /// Set when the rule ran out of its evaluation budget rather than meeting
    /// a bad value: the rule, not the item, is at fault.
    public var exhausted: EvaluationBudget.Exhausted?

    public init(message: String, range: SourceRange, exhausted: EvaluationBudget.Exhausted? = nil) {
        self.message = message
        self.range = range
        self.exhausted = exhausted
    }

    public var description: String { message }
}
