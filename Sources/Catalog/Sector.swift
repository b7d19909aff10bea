import Vocabulary

/// A sector (lĩnh vực): the unit one catalog file stands for.
public struct Sector: Sendable {
    public var id: Located<String>
    public var name: Located<String>
    public var agency: Located<String>?
    public var declared: DeclaredTotals?

    public init(id: Located<String>, name: Located<String>, agency: Located<String>?, declared: DeclaredTotals?) {
        self.id = id
        self.name = name
        self.agency = agency
        self.declared = declared
    }
}

/// The totals a draft or decision prints for a sector's reduction list, kept
/// so the review can recompute and compare them.
public struct DeclaredTotals: Sendable {
    public var procedures: Located<Double>?
    public var legalDays: Located<Double>?
    public var cutDays: Located<Double>?
    public var rate: Located<Double>?
    public var mark: Mark

    public init(
        procedures: Located<Double>?, legalDays: Located<Double>?, cutDays: Located<Double>?, rate: Located<Double>?,
        mark: Mark
    ) {
        self.procedures = procedures
        self.legalDays = legalDays
        self.cutDays = cutDays
        self.rate = rate
        self.mark = mark
    }
}
