/// An error of the rule language: parse, type check or evaluation.
public struct ExpressionMessage: Hashable, Sendable {
    /// The error in English, as the language's compiler words it.
    public var english: String

    public init(_ english: String) {
        self.english = english
    }
}
