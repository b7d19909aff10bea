import Catalog
import Vocabulary

/// What `tthc report` prints (SPEC §5.2): the plan in force, the figures of
/// `PlanFigures` in total, per level, per sector and per agency, each target
/// beside the figure it measures, the reduction list and the 4-on-the-spot list.
///
/// A value computed once from the catalog; the reporters only lay it out.
public struct PlanReport: Sendable {
    public var asOf: LocalDate
    public var planID: String
    public var planName: String?
    /// The targets that have a value on `asOf`, in the order the plan writes them.
    public var targets: [TargetInForce]
    public var totals: Figures
    /// Distinct sector ids among the files that decoded.
    public var sectorCount: Int
    /// Only the levels that occur, in the order province, district, commune.
    public var levels: [LevelRow]
    /// In catalog order (files sorted by path).
    public var sectors: [SectorRow]
    /// A procedure's agency, else its sector's (else the sector's name), in
    /// order of first appearance in the catalog.
    public var agencies: [AgencyRow]
    public var comparisons: [TargetComparison]
    /// Every procedure with a proposed deadline, in catalog order (files by
    /// path, procedures in file order), numbered from 1 in that order.
    public var reductionList: [ReductionEntry]
    /// Every procedure on the 4-on-the-spot list, in catalog order, numbered
    /// from 1 in that order (the decision's Phụ lục II).
    public var fourOnTheSpotList: [FourOnTheSpotEntry]
    /// What the figures leave out, when the catalog could not all be read.
    public var incomplete: Incompleteness?

    public init(catalog: LoadedCatalog, plan: Plan, asOf: LocalDate) {
        let figures = PlanFigures(catalog)
        incomplete = Incompleteness.of(catalog)
        self.asOf = asOf
        planID = plan.id.value
        planName = plan.name?.value
        targets = plan.targets.values
            .sorted { ($0.mark, $0.name) < ($1.mark, $1.name) }
            .compactMap { target in target.value(on: asOf).map { TargetInForce(name: target.name, value: $0) } }
        totals = figures.total
        sectorCount = Set(figures.sectors.map(\.sector.id.value)).count
        levels = figures.levels.map { LevelRow(level: $0.level, figures: $0.figures) }
        sectors = figures.sectors.map {
            SectorRow(id: $0.sector.id.value, name: $0.sector.name.value, figures: $0.figures)
        }
        agencies = figures.agencies.map { AgencyRow(name: $0.agency, figures: $0.figures) }
        var list: [ReductionEntry] = []
        var onTheSpot: [FourOnTheSpotEntry] = []
        for file in catalog.files {
            guard let sector = file.sector else { continue }
            for procedure in file.procedures {
                if procedure.isOnFourOnTheSpotList {
                    onTheSpot.append(
                        FourOnTheSpotEntry(
                            no: onTheSpot.count + 1, code: procedure.code.value, name: procedure.name.value,
                            sectorID: sector.id.value, sectorName: sector.name.value, level: procedure.level.value,
                            deadline: procedure.deadline.inForce, legalBasis: procedure.legalBasis))
                }
                guard let proposed = procedure.deadline.proposed else { continue }
                list.append(
                    ReductionEntry(
                        no: list.count + 1, code: procedure.code.value, name: procedure.name.value,
                        sectorID: sector.id.value, sectorName: sector.name.value, level: procedure.level.value,
                        legal: procedure.deadline.legal.value, proposed: proposed.value,
                        legalBasis: procedure.legalBasis))
            }
        }
        reductionList = list
        fourOnTheSpotList = onTheSpot
        comparisons = Self.compare(targets: targets, totals: totals, sectors: sectors, list: list)
    }

    /// The value in force of target `name`, if the plan sets one on `asOf`.
    public func target(_ name: String) -> Double? {
        targets.first { $0.name == name }?.value
    }

    /// The reduction list as a decision's annex prints it: grouped by level
    /// (province, district, commune), then by sector in catalog order, rows in
    /// catalog order within a group and numbered (STT) from 1 through the
    /// whole annex in that printed order.
    public var annex: [AnnexLevel] { Self.grouped(reductionList) }

    /// The 4-on-the-spot list grouped and numbered as `annex` is (Phụ lục II).
    public var fourOnTheSpotAnnex: [AnnexLevelOf<FourOnTheSpotEntry>] { Self.grouped(fourOnTheSpotList) }

