/// A parse or type error; `range` points at the offending token or sub-expression.
public struct LanguageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var range: SourceRange

    public init(message: String, range: SourceRange) {
        self.message = message
        self.range = range
    }

    public var description: String { message }
}
