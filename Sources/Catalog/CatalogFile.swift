import Vocabulary

/// What one catalog file yielded: its sector and the procedures that decoded,
/// plus the findings met on the way. A file with a syntax finding has neither.
public struct CatalogFile: Sendable {
    public var path: String
    public var sector: Sector?
    public var procedures: [Procedure]
    /// Entries under `procedures:`, including those that did not decode.
    public var procedureEntries: Int
    public var findings: [Finding]

    public init(path: String, sector: Sector?, procedures: [Procedure], procedureEntries: Int, findings: [Finding]) {
        self.path = path
        self.sector = sector
        self.procedures = procedures
        self.procedureEntries = procedureEntries
        self.findings = findings
    }
}
