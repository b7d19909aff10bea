import Review

/// Renders the plan report (`tthc report`) in one output format; a pure
/// function of the report.
public protocol PlanReportReporter {
    func render(_ report: PlanReport) -> String
}

/// What the human formats (text, markdown, CSV, HTML) print alike, so that
/// they show the same columns in the same order.
enum ReportColumns {
    /// Headings of the figure columns, after the row's own name.
    static func figureTitles(_ labels: ReportLabels) -> [String] {
        [
            labels.procedures, labels.withCut, labels.legalDays, labels.proposedDays, labels.cutDays,
            labels.reductionRate, labels.fourOnTheSpot, labels.fourOnTheSpotShare,
        ]
    }

    /// The figure cells, as people read them (rates as percents).
    static func figureCells(_ figures: Figures, _ labels: ReportLabels) -> [String] {
        [
            String(figures.procedures), String(figures.withCut), ReportNumbers.days(figures.legalDays),
            ReportNumbers.days(figures.proposedDays), ReportNumbers.days(figures.cutDays),
            ReportNumbers.percent(figures.reductionRate, none: labels.none), String(figures.fourOnTheSpot),
            ReportNumbers.percent(figures.fourOnTheSpotShare, none: labels.none),
        ]
    }

    /// A target's value as its kind reads: rates as percents, a number of
    /// days as days.
    static func targetValue(_ name: String, _ value: Double?, _ labels: ReportLabels) -> String {
        guard let value else { return labels.none }
        return name.hasSuffix("_days") ? ReportNumbers.days(value) : ReportNumbers.percent(value, none: labels.none)
    }

    /// What a comparison measures, for the scope column: the scope, and the
    /// sector's name for a sector.
    static func scope(_ comparison: PlanReport.TargetComparison, _ labels: ReportLabels) -> String {
        if let name = comparison.sectorName ?? comparison.sector {
            return "\(labels.scope(comparison.scope)): \(name)"
        }
        return labels.scope(comparison.scope)
    }

    /// The note under a comparison, if it has one (`procedure_cut_rate`).
    static func note(_ comparison: PlanReport.TargetComparison, _ labels: ReportLabels) -> String? {
        comparison.cutScope.map { scope in
            labels.cutScopeSummary(scope.reaching, scope.inScope, scope.minDays.map(ReportNumbers.days))
        }
    }

    /// The annex row's cells: STT, code, name, legal, proposed, cut, rate, legal basis.
    static func annexTitles(_ labels: ReportLabels) -> [String] {
        [
            labels.stt, labels.code, labels.name, labels.legalDeadline, labels.proposedDeadline, labels.daysCut,
            labels.rate, labels.legalBasis,
        ]
    }

    /// `text` escapes what comes from the catalog (code, name, each legal
    /// basis) for the format, before the bases are joined by `basisSeparator`.
    static func annexCells(
        _ row: PlanReport.AnnexRow, _ labels: ReportLabels, basisSeparator: String,
        text: (String) -> String = { $0 }
    ) -> [String] {
        let entry = row.entry
        let cutMark = entry.inCalendarDays && entry.legal.kind == entry.proposed.kind ? " \(labels.calendarDaysMark)" : ""
        return [
            String(row.stt), text(entry.code), text(entry.name), ReportNumbers.deadline(entry.legal, labels: labels),
            ReportNumbers.deadline(entry.proposed, labels: labels), ReportNumbers.days(entry.cutDays) + cutMark,
            ReportNumbers.percent(entry.rate, none: labels.none),
            entry.legalBasis.map(text).joined(separator: basisSeparator),
        ]
    }

    /// Whether any row of the list is in calendar days, so the note is needed.
    static func hasCalendarDays(_ report: PlanReport) -> Bool {
        report.reductionList.contains(where: \.inCalendarDays)
    }
}
