/// An evaluation error for one item (null in arithmetic, division by zero,
/// index out of range, bad date…); `range` points at the sub-expression at fault.
public struct EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var range: SourceRange

    public init(message: String, range: SourceRange) {
        self.message = message
        self.range = range
    }

    public var description: String { message }
}
