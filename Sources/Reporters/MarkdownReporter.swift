import Review
import Vocabulary

/// `check --format markdown`: a report to post as a pull-request comment — a
/// heading, a summary line, then a table of the findings or "No findings.".
///
/// Text from the catalog and the rules goes through `MarkdownText`, so that
/// it cannot break the table or turn into markup, mentions or links.
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
            var location = MarkdownText.plain(finding.location.description)
            for related in finding.related {
                location += "<br>related: " + MarkdownText.plain(related.description)
            }
            var message = MessageText.render(finding.message, in: language, medium: .markdown)
            if let basis = finding.basis {
                message += "<br>Basis: " + MarkdownText.inline(basis)
            }
            let procedure = finding.procedure.map { code in
                MarkdownText.code(code) + (finding.procedureName.map { " " + MarkdownText.plain(ProcedureLabel.name($0)) } ?? "")
            }
            let item = [procedure, finding.sector.map { "sector " + MarkdownText.code($0) }]
                .compactMap { $0 }.joined(separator: "<br>")
            let cells = [
                Self.severity(finding.severity), location, MarkdownText.code(finding.rule), message, item,
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    func summary(_ report: CheckReport) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var text = "\(plural(report.files, "file")), \(plural(report.sectors, "sector")), "
        text += "\(plural(report.procedures, "procedure")) checked against \(MarkdownText.code(report.plan, inTable: false)) "
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
}
