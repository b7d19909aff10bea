import Reporters
import Vocabulary

extension Finding {
    /// The message as an English run prints it.
    var text: String { MessageText.render(message, in: .en) }
    /// The message as a Vietnamese run prints it.
    var vietnamese: String { MessageText.render(message, in: .vi) }
}
