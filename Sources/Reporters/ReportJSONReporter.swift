import Review

/// `report --format json` (SPEC §5.2): keys exactly as the specification
/// shows them, rates unrounded, days as numbers of days, a rate with no legal
/// days `null`; `sectors`, `reduction_list` and `four_on_spot_list` in catalog
/// order, `agencies` in order of first appearance (SPEC §9.3).
public struct ReportJSONReporter: PlanReportReporter {
    public init() {}

    public func render(_ report: PlanReport) -> String {
        Self.value(report).serialized()
    }

    /// The report as a JSON value (for tools that embed it, such as `diff`).
    public static func value(_ report: PlanReport) -> JSONValue {
        let incomplete: [(String, JSONValue)] = report.incomplete.map { [("incomplete", IncompleteNotice.json($0))] } ?? []
        let head: [(String, JSONValue)] = [
            ("version", .number(1)),
            ("as_of", .string(report.asOf.description)),
            (
                "plan",
                .object([
                    ("id", .string(report.planID)),
                    ("name", report.planName.map(JSONValue.string) ?? .null),
                    ("targets", .object(report.targets.map { ($0.name, .number($0.value)) })),
                ])
            ),
        ]
        let body: [(String, JSONValue)] = [
            ("totals", totals(report.totals, sectors: report.sectorCount)),
            ("levels", .array(report.levels.map { .object([("level", .string($0.level.rawValue))] + figures($0.figures)) })),
            (
                "sectors",
                .array(report.sectors.map { .object([("id", .string($0.id)), ("name", .string($0.name))] + figures($0.figures)) })
            ),
            (
                "agencies",
                .array(report.agencies.map { .object([("agency", .string($0.name))] + figures($0.figures)) })
            ),
            ("targets", .array(report.comparisons.map(comparison))),
            ("reduction_list", .array(report.reductionList.map(entry))),
            ("four_on_spot_list", .array(report.fourOnTheSpotList.map(entry))),
        ]
        return .object(head + incomplete + body)
    }

    /// SPEC §5.2's `totals` object.
    public static func totals(_ figures: Figures, sectors: Int) -> JSONValue {
        .object([("sectors", .number(Double(sectors)))] + Self.figures(figures))
    }

    /// `citizen_days_saved` only where a procedure records `dossiers_per_year`.
    static func figures(_ figures: Figures) -> [(String, JSONValue)] {
        let citizens: [(String, JSONValue)] =
            figures.recordsDossiers ? [("citizen_days_saved", .number(figures.citizenDaysSaved))] : []
        return [
            ("procedures", .number(Double(figures.procedures))),
            ("with_cut", .number(Double(figures.withCut))),
            ("legal_days", .number(figures.legalDays)),
            ("proposed_days", .number(figures.proposedDays)),
            ("cut_days", .number(figures.cutDays)),
            ("reduction_rate", rate(figures.reductionRate)),
            ("four_on_spot", .number(Double(figures.fourOnTheSpot))),
            ("four_on_spot_share", rate(figures.fourOnTheSpotShare)),
        ] + citizens
    }

    static func comparison(_ comparison: PlanReport.TargetComparison) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("target", .string(comparison.target)),
            ("scope", .string(comparison.scope.rawValue)),
        ]
        if let sector = comparison.sector { members.append(("sector", .string(sector))) }
        members += [
            ("value", .number(comparison.value)),
            ("actual", rate(comparison.actual)),
            ("met", .bool(comparison.met)),
        ]
        return .object(members)
    }

    static func entry(_ entry: PlanReport.ReductionEntry) -> JSONValue {
        annexEntry(
            entry,
            days: [
                ("legal_days", .number(entry.legalDays)), ("proposed_days", .number(entry.proposedDays)),
                ("cut_days", .number(entry.cutDays)), ("rate", rate(entry.rate)),
            ])
    }

    static func entry(_ entry: PlanReport.FourOnTheSpotEntry) -> JSONValue {
        annexEntry(entry, days: [("deadline_days", .number(entry.deadlineDays))])
    }

    /// A row of either annex: who it is, its own figures, its legal basis.
    private static func annexEntry(_ entry: some AnnexEntry, days: [(String, JSONValue)]) -> JSONValue {
        .object(
            [
                ("no", .number(Double(entry.no))), ("code", .string(entry.code)), ("name", .string(entry.name)),
                ("sector", .string(entry.sectorID)), ("level", .string(entry.level.rawValue)),
            ] + days + [("legal_basis", .array(entry.legalBasis.map(JSONValue.string)))])
    }

    private static func rate(_ value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }
}
