import Review
import Vocabulary

/// Renders the plan report (`tthc report`) in one output format; a pure
/// function of the report.
public protocol PlanReportReporter {
    func render(_ report: PlanReport) -> String
}

/// What the human formats (text, markdown, CSV, HTML) print alike, so that
/// they show the same columns in the same order. Labels come back as plain
/// text, for the format to escape as it escapes the rest of a cell.
enum ReportColumns {
    static func say(_ label: ReportLabel, _ language: Language) -> String {
        ReportLabelText.render(label, in: language)
    }

    /// Headings of the figure columns, after the row's own name; `citizen`
    /// adds the citizen-days saved, for a catalog that records dossiers.
    static func figureTitles(_ language: Language, citizen: Bool = false) -> [String] {
        ([
            .procedures, .withCut, .legalDays, .proposedDays, .cutDays, .reductionRate, .fourOnTheSpot,
            .fourOnTheSpotShare,
        ] + (citizen ? [.citizenDaysSaved] : [])).map { say($0, language) }
    }

    /// The figure cells, as people of `language` read them (rates as percents).
    static func figureCells(_ figures: Figures, _ language: Language, citizen: Bool = false) -> [String] {
        let style = language.numberStyle
        let none = say(.none, language)
        let citizens = figures.recordsDossiers ? ReportNumbers.days(figures.citizenDaysSaved, style) : none
        return [
            ReportNumbers.count(figures.procedures, style), ReportNumbers.count(figures.withCut, style),
            ReportNumbers.days(figures.legalDays, style), ReportNumbers.days(figures.proposedDays, style),
            ReportNumbers.days(figures.cutDays, style), ReportNumbers.percent(figures.reductionRate, style, none: none),
            ReportNumbers.count(figures.fourOnTheSpot, style),
            ReportNumbers.percent(figures.fourOnTheSpotShare, style, none: none),
        ] + (citizen ? [citizens] : [])
    }

    /// A target's value as its kind reads: rates as percents, a number of
    /// days as days.
    static func targetValue(_ name: String, _ value: Double?, _ language: Language) -> String {
        guard let value else { return say(.none, language) }
        let style = language.numberStyle
        return name.hasSuffix("_days") ? ReportNumbers.days(value, style) : ReportNumbers.percent(value, style)
    }

    /// What a comparison measures, for the scope column: the scope, and the
    /// sector's name for a sector.
    static func scope(_ comparison: PlanReport.TargetComparison, _ language: Language) -> String {
        let scope = say(.scopeName(comparison.scope), language)
        if let name = comparison.sectorName ?? comparison.sector {
            return "\(scope): \(name)"
        }
        return scope
    }

    /// The note under a comparison, if it has one (`procedure_cut_rate`).
    static func note(_ comparison: PlanReport.TargetComparison, _ language: Language) -> String? {
        comparison.cutScope.map { scope in
            say(.cutScopeSummary(reaching: scope.reaching, inScope: scope.inScope, minDays: scope.minDays), language)
        }
    }

    /// The annex row's cells: STT, code, name, legal, proposed, cut, rate, legal basis.
    static func annexTitles(_ language: Language) -> [String] {
        [.stt, .code, .name, .legalDeadline, .proposedDeadline, .daysCut, .rate, .legalBasis].map { say($0, language) }
    }

    /// `text` escapes what comes from the catalog (code, name, each legal
    /// basis) for the format, before the bases are joined by `basisSeparator`.
    static func annexCells(
        _ row: PlanReport.AnnexRow, _ language: Language, basisSeparator: String,
        text: (String) -> String = { $0 }
    ) -> [String] {
        let entry = row.entry
        let style = language.numberStyle
        let mark = say(.calendarDaysMark, language)
        let cutMark = entry.inCalendarDays && entry.legal.kind == entry.proposed.kind ? " \(mark)" : ""
        return [
            ReportNumbers.count(row.stt, style), text(entry.code), text(entry.name),
            ReportNumbers.deadline(entry.legal, mark: mark, style), ReportNumbers.deadline(entry.proposed, mark: mark, style),
            ReportNumbers.days(entry.cutDays, style) + cutMark,
            ReportNumbers.percent(entry.rate, style, none: say(.none, language)),
            entry.legalBasis.map(text).joined(separator: basisSeparator),
        ]
    }

    /// Whether any row of the list is in calendar days, so the note is needed.
    static func hasCalendarDays(_ report: PlanReport) -> Bool {
        report.reductionList.contains(where: \.inCalendarDays)
    }

    /// The 4-on-the-spot row's cells: STT, code, name, deadline in force, legal basis.
    static func fourOnTheSpotTitles(_ language: Language) -> [String] {
        [.stt, .code, .name, .deadlineInForce, .legalBasis].map { say($0, language) }
    }

    /// `text` escapes what comes from the catalog, as for `annexCells`; a
    /// deadline in calendar days is marked as the reduction list marks it.
    static func fourOnTheSpotCells(
        _ row: PlanReport.AnnexRowOf<PlanReport.FourOnTheSpotEntry>, _ language: Language, basisSeparator: String,
        text: (String) -> String = { $0 }
    ) -> [String] {
        let entry = row.entry
        let style = language.numberStyle
        return [
            ReportNumbers.count(row.stt, style), text(entry.code), text(entry.name),
            ReportNumbers.deadline(entry.deadline, mark: say(.calendarDaysMark, language), style),
            entry.legalBasis.map(text).joined(separator: basisSeparator),
        ]
    }

    /// Whether any procedure on the 4-on-the-spot list has a deadline in calendar days.
    static func fourOnTheSpotHasCalendarDays(_ report: PlanReport) -> Bool {
        report.fourOnTheSpotList.contains(where: \.inCalendarDays)
    }
}
