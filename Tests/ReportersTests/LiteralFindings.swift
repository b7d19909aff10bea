import Reporters
import Review
import Vocabulary

// Sample findings written as literals: a message literal stands for a rule's
// own message from rules/, a procedure literal for a code without a name.

extension Message: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self = .rule(RuleText(single: value))
    }
}

extension CheckReport.CheckedProcedure: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.init(code: value, name: "")
    }
}

extension Finding {
    /// The message as an English run prints it.
    var text: String { MessageText.render(message, in: .en) }
}