    /// The comparisons of SPEC §5.2, in this order: `reduction_rate` (catalog),
    /// `sector_reduction_rate` (one per sector with a cut, catalog order),
    /// `four_on_spot_share` (catalog), `procedure_cut_rate` (procedure scope).
    /// A target the plan does not set on the run's date is not compared.
    static func compare(
        targets: [TargetInForce], totals: Figures, sectors: [SectorRow], list: [ReductionEntry]
    ) -> [TargetComparison] {
        func value(_ name: String) -> Double? { targets.first { $0.name == name }?.value }
        var out: [TargetComparison] = []
        if let target = value("reduction_rate") {
            out.append(TargetComparison(target: "reduction_rate", scope: .catalog, value: target, actual: totals.reductionRate))
        }
        if let target = value("sector_reduction_rate") {
            for sector in sectors where sector.figures.withCut > 0 {
                out.append(
                    TargetComparison(
                        target: "sector_reduction_rate", scope: .sector, sector: sector.id, sectorName: sector.name,
                        value: target, actual: sector.figures.reductionRate))
            }
        }
        if let target = value("four_on_spot_share") {
            out.append(
                TargetComparison(
                    target: "four_on_spot_share", scope: .catalog, value: target, actual: totals.fourOnTheSpotShare))
        }
        if let target = value("procedure_cut_rate") {
            let minDays = value("cut_scope_min_days")
            let inScope = list.filter { entry in
                entry.proposed.days < entry.legal.days && minDays.map { entry.legal.days >= $0 } ?? true
            }
            let rates = inScope.compactMap(\.rate)
            if let lowest = rates.min() {
                out.append(
                    TargetComparison(
                        target: "procedure_cut_rate", scope: .procedure, value: target, actual: lowest,
                        cutScope: CutScope(
                            minDays: minDays, inScope: rates.count, reaching: rates.filter { $0 >= target }.count)))
            }
        }
        return out
    }
}

extension PlanReport {
    /// A target of the plan with its value on the run's date.
    public struct TargetInForce: Sendable, Equatable {
        public var name: String
        public var value: Double
    }

    public struct LevelRow: Sendable {
        public var level: Level
        public var figures: Figures
    }

    public struct SectorRow: Sendable {
        public var id: String
        public var name: String
        public var figures: Figures
    }

    public struct AgencyRow: Sendable {
        public var name: String
        public var figures: Figures
    }

    /// What a comparison measures: the whole catalog, one sector, or the
    /// procedures of the reduction list one by one.
    public enum Scope: String, Sendable {
        case catalog, sector, procedure
    }

    /// One target beside the figure it measures. `met` is `actual ≥ value`;
    /// with no figure (no cut, no procedure) `actual` is nil and `met` false.
    public struct TargetComparison: Sendable {
        public var target: String
        public var scope: Scope
        /// The sector's id, for scope `sector`.
        public var sector: String?
        public var sectorName: String?
        public var value: Double
        public var actual: Double?
        /// For `procedure_cut_rate`: which cuts it measures and how many reach it.
        public var cutScope: CutScope?

        public init(
            target: String, scope: Scope, sector: String? = nil, sectorName: String? = nil, value: Double,
            actual: Double?, cutScope: CutScope? = nil
        ) {
            self.target = target
            self.scope = scope
            self.sector = sector
            self.sectorName = sectorName
            self.value = value
            self.actual = actual
            self.cutScope = cutScope
        }

        public var met: Bool { actual.map { $0 >= value } ?? false }
    }

    /// The cuts `procedure_cut_rate` applies to: proposed below legal, on a
    /// legal deadline of at least `minDays` (every cut when the plan sets no
    /// `cut_scope_min_days`), as the default rule `cut-min-rate` reads them.
    /// The comparison's `actual` is the lowest rate among them, so it is met
    /// when every one of them reaches the target.
    public struct CutScope: Sendable, Equatable {
        public var minDays: Double?
        public var inScope: Int
        public var reaching: Int

        public init(minDays: Double?, inScope: Int, reaching: Int) {
            self.minDays = minDays
            self.inScope = inScope
            self.reaching = reaching
        }
    }

    /// One row of the reduction list.
    public struct ReductionEntry: AnnexEntry {
        /// Position in catalog order, from 1 (SPEC's `no`).
        public var no: Int
        public var code: String
        public var name: String
        public var sectorID: String
        public var sectorName: String
        public var level: Level
        public var legal: Duration
        public var proposed: Duration
        public var legalBasis: [String]

        public init(
            no: Int, code: String, name: String, sectorID: String, sectorName: String, level: Level, legal: Duration,
            proposed: Duration, legalBasis: [String]
        ) {
            self.no = no
            self.code = code
            self.name = name
            self.sectorID = sectorID
            self.sectorName = sectorName
            self.level = level
            self.legal = legal
            self.proposed = proposed
            self.legalBasis = legalBasis
        }

        public var legalDays: Double { legal.days }
        public var proposedDays: Double { proposed.days }
        public var cutDays: Double { legal.days - proposed.days }
        /// Days cut ÷ legal days; nil without legal days.
        public var rate: Double? { legal.days > 0 ? cutDays / legal.days : nil }
        /// Either deadline is in calendar days (counted at face value).
        public var inCalendarDays: Bool { legal.kind == .calendarDays || proposed.kind == .calendarDays }
    }
}
