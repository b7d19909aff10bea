import Vocabulary

/// An evaluation error for one item (null in arithmetic, division by zero,
/// index out of range, bad date…); `range` points at the sub-expression at fault.
/// Built only when thrown: the evaluator's hot path makes no message.
public struct EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: ExpressionMessage
    public var range: SourceRange
    /// Set when the rule ran out of its evaluation budget rather than meeting
    /// a bad value: the rule, not the item, is at fault.
    public var exhausted: EvaluationBudget.Exhausted?

    public init(_ message: ExpressionMessage, range: SourceRange, exhausted: EvaluationBudget.Exhausted? = nil) {
        self.message = message
        self.range = range
        self.exhausted = exhausted
    }

    /// An evaluation message, the usual kind.
    init(_ message: EvaluationMessage, range: SourceRange) {
        self.init(.evaluation(message), range: range)
    }

    public var description: String { "\(message) at \(range)" }
}
