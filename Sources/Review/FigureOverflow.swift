import Catalog

/// A figure of the plan report that is not a finite number. Every deadline is
/// finite (the number reader refuses `1e400` and `.inf`), but deadlines of
/// some 10^307 days — a typo, or a hostile file — add up past the largest
/// Double (about 1.8 × 10^308) to infinity, infinity less infinity is NaN, and
/// a cut on a legal deadline of 10^-300 days is a rate past it. A report would
/// print `inf` and `nan` (or `null` in JSON) where a figure belongs, so
/// `report` and `diff` stop instead, naming the figure and the place.
public struct FigureOverflow: Sendable, Equatable {
    public enum Place: Sendable, Equatable {
        case procedure(code: String)
        case sector(id: String)
        case level(Level)
        case total
    }

    /// The figure, by its key in the JSON report (`legal_days`, `cut_days`,
    /// `reduction_rate`, …).
    public var figure: String
    public var place: Place
    /// The procedure with the largest deadline among those the figure counts:
    /// where to look first. Nil when the place is the procedure itself.
    public var largest: String?

    /// The first figure that is not finite, the most specific place first: a
    /// procedure's own cut and rate, then each sector's figures, each level's,
    /// and the totals. Nil when every figure is a number.
    public static func find(in catalog: LoadedCatalog) -> FigureOverflow? {
        var listed: [(procedure: Procedure, sector: String)] = []
        for file in catalog.files {
            guard let sector = file.sector else { continue }
            for procedure in file.procedures where procedure.deadline.proposed != nil {
                listed.append((procedure, sector.id.value))
            }
        }
        for (procedure, _) in listed {
            var figures = Figures()
            figures.add(procedure)
            if let figure = figures.notFinite {
                return FigureOverflow(figure: figure, place: .procedure(code: procedure.code.value), largest: nil)
            }
        }
        func largest(_ counted: [(procedure: Procedure, sector: String)]) -> String? {
            func days(_ procedure: Procedure) -> Double {
                max(procedure.deadline.legal.value.days, procedure.deadline.proposed?.value.days ?? 0)
            }
            return counted.max { days($0.procedure) < days($1.procedure) }?.procedure.code.value
        }
        let figures = PlanFigures(catalog)
        for (sector, sectorFigures) in figures.sectors {
            if let figure = sectorFigures.notFinite {
                return FigureOverflow(
                    figure: figure, place: .sector(id: sector.id.value),
                    largest: largest(listed.filter { $0.sector == sector.id.value }))
            }
        }
        for (level, levelFigures) in figures.levels {
            if let figure = levelFigures.notFinite {
                return FigureOverflow(
                    figure: figure, place: .level(level),
                    largest: largest(listed.filter { $0.procedure.level.value == level }))
            }
        }
        if let figure = figures.total.notFinite {
            return FigureOverflow(figure: figure, place: .total, largest: largest(listed))
        }
        return nil
    }
}

extension Figures {
    /// The JSON key of the first figure here that is not a finite number.
    var notFinite: String? {
        if !legalDays.isFinite { return "legal_days" }
        if !proposedDays.isFinite { return "proposed_days" }
        if !cutDays.isFinite { return "cut_days" }
        if let rate = reductionRate, !rate.isFinite { return "reduction_rate" }
        return nil
    }
}
