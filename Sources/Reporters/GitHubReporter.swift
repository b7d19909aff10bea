import Review
import Vocabulary

/// `check --format github`: a GitHub Actions workflow command per finding,
/// `::error file=…,line=…,col=…,title=RULE::message` (`warning` for warnings,
/// `notice` for infos), which the runner shows as annotations on the
/// changed files; then the summary line of `text`, which is not a command.
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
        out += TextReporter(colors: false, language: language).summary(report) + "\n"
        return out
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A command's message: `%`, CR and LF escaped as the runner decodes them.
    public static func data(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
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
}
