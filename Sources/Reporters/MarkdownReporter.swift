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
        var out = "## \(say(.heading))\n\n"
        out += say(.markdownSummary(CheckLabel.Tally(report)), medium: .markdown(inTable: false)) + "\n\n"
        guard !report.findings.isEmpty else {
            return out + say(.noFindings) + "\n"
        }
        let titles: [CheckLabel] = [.severityColumn, .locationColumn, .ruleColumn, .messageColumn, .subjectColumn]
        out += "| " + titles.map { MarkdownText.plain(say($0)) }.joined(separator: " | ") + " |\n"
        out += "|---|---|---|---|---|\n"
        for finding in report.findings {
            var location = MarkdownText.plain(finding.location.description)
            for related in finding.related {
                location += "<br>\(say(.related)): " + MarkdownText.plain(related.description)
            }
            var message = MessageText.render(finding.message, in: language, medium: .markdown)
            if let basis = finding.basis {
                message += "<br>\(say(.basisTitle)): " + MarkdownText.inline(basis)
            }
            let procedure = finding.procedure.map { code in
                MarkdownText.code(code) + (finding.procedureName.map { " " + MarkdownText.plain(ProcedureLabel.name($0)) } ?? "")
            }
            let item = [procedure, finding.sector.map { say(.sector) + " " + MarkdownText.code($0) }]
                .compactMap { $0 }.joined(separator: "<br>")
            let cells = [
                severity(finding.severity), location, MarkdownText.code(finding.rule), message, item,
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// A label in the report's language; anything from the catalog in it escaped for Markdown.
    private func say(_ label: CheckLabel, medium: TextMedium = .markdown) -> String {
        CheckLabelText.render(label, in: language, medium: medium)
    }

    /// The severity as the reader's language words it, errors in bold.
    private func severity(_ severity: Severity) -> String {
        let word = SeverityText.word(severity, language)
        return severity == .error ? "**\(word)**" : word
    }
}
