import Review
import Vocabulary

/// `check --format markdown`: a report to post as a pull-request comment — a
/// heading, a summary line, then a table of the findings or "No findings.".
///
/// Text from the catalog is escaped so that it cannot break the table or turn
/// into markup: `|` becomes `\|` everywhere (also inside code spans, which
/// GitHub's tables require), line breaks become `<br>`, and outside code
/// spans Markdown's punctuation is backslash-escaped.
public struct MarkdownReporter: CheckReporter {
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ report: CheckReport) -> String {
        var out = "## tthc check\n\n"
        out += summary(report) + "\n\n"
        guard !report.findings.isEmpty else {
            return out + "No findings.\n"
        }
        out += "| Severity | Location | Rule | Message | Procedure / sector |\n"
        out += "|---|---|---|---|---|\n"
        for finding in report.findings {
            var location = Self.escape(finding.location.description)
            for related in finding.related {
                location += "<br>related: " + Self.escape(related.description)
            }
            var message = Self.inline(MessageText.render(finding.message, in: language))
            if let basis = finding.basis {
                message += "<br>Basis: " + Self.inline(basis)
            }
            let procedure = finding.procedure.map { code in
                Self.code(code) + (finding.procedureName.map { " " + Self.escape(ProcedureLabel.name($0)) } ?? "")
            }
            let item = [procedure, finding.sector.map { "sector " + Self.code($0) }]
                .compactMap { $0 }.joined(separator: "<br>")
            let cells = [
                Self.severity(finding.severity), location, Self.code(finding.rule), message, item,
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    func summary(_ report: CheckReport) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var text = "\(plural(report.files, "file")), \(plural(report.sectors, "sector")), "
        text += "\(plural(report.procedures, "procedure")) checked against \(Self.code(report.plan)) "
        text += "as of \(report.asOf): **\(plural(report.count(.error), "error"))**, "
        text += "\(plural(report.count(.warning), "warning")), \(report.count(.info)) info"
        if let suppressed = report.suppressed {
            text += ", \(suppressed) suppressed by the baseline"
        }
        return text + "."
    }

    private static func severity(_ severity: Severity) -> String {
        severity == .error ? "**error**" : severity.rawValue
    }

    /// `text` as a code span whose fence is longer than any backtick run in it.
    public static func code(_ text: String) -> String {
        let flat = tableSafe(text, lineBreak: " ")
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// A message as written: its `code spans` kept, other text escaped.
    public static func inline(_ text: String) -> String {
        var out = ""
        let characters = Array(text)
        var i = 0
        var plain = ""
        while i < characters.count {
            guard characters[i] == "`" else {
                plain.append(characters[i])
                i += 1
                continue
            }
            var width = 0
            while i + width < characters.count, characters[i + width] == "`" { width += 1 }
            // The closing run: the next run of exactly `width` backticks.
            var j = i + width
            var close: Int?
            while j < characters.count {
                if characters[j] == "`" {
                    var w = 0
                    while j + w < characters.count, characters[j + w] == "`" { w += 1 }
                    if w == width {
                        close = j
                        break
                    }
                    j += w
                } else {
                    j += 1
                }
            }
            guard let close else {
                plain += String(repeating: "`", count: width)
                i += width
                continue
            }
            out += escape(plain)
            plain = ""
            let fence = String(repeating: "`", count: width)
            out += fence + tableSafe(String(characters[(i + width)..<close]), lineBreak: " ") + fence
            i = close + width
        }
        return out + escape(plain)
    }

    /// Plain text: Markdown and HTML punctuation backslash-escaped, line
    /// breaks as `<br>`.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|":
                out += "\\" + String(character)
            case "\r\n", "\n", "\r":
                out += "<br>"
            default:
                out.append(character)
            }
        }
        return out
    }

    /// Text inside a code span of a table cell: `|` escaped, breaks replaced.
    private static func tableSafe(_ text: String, lineBreak: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\r\n", "\n", "\r": out += lineBreak
            default: out.append(character)
            }
        }
        return out
    }
}
