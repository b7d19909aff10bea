import Reporters
import Vocabulary

@testable import RuleLanguage

extension ExpressionMessage {
    /// The message as an English run prints it.
    var english: String { MessageText.render(.expression(self), in: .en) }
    /// The message as a Vietnamese run prints it.
    var vietnamese: String { MessageText.render(.expression(self), in: .vi) }
}

extension LanguageError {
    /// The error as an English run prints it.
    var text: String { message.english }
}

extension EvaluationError {
    /// The error as an English run prints it.
    var text: String { message.english }
}

extension ExpressionTrace {
    /// The power-assert line as `explain` prints it in English.
    var rendered: String { line { "error: " + $0.english } }
}
