import Vocabulary

/// A parse or type error; `range` points at the offending token or sub-expression.
public struct LanguageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: ExpressionMessage
    public var range: SourceRange

    public init(_ message: ExpressionMessage, range: SourceRange) {
        self.message = message
        self.range = range
    }

    public var description: String { "\(message) at \(range)" }
}
