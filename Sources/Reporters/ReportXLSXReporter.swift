import Office
import Review
import Vocabulary

/// `report --format xlsx`: the report as a workbook staff keep the figures in
/// (SPEC §9.3). Sheets, in order: `Tổng hợp` (levels and total), `Lĩnh vực`,
/// `Chỉ tiêu` (each comparison, met or not), `Cơ quan`, `Phụ lục I` (the
/// reduction list) and `Phụ lục II` (the 4-on-the-spot list), both grouped by
/// level and sector with heading rows.
///
/// Sheet names are the ones SPEC gives whatever the language; headings follow
/// `language`. Numbers are numeric cells (rates stored unrounded, shown as
/// `0.00%`), codes stay text. The incomplete notice, when there is one, is
/// the first row of `Tổng hợp`.
public struct ReportXLSXReporter {
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ report: PlanReport) -> [UInt8] {
        XLSXWriter.write(workbook(report))
    }

    func workbook(_ report: PlanReport) -> Workbook {
        Workbook(sheets: [
            totalsSheet(report), sectorsSheet(report), targetsSheet(report), agenciesSheet(report),
            ReportXLSXAnnexes(language: language).reductionSheet(report),
            ReportXLSXAnnexes(language: language).fourOnTheSpotSheet(report),
        ])
    }

    /// The sheets' names: SPEC's, in Vietnamese whatever `--lang`.
    enum SheetName {
        static let totals = "Tổng hợp"
        static let sectors = "Lĩnh vực"
        static let targets = "Chỉ tiêu"
        static let agencies = "Cơ quan"
        static let reductionAnnex = "Phụ lục I"
        static let fourOnTheSpotAnnex = "Phụ lục II"
    }

    private func say(_ label: ReportLabel) -> Workbook.Value { .text(ReportLabelText.render(label, in: language)) }

    /// The figure columns' widths; the citizen-days column where the catalog records dossiers.
    private func figureWidths(_ report: PlanReport) -> [Double] {
        [12, 14, 16, 16, 14, 14, 14, 16] + (report.totals.recordsDossiers ? [18] : [])
    }

    /// The header, a row per (leading cells, figures), then the total row;
    /// the citizen-days column where the catalog records dossiers.
    private func figureRows(
        _ titles: [Workbook.Value], _ rows: [([Workbook.Value], Figures)], total: [Workbook.Value], _ report: PlanReport
    ) -> [Workbook.Row] {
        let citizen = report.totals.recordsDossiers
        let header: [ReportLabel] =
            [.procedures, .withCut, .legalDays, .proposedDays, .cutDays, .reductionRate, .fourOnTheSpot, .fourOnTheSpotShare]
            + (citizen ? [.citizenDaysSaved] : [])
        return [Workbook.Row(titles + header.map(say), style: .header)]
            + rows.map { Workbook.Row($0.0 + figures($0.1, citizen: citizen)) }
            + [Workbook.Row(total + figures(report.totals, citizen: citizen), style: .total)]
    }

    private func figures(_ figures: Figures, citizen: Bool) -> [Workbook.Value] {
        [
            .number(Double(figures.procedures), .wholeNumber), .number(Double(figures.withCut), .wholeNumber),
            .number(figures.legalDays, .days), .number(figures.proposedDays, .days), .number(figures.cutDays, .days),
            Self.rate(figures.reductionRate), .number(Double(figures.fourOnTheSpot), .wholeNumber),
            Self.rate(figures.fourOnTheSpotShare),
        ] + (citizen ? [figures.recordsDossiers ? .number(figures.citizenDaysSaved, .days) : .text("")] : [])
    }

    /// A ratio as a percentage cell, unrounded; empty without one.
    static func rate(_ ratio: Double?) -> Workbook.Value {
        guard let ratio, ratio.isFinite else { return .empty }
        return .number(ratio, .percentage)
    }

    private func totalsSheet(_ report: PlanReport) -> Workbook.Sheet {
        var rows: [Workbook.Row] = []
        if let incomplete = report.incomplete {
            rows.append(Workbook.Row([.text(IncompleteNotice.text(incomplete, language))], style: .groupHeading))
        }
        let header = rows.count + 1
        rows += figureRows(
            [say(.level)], report.levels.map { ([say(.levelName($0.level))], $0.figures) }, total: [say(.total)], report)
        rows.append(Workbook.Row([]))
        rows.append(Workbook.Row([say(.plan), .text(report.planID)]))
        rows.append(Workbook.Row([say(.planName), .text(report.planName ?? "")]))
        rows.append(Workbook.Row([say(.asOf), .text(language.date(report.asOf))]))
        return Workbook.Sheet(name: SheetName.totals, columnWidths: [18] + figureWidths(report), rows: rows, headerRows: header)
    }

    private func sectorsSheet(_ report: PlanReport) -> Workbook.Sheet {
        let rows = figureRows(
            [say(.sectorID), say(.sector)], report.sectors.map { ([.text($0.id), .text($0.name)], $0.figures) },
            total: [.empty, say(.total)], report)
        return Workbook.Sheet(name: SheetName.sectors, columnWidths: [22, 32] + figureWidths(report), rows: rows, headerRows: 1)
    }

    private func agenciesSheet(_ report: PlanReport) -> Workbook.Sheet {
        let rows = figureRows(
            [say(.agency)], report.agencies.map { ([.text($0.name)], $0.figures) }, total: [say(.total)], report)
        return Workbook.Sheet(name: SheetName.agencies, columnWidths: [45] + figureWidths(report), rows: rows, headerRows: 1)
    }

    private func targetsSheet(_ report: PlanReport) -> Workbook.Sheet {
        var rows = [
            Workbook.Row(
                [say(.target), say(.key), say(.scope), say(.targetValue), say(.actual), say(.met), say(.note)],
                style: .header)
        ]
        rows += report.comparisons.map { comparison in
            Workbook.Row([
                say(.targetTitle(comparison.target)), .text(comparison.target),
                .text(ReportColumns.scope(comparison, language)), Self.rate(comparison.value), Self.rate(comparison.actual),
                say(.verdict(met: comparison.met)), ReportColumns.note(comparison, language).map(Workbook.Value.text) ?? .empty,
            ])
        }
        return Workbook.Sheet(
            name: SheetName.targets, columnWidths: [36, 22, 30, 12, 12, 12, 50], rows: rows, headerRows: 1)
    }
}
