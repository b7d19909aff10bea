import Vocabulary

/// The outcome of `tthc check`: what was read and what was found, sorted.
public struct CheckReport: Sendable {
    public var asOf: LocalDate
    public var plan: String
    public var files: Int
    public var sectors: Int
    public var procedures: Int
    public var findings: [Finding]

    public init(asOf: LocalDate, plan: String, files: Int, sectors: Int, procedures: Int, findings: [Finding]) {
        self.asOf = asOf
        self.plan = plan
        self.files = files
        self.sectors = sectors
        self.procedures = procedures
        self.findings = findings
    }

    public func count(_ severity: Severity) -> Int {
        findings.count { $0.severity == severity }
    }

    /// Whether any finding is at or above `threshold` (nil: never fail).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity >= threshold }
    }
}
