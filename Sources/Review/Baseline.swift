import Foundation
import Vocabulary

/// Findings already known and accepted, read from a `check --format json`
/// output. A finding is matched by rule, file, procedure code or sector id,
/// and message — never by line or column, so findings keep matching when
/// lines move (which is why messages never hold line numbers).
public struct Baseline: Sendable {
    struct Key: Hashable {
        var rule: String
        var file: String
        var subject: String
        var message: String

        init(rule: String, file: String, procedure: String?, sector: String?, message: String) {
            self.rule = rule
            self.file = file
            subject = procedure.map { "procedure \($0)" } ?? sector.map { "sector \($0)" } ?? ""
            self.message = message
        }

        init(_ finding: Finding) {
            self.init(
                rule: finding.rule, file: finding.location.file, procedure: finding.procedure, sector: finding.sector,
                message: finding.message)
        }
    }

    private var counts: [Key: Int] = [:]

    /// The largest baseline file read (SPEC §8.7), checked before the file is
    /// read, so that a wrong path (a disk image, a log) is refused at once.
    public static let maxFileBytes = 64 << 20

    /// The findings of another run, as a baseline.
    public init(findings: [Finding] = []) {
        for finding in findings {
            counts[Key(finding), default: 0] += 1
        }
    }

    /// Parses the JSON of `check --format json`; the error says what is wrong.
    public static func parse(_ data: Data) -> Result<Baseline, BaselineError> {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return .failure(BaselineError(message: "it is not a JSON object; write it with `tthc check --format json`"))
        }
        guard let findings = root["findings"] as? [[String: Any]] else {
            return .failure(BaselineError(message: "it has no `findings` list; write it with `tthc check --format json`"))
        }
        var baseline = Baseline()
        for (index, finding) in findings.enumerated() {
            guard let rule = finding["rule"] as? String, let file = finding["file"] as? String,
                let message = finding["message"] as? String
            else {
                return .failure(BaselineError(message: "finding \(index + 1) lacks `rule`, `file` or `message`"))
            }
            let key = Key(
                rule: rule, file: file, procedure: finding["procedure"] as? String, sector: finding["sector"] as? String,
                message: message)
            baseline.counts[key, default: 0] += 1
        }
        return .success(baseline)
    }

    /// The report without the findings the baseline holds (each baseline entry
    /// accounts for one finding), with how many it suppressed.
    public func apply(to report: CheckReport) -> CheckReport {
        var remaining = counts
        var kept: [Finding] = []
        for finding in report.findings {
            let key = Key(finding)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
            } else {
                kept.append(finding)
            }
        }
        var filtered = report
        filtered.suppressed = (report.suppressed ?? 0) + report.findings.count - kept.count
        filtered.findings = kept
        return filtered
    }
}

public struct BaselineError: Error, Sendable {
    public var message: String
}
