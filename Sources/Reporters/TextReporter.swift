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
        // Paths, messages and bases come from the catalog and the rules: shown harmless (SPEC §8.6).
        let shown = { (text: String) in HarmlessText.escape(text) }
        var out = ""
        for finding in report.findings {
            out += "\(shown(finding.location.description)): \(paint(finding.severity)): "
                + "\(MessageText.render(finding.message, in: language, medium: .terminal)) [\(shown(finding.rule))]\n"
            if let subject = Self.subject(of: finding, language: language) {
                out += "    \(shown(subject))\n"
            }
            for related in finding.related {
                out += "    \(shown(related.description)): note: " + language.pick("related location", "vị trí liên quan") + "\n"
            }
            if let basis = finding.basis {
                out += "    " + language.pick("basis", "căn cứ") + ": \(shown(basis))\n"
            }
        }
        out += summary(report) + "\n"
        return out
    }

    /// What a finding is about, for the line under it: the procedure's code
    /// and name (cut to 60 characters), or the sector.
    static func subject(of finding: Finding, language: Language) -> String? {
        if let code = finding.procedure {
            return code + (finding.procedureName.map { " " + ProcedureLabel.name($0) } ?? "")
        }
        return finding.sector.map { (language == .vi ? "lĩnh vực " : "sector ") + $0 }
    }

    func summary(_ report: CheckReport) -> String {
        let plan = HarmlessText.escape(report.plan)
        let suppressed = report.suppressed.map {
            language.pick(", \($0) suppressed by the baseline", ", \($0) phát hiện đã có trong baseline")
        } ?? ""
        guard language == .en else {
            return "đã kiểm tra \(report.files) tệp, \(report.sectors) lĩnh vực, \(report.procedures) thủ tục "
                + "theo đề án \(plan) tại ngày \(language.date(report.asOf)): \(report.count(.error)) lỗi, "
                + "\(report.count(.warning)) cảnh báo, \(report.count(.info)) thông tin" + suppressed
        }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(report.files, "file")), \(plural(report.sectors, "sector")), "
            + "\(plural(report.procedures, "procedure")) checked against \(plan) as of \(report.asOf): "
            + "\(plural(report.count(.error), "error")), \(plural(report.count(.warning), "warning")), "
            + "\(report.count(.info)) info" + suppressed
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
