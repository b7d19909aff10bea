/// The keys each mapping of a catalog file allows and requires (SPEC §3):
/// the one list the decoder reads by and `tthc schema` describes, so the two
/// cannot disagree. Values, not YAML: the schema's reporter needs them
/// without the reader. Each mapping's keys are an enumeration too, in the
/// order of its list, for a reader that switches on them.
public enum CatalogKeys {
    public enum FileKey: String, CaseIterable, Sendable { case sector, procedures }

    public enum SectorKey: String, CaseIterable, Sendable { case id, name, agency, declared }

    public enum DeclaredKey: String, CaseIterable, Sendable {
        case procedures
        case legalDays = "legal_days"
        case cutDays = "cut_days"
        case rate
    }

    public enum ProcedureKey: String, CaseIterable, Sendable {
        case code, name, level
        case legalBasis = "legal_basis"
        case deadline, decision, steps, traits
        case fourOnTheSpot = "four_on_spot"
        case waivers, note, agency
        case dossiersPerYear = "dossiers_per_year"
    }

    public enum DeadlineKey: String, CaseIterable, Sendable { case legal, current, proposed }

    public enum StepKey: String, CaseIterable, Sendable { case step, by, days, level, channel }

    public enum WaiverKey: String, CaseIterable, Sendable { case rule, reason, until }

    /// `procedures` is not among the required: it is checked on its own, as
    /// a key that must be present but may be empty.
    public static let file = FileKey.allCases.map(\.rawValue)
    public static let fileRequired = ["sector"]
    public static let sector = SectorKey.allCases.map(\.rawValue)
    public static let sectorRequired = ["id", "name"]
    public static let declared = DeclaredKey.allCases.map(\.rawValue)
    public static let procedure = ProcedureKey.allCases.map(\.rawValue)
    public static let procedureRequired = ["code", "name", "level", "deadline"]
    public static let deadline = DeadlineKey.allCases.map(\.rawValue)
    public static let deadlineRequired = ["legal"]
    public static let step = StepKey.allCases.map(\.rawValue)
    public static let stepRequired = ["step", "by", "days"]
    public static let waiver = WaiverKey.allCases.map(\.rawValue)
    public static let waiverRequired = ["rule", "reason"]
}
