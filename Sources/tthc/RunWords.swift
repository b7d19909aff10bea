import Reporters
import Vocabulary

/// The argument writers of the command line's own messages, in one language:
/// values from the user or the files escaped for a terminal (as `Words` does
/// for findings in Reporters), counts in the language's style.
struct RunWords {
    var language: Language

    /// A path, a code or a name, as code.
    func code(_ text: String) -> String { TextMedium.terminal.code(text) }
    /// Text from outside: a path inside a code span the message writes, git's words.
    func text(_ text: String) -> String { TextMedium.terminal.text(text) }
    func count(_ value: Int) -> String { language.numberStyle.format(Double(value)) }

    /// The system's reason: the C library's words (English), or ours.
    func reason(_ error: SystemError) -> String {
        switch (error, language) {
        case (.code(let code), _): text(SystemError.words(code))
        case (.nothingWritten, .en): "nothing could be written"
        case (.nothingWritten, .vi): "không ghi được gì"
        }
    }
}
