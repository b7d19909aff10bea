import Foundation
import Vocabulary

/// Findings already known and accepted, read from a `check --format json`
/// output. A finding is matched by its fingerprint alone — never by message,
/// line or column — so a baseline written in another language, before a
/// figure in a message moved or before lines moved, still matches.
public struct Baseline: Sendable {
    /// How many findings of each fingerprint the baseline accepts.
    private var counts: [String: Int] = [:]

    /// The largest baseline file read (SPEC §8.7), checked before the file is
    /// read, so that a wrong path (a disk image, a log) is refused at once.
    public static let maxFileBytes = 64 << 20

    /// The findings of another run, as a baseline.
    public init(findings: [Finding] = []) {
        for finding in findings {
            if let fingerprint = finding.fingerprint { counts[fingerprint, default: 0] += 1 }
        }
    }

    /// Parses the JSON of `check --format json`; the error says what is wrong.
    public static func parse(_ data: Data) -> Result<Baseline, BaselineError> {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return .failure(.notJSON)
        }
        guard let findings = root["findings"] as? [[String: Any]] else {
            return .failure(.noFindings)
        }
        var baseline = Baseline()
        for (index, finding) in findings.enumerated() {
            guard let fingerprint = finding["fingerprint"] as? String, !fingerprint.isEmpty else {
                return .failure(.noFingerprint(finding: index + 1))
            }
            baseline.counts[fingerprint, default: 0] += 1
        }
        return .success(baseline)
    }

    /// The report without the findings the baseline holds (each baseline entry
    /// accounts for one finding), with how many it suppressed.
    public func apply(to report: CheckReport) -> CheckReport {
        var remaining = counts
        var kept: [Finding] = []
        for finding in report.findings {
            if let fingerprint = finding.fingerprint, let count = remaining[fingerprint], count > 0 {
                remaining[fingerprint] = count - 1
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

/// Why a baseline file cannot be used; worded by the CLI.
public enum BaselineError: Error, Sendable, Equatable {
    case notJSON
    case noFindings
    /// Finding N (1-based) has no `fingerprint`: written by an older tthc.
    case noFingerprint(finding: Int)
}
