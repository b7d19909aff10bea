import Vocabulary

/// A parse or type error; `range` points at the offending token or sub-expression.
public struct LanguageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: ExpressionMessage
    public var range: SourceRange
    /// The `define:` entry whose text `range` points into; nil when it
    /// points into the expression being compiled.
    public var definition: String?

    public init(_ message: ExpressionMessage, range: SourceRange, definition: String? = nil) {
        self.message = message
        self.range = range
        self.definition = definition
    }

    public var description: String { "\(message) at \(range)" }
}
