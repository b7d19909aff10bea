import Review
import Vocabulary

/// `check --format text`: `file:line:col: severity: message [rule]`, a line
/// per related place, then a one-line summary.
public struct TextReporter: CheckReporter {
    public var colors: Bool
    public var language: Language

    public init(colors: Bool, language: Language = .en) {
        self.colors = colors
        self.language = language
    }

    public func render(_ report: CheckReport) -> String {
        findingLines(report.findings) + summary(report) + "\n"
    }

    /// The lines of `findings`, each with its subject, related places and basis.
    public func findingLines(_ findings: [Finding]) -> String {
        // Paths, messages and bases come from the catalog and the rules: shown harmless.
        let shown = { (text: String) in HarmlessText.escape(text) }
        var out = ""
        for finding in findings {
            out += "\(shown(finding.location.description)): \(paint(finding.severity)): "
                + "\(MessageText.render(finding.message, in: language, medium: .terminal)) [\(shown(finding.rule))]\n"
            if let subject = Self.subject(of: finding, language: language) {
                out += "    \(shown(subject))\n"
            }
            for related in finding.related {
                out += "    \(shown(related.description)): note: \(say(.relatedLocation))\n"
            }
            if let basis = finding.basis {
                out += "    \(say(.basis)): \(shown(basis))\n"
            }
        }
        return out
    }

    /// What a finding is about, for the line under it: the procedure's code
    /// and name (cut to 60 characters), or the sector.
    static func subject(of finding: Finding, language: Language) -> String? {
        if let code = finding.procedure {
            return code + (finding.procedureName.map { " " + ProcedureLabel.name($0) } ?? "")
        }
        return finding.sector.map { CheckLabelText.render(.sector, in: language) + " " + $0 }
    }

    /// The closing line: what was checked against which plan, and how many findings of each severity.
    func summary(_ report: CheckReport) -> String {
        say(.summary(CheckLabel.Tally(report)))
    }

    private func say(_ label: CheckLabel) -> String {
        CheckLabelText.render(label, in: language, medium: .terminal)
    }

    private func paint(_ severity: Severity) -> String {
        let word = SeverityText.word(severity, language)
        guard colors else { return word }
        let code =
            switch severity {
            case .error: "1;31"
            case .warning: "1;33"
            case .info: "1;36"
            }
        return "\u{1B}[\(code)m\(word)\u{1B}[0m"
    }
}
