import Catalog

/// The plan's measures over a set of procedures (SPEC §5.2). Days are days of
/// the deadlines as written (hours already at 8 per working day; calendar days
/// at face value, as provincial reports count them).
public struct Figures: Sendable, Equatable {
    public var procedures = 0
    /// Procedures with a proposed cut: the reduction list.
    public var withCut = 0
    /// Legal days of the procedures with a cut.
    public var legalDays = 0.0
    public var proposedDays = 0.0
    public var fourOnTheSpot = 0
    /// Days cut times dossiers a year, over the procedures that record
    /// `dossiers_per_year` (SPEC §12); 0 where none does.
    public var citizenDaysSaved = 0.0
    /// Whether any procedure counted records `dossiers_per_year`: the
    /// citizen-days are shown only where they mean something.
    public var recordsDossiers = false

    public init() {}

    public var cutDays: Double { legalDays - proposedDays }

    /// Days cut ÷ legal days of the procedures with a cut; nil without legal days.
    public var reductionRate: Double? { legalDays > 0 ? cutDays / legalDays : nil }

    /// Procedures on the 4-on-the-spot list ÷ all procedures; nil without procedures.
    public var fourOnTheSpotShare: Double? { procedures > 0 ? Double(fourOnTheSpot) / Double(procedures) : nil }

    public mutating func add(_ procedure: Procedure) {
        procedures += 1
        if procedure.isOnFourOnTheSpotList { fourOnTheSpot += 1 }
        if procedure.dossiersPerYear != nil { recordsDossiers = true }
        if let proposed = procedure.deadline.proposed {
            withCut += 1
            legalDays += procedure.deadline.legal.value.days
            proposedDays += proposed.value.days
            if let dossiers = procedure.dossiersPerYear {
                citizenDaysSaved += (procedure.deadline.legal.value.days - proposed.value.days) * Double(dossiers.value)
            }
        }
    }
}

/// Figures in total, per level (in the order province, district, commune, only
/// those that occur), per sector (in catalog order) and per agency (in order
/// of first appearance).
public struct PlanFigures: Sendable {
    public var total = Figures()
    public var levels: [(level: Level, figures: Figures)] = []
    public var sectors: [(sector: Sector, figures: Figures)] = []
    public var agencies: [(agency: String, figures: Figures)] = []

    public init(_ catalog: LoadedCatalog) {
        var byLevel: [Level: Figures] = [:]
        var byAgency: [String: Int] = [:]
        for file in catalog.files {
            guard let sector = file.sector else { continue }
            var figures = Figures()
            for procedure in file.procedures {
                figures.add(procedure)
                total.add(procedure)
                byLevel[procedure.level.value, default: Figures()].add(procedure)
                let agency = Self.agency(of: procedure, in: sector)
                if let index = byAgency[agency] {
                    agencies[index].figures.add(procedure)
                } else {
                    byAgency[agency] = agencies.count
                    var first = Figures()
                    first.add(procedure)
                    agencies.append((agency, first))
                }
            }
            sectors.append((sector, figures))
        }
        levels = Level.allCases.compactMap { level in byLevel[level].map { (level, $0) } }
    }

    /// The body a procedure's figures count under: its own agency, else its
    /// sector's, else (neither given) the sector's name, so that no procedure
    /// drops out of the per-agency figures.
    public static func agency(of procedure: Procedure, in sector: Sector) -> String {
        procedure.agency?.value ?? sector.agency?.value ?? sector.name.value
    }
}
