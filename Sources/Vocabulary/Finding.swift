/// One thing the review found, at one place; printed by a reporter, never here.
public struct Finding: Hashable, Sendable {
    public var rule: String
    public var severity: Severity
    public var message: Message
    public var location: Location
    /// The sector id and procedure code the finding is about, where known.
    public var sector: String?
    public var procedure: String?
    /// The procedure's name, so every output can say which procedure it is.
    public var procedureName: String?
    /// The legal reference of the rule, shown beside the finding.
    public var basis: String?
    /// Other places that explain the finding (the first of two duplicates).
    public var related: [Location]
    /// For built-in checks, the key path involved (`deadline.legal`,
    /// `waivers.rule`): it tells two findings of one check on one subject apart
    /// in the fingerprint, where line and column may not count.
    public var keyPath: String?
    /// A stable identity across runs, languages and edits elsewhere (see
    /// `Fingerprint`); set once the whole report is known.
    public var fingerprint: String?

    public init(
        rule: String, severity: Severity, message: Message, location: Location,
        sector: String? = nil, procedure: String? = nil, procedureName: String? = nil, basis: String? = nil,
        related: [Location] = [], keyPath: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.sector = sector
        self.procedure = procedure
        self.procedureName = procedureName
        self.basis = basis
        self.related = related
        self.keyPath = keyPath
    }

    /// A finding of a built-in check, its rule id and severity from the one
    /// table of them (`BuiltinRule`).
    public init(
        _ check: BuiltinRule, message: Message, location: Location, sector: String? = nil, procedure: String? = nil,
        procedureName: String? = nil, related: [Location] = [], keyPath: String? = nil
    ) {
        self.init(
            rule: check.rawValue, severity: check.severity, message: message, location: location, sector: sector,
            procedure: procedure, procedureName: procedureName, related: related, keyPath: keyPath)
    }

    /// The one order of findings everywhere: file, line, column, rule id, then
    /// key path and message so that equal places still sort the same way every run.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { a, b in
            let left = (a.location.file, a.location.line, a.location.column, a.rule, a.keyPath ?? "")
            let right = (b.location.file, b.location.line, b.location.column, b.rule, b.keyPath ?? "")
            if left != right { return left < right }
            // Rare: two findings of one rule at one place. Their messages decide.
            return String(describing: a.message) < String(describing: b.message)
        }
    }
}
