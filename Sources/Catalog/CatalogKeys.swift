/// The keys each mapping of a catalog file allows and requires (SPEC §3):
/// the one list the decoder reads by and `tthc schema` describes, so the two
/// cannot disagree. Values, not YAML: the schema's reporter needs them
/// without the reader.
public enum CatalogKeys {
    /// `procedures` is not among the required: it is checked on its own, as
    /// a key that must be present but may be empty.
    public static let file = ["sector", "procedures"]
    public static let fileRequired = ["sector"]
    public static let sector = ["id", "name", "agency", "declared"]
    public static let sectorRequired = ["id", "name"]
    public static let declared = ["procedures", "legal_days", "cut_days", "rate"]
    public static let procedure = [
        "code", "name", "level", "legal_basis", "deadline", "decision", "steps", "traits", "four_on_spot", "waivers", "note",
        "agency", "dossiers_per_year",
    ]
    public static let procedureRequired = ["code", "name", "level", "deadline"]
    public static let deadline = ["legal", "current", "proposed"]
    public static let deadlineRequired = ["legal"]
    public static let step = ["step", "by", "days", "level", "channel"]
    public static let stepRequired = ["step", "by", "days"]
    public static let waiver = ["rule", "reason", "until"]
    public static let waiverRequired = ["rule", "reason"]
}
