import Reporters
import YAMLTree

extension YAMLError {
    /// The error as an English run prints it.
    var english: String { MessageText.render(.syntax(message), in: .en) }
}
