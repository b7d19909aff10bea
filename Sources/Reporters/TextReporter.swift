import Review
import Vocabulary

/// `check --format text`: `file:line:col: severity: message [rule]`, a line
/// per related place, then a one-line summary.
public struct TextReporter: CheckReporter {
    public var colors: Bool

    public init(colors: Bool) {
        self.colors = colors
    }

    public func render(_ report: CheckReport) -> String {
        var out = ""
        for finding in report.findings {
            out += "\(finding.location): \(paint(finding.severity)): \(finding.message) [\(finding.rule)]\n"
            for related in finding.related {
                out += "    \(related): note: related location\n"
            }
            if let basis = finding.basis {
                out += "    basis: \(basis)\n"
            }
        }
        out += summary(report) + "\n"
        return out
    }

    func summary(_ report: CheckReport) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(report.files, "file")), \(plural(report.sectors, "sector")), "
            + "\(plural(report.procedures, "procedure")) checked against \(report.plan) as of \(report.asOf): "
            + "\(plural(report.count(.error), "error")), \(plural(report.count(.warning), "warning")), "
            + "\(report.count(.info)) info"
            + (report.suppressed.map { ", \(plural($0, "finding")) suppressed by the baseline" } ?? "")
    }

    private func paint(_ severity: Severity) -> String {
        guard colors else { return severity.rawValue }
        let code =
            switch severity {
            case .error: "1;31"
            case .warning: "1;33"
            case .info: "1;36"
            }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}
