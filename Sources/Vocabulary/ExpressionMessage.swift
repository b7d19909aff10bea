/// An error of the rule language, as a value: which check found it (the
/// case) and the message of that check with its typed arguments — operands as
/// their source text, types as the language names them (`number or null`).
/// Worded in English or Vietnamese only where it is printed
/// (`ExpressionMessageText` in Reporters).
///
/// Indirect, so that an error the evaluator may throw stays a few words wide
/// (typed throws pass it on the stack through every compiled closure); the
/// box is made only when an error is.
public indirect enum ExpressionMessage: Hashable, Sendable {
    /// The text does not lex or parse (also a message template's braces).
    case parse(ParseMessage)
    /// The expression parses but does not type-check, or a literal in it
    /// (a date, a regular expression) is invalid.
    case type(TypeMessage)
    /// The expression could not be evaluated for one item.
    case evaluation(EvaluationMessage)
}
