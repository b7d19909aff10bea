/// One thing the review found, at one place; printed by a reporter, never here.
public struct Finding: Hashable, Sendable {
    public var rule: String
    public var severity: Severity
    public var message: String
    public var location: Location
    /// The sector id and procedure code the finding is about, where known.
    public var sector: String?
    public var procedure: String?
    /// The legal reference of the rule, shown beside the finding.
    public var basis: String?
    /// Other places that explain the finding (the first of two duplicates).
    public var related: [Location]

    public init(
        rule: String, severity: Severity, message: String, location: Location,
        sector: String? = nil, procedure: String? = nil, basis: String? = nil, related: [Location] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.sector = sector
        self.procedure = procedure
        self.basis = basis
        self.related = related
    }

    /// The one order of findings everywhere: file, line, column, rule id, then
    /// message so that equal places still sort the same way every run.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted {
            ($0.location.file, $0.location.line, $0.location.column, $0.rule, $0.message)
                < ($1.location.file, $1.location.line, $1.location.column, $1.rule, $1.message)
        }
    }
}
