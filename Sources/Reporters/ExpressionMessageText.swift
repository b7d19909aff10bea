import Vocabulary

/// The words of an error of the rule language: each family of it has its own
/// file (`ParseMessageText`, `TypeMessageText`, `EvaluationMessageText`).
/// Code and operators are in backticks in both languages; the English words
/// are those the rule-language documentation quotes.
enum ExpressionMessageText {
    /// In the language of `w`.
    static func render(_ message: ExpressionMessage, _ w: Words) -> String {
        w.language == .vi ? vietnamese(message, w) : english(message, w)
    }

    static func english(_ message: ExpressionMessage, _ w: Words) -> String {
        switch message {
        case .parse(let m): ParseMessageText.english(m, w)
        case .type(let m): TypeMessageText.english(m, w)
        case .evaluation(let m): EvaluationMessageText.english(m, w)
        }
    }

    static func vietnamese(_ message: ExpressionMessage, _ w: Words) -> String {
        switch message {
        case .parse(let m): ParseMessageText.vietnamese(m, w)
        case .type(let m): TypeMessageText.vietnamese(m, w)
        case .evaluation(let m): EvaluationMessageText.vietnamese(m, w)
        }
    }
}
