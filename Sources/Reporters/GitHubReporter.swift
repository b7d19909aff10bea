import Review
import Vocabulary

/// `check --format github`: a GitHub Actions workflow command per finding,
/// `::error file=…,line=…,col=…,title=RULE::message` (`warning` for warnings,
/// `notice` for infos), which the runner shows as annotations on the
/// changed files; then the summary line of `text`, which is not a command.
///
/// The runner reads a command from a line that starts with `::` (after
/// spaces) and, failing that, from `##[command]` anywhere in a line; its
/// commands include `add-mask` and `stop-commands`, which would hide or
/// silence what follows. So catalog text never starts a line: line breaks in
/// messages and properties are `%0A`/`%0D` as the runner decodes them, other
/// controls are shown as `HarmlessText` shows them, and the summary line is
/// made `plainLine`. In an annotation's message `##[` is inert: the line is
/// already a command.
public struct GitHubReporter: CheckReporter {
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ report: CheckReport) -> String {
        var out = ""
        for finding in report.findings {
            let properties = [
                ("file", finding.location.file),
                ("line", String(finding.location.line)),
                ("col", String(finding.location.column)),
                ("title", finding.rule),
            ]
            out += "::\(Self.command(finding.severity)) "
            out += properties.map { "\($0.0)=\(Self.property($0.1))" }.joined(separator: ",")
            out += "::\(Self.data(MessageText.render(finding.message, in: language)))\n"
        }
        out += Self.plainLine(TextReporter(colors: false, language: language).summary(report)) + "\n"
        return out
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A command's message: `%`, CR and LF escaped as the runner decodes them,
    /// other controls shown harmless.
    public static func data(_ text: String) -> String {
        var out = ""
        for scalar in HarmlessText.escape(text, keepingLineBreaks: true).unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: as `data`, and `:` and `,`, which separate properties.
    public static func property(_ text: String) -> String {
        var out = ""
        for scalar in data(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A line that is not a command and cannot be read as one: on one line,
    /// not starting with `::`, and without `##[` (a WORD JOINER, invisible,
    /// breaks either up).
    public static func plainLine(_ text: String) -> String {
        var line = HarmlessText.escape(text).replacing("##[", with: "#\u{2060}#[")
        if line.drop(while: \.isWhitespace).hasPrefix("::") {
            line = "\u{2060}" + line
        }
        return line
    }
}
