import Vocabulary
import Review

/// `report --format html`: one self-contained page — inline CSS and inline
/// SVG, no script, font, image or style from anywhere else — that prints on
/// A4. It shows the headline figures beside their targets, a bar chart per
/// sector of the reduction rate and of the 4-on-the-spot share against the
/// target lines, the tables of the text report, and the reduction list and the
/// 4-on-the-spot list as annexes (grouped by level, then sector).
public struct ReportHTMLReporter: PlanReportReporter {
    /// The language of the headings, and of the numbers and dates (`37,03%`, `26/11/2026` in Vietnamese).
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    /// A label as plain text, escaped where it enters the page as everything else is.
    private func say(_ label: ReportLabel) -> String {
        ReportLabelText.render(label, in: language)
    }

    private var style: NumberStyle { language.numberStyle }

    public func render(_ report: PlanReport) -> String {
        let title = "\(say(.title)): \(report.planName ?? report.planID)"
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="tthc report">
            <title>\(HTML.escape(title))</title>
            <style>
            \(Self.style)</style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(HTML.escape(say(.title)))</h1>
            <p class="plan-name">\(HTML.escape(report.planName ?? report.planID))</p>
            <p class="meta">\(HTML.escape(say(.plan))) <code>\(HTML.escape(report.planID))</code> · \(HTML.escape(say(.asOf))) \(language.date(report.asOf))</p>
            </header>

            """
        if let incomplete = report.incomplete {
            let notice = IncompleteNotice.text(incomplete, language)
            out += "<p class=\"incomplete\" role=\"alert\">\(HTML.escape(notice))</p>\n"
        }
        out += cards(report)
        out += charts(report)
        out += section(say(.totals), totalsTable(report))
        out += section(say(.sectorsSection(count: report.sectorCount)), sectorsTable(report))
        out += section(say(.agenciesSection(count: report.agencies.count)), agenciesTable(report))
        if !report.comparisons.isEmpty { out += section(say(.targets), targetsTable(report)) }
        out += section(say(.targetsInForce), targetsInForce(report))
        out += section(say(.reductionListSection(count: report.reductionList.count)), annex(report), classes: "annex")
        out += section(
            say(.fourOnTheSpotListSection(count: report.fourOnTheSpotList.count)), fourOnTheSpot(report), classes: "annex")
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    // MARK: Headline figures

    private func cards(_ report: PlanReport) -> String {
        var out = "<section class=\"cards\">\n"
        let totals = report.totals
        let reduction = report.comparisons.first { $0.target == "reduction_rate" }
        out += card(
            title: say(.reductionRate), actual: totals.reductionRate, comparison: reduction,
            detail: say(.reductionDetail(cutDays: totals.cutDays, legalDays: totals.legalDays, procedures: totals.withCut)))
        let share = report.comparisons.first { $0.target == "four_on_spot_share" }
        out += card(
            title: say(.fourOnTheSpotShare), actual: totals.fourOnTheSpotShare, comparison: share,
            detail: say(.shareDetail(onList: totals.fourOnTheSpot, procedures: totals.procedures)))
        let sectors = report.comparisons.filter { $0.target == "sector_reduction_rate" }
        if let first = sectors.first {
            let reaching = sectors.filter(\.met).count
            out += card(
                title: say(.targetTitle("sector_reduction_rate")),
                value: "\(ReportNumbers.count(reaching, style)) / \(ReportNumbers.count(sectors.count, style))",
                met: reaching == sectors.count, detail: say(.sectorsDetail(target: first.value)))
        }
        if let cut = report.comparisons.first(where: { $0.target == "procedure_cut_rate" }) {
            out += card(
                title: say(.targetTitle("procedure_cut_rate")), actual: cut.actual, comparison: cut,
                detail: ReportColumns.note(cut, language) ?? "")
        }
        out += "</section>\n"
        return out
    }

    private func card(title: String, actual: Double?, comparison: PlanReport.TargetComparison?, detail: String) -> String {
        var text = detail
        if let comparison {
            text = "\(say(.targetValue)) \(ReportNumbers.percent(comparison.value, style)) · " + detail
        }
        return card(
            title: title, value: ReportNumbers.percent(actual, style, none: say(.none)), met: comparison?.met, detail: text)
    }

    private func card(title: String, value: String, met: Bool?, detail: String) -> String {
        let kind = met.map { $0 ? " met" : " unmet" } ?? ""
        var out = "<div class=\"card\(kind)\">\n<div class=\"card-title\">\(HTML.escape(title))</div>\n"
        out += "<div class=\"card-value\">\(HTML.escape(value))</div>\n"
        if let met { out += "<div class=\"verdict\">\(HTML.escape(say(.verdict(met: met))))</div>\n" }
        out += "<div class=\"card-detail\">\(HTML.escape(detail))</div>\n</div>\n"
        return out
    }

    // MARK: Charts

    private func charts(_ report: PlanReport) -> String {
        let sectorTarget = report.target("sector_reduction_rate")
        let planTarget = report.target("reduction_rate")
        var lines: [ReportHTMLChart.TargetLine] = []
        if let sectorTarget {
            lines.append(.init(label: say(.targetTitle("sector_reduction_rate")), value: sectorTarget, isMain: true))
        }
        if let planTarget {
            lines.append(.init(label: say(.targetTitle("reduction_rate")), value: planTarget, isMain: sectorTarget == nil))
        }
        var reductionBars = report.sectors.map { row in
            ReportHTMLChart.Bar(
                label: row.name, value: row.figures.reductionRate,
                met: Self.reaches(row.figures.reductionRate, sectorTarget ?? planTarget))
        }
        reductionBars.append(
            .init(label: say(.total), value: report.totals.reductionRate,
                  met: Self.reaches(report.totals.reductionRate, planTarget ?? sectorTarget), isTotal: true))
        let reduction = ReportHTMLChart(
            title: say(.reductionChart), bars: reductionBars, lines: lines, none: say(.none), style: style)

        let shareTarget = report.target("four_on_spot_share")
        var shareBars = report.sectors.map { row in
            ReportHTMLChart.Bar(
                label: row.name, value: row.figures.fourOnTheSpotShare,
                met: Self.reaches(row.figures.fourOnTheSpotShare, shareTarget))
        }
        shareBars.append(
            .init(label: say(.total), value: report.totals.fourOnTheSpotShare,
                  met: Self.reaches(report.totals.fourOnTheSpotShare, shareTarget), isTotal: true))
        let share = ReportHTMLChart(
            title: say(.fourOnTheSpotChart), bars: shareBars,
            lines: shareTarget.map { [.init(label: say(.targetTitle("four_on_spot_share")), value: $0, isMain: true)] } ?? [],
            none: say(.none), style: style)

        var out = "<section class=\"charts\">\n"
        out += "<figure>\n<figcaption>\(HTML.escape(say(.reductionChart)))</figcaption>\n\(reduction.svg())</figure>\n"
        out += "<figure>\n<figcaption>\(HTML.escape(say(.fourOnTheSpotChart)))</figcaption>\n\(share.svg())</figure>\n"
        out += "<p class=\"legend\"><span class=\"swatch met\"></span>\(HTML.escape(say(.verdict(met: true)))) "
            + "<span class=\"swatch unmet\"></span>\(HTML.escape(say(.verdict(met: false)))) "
            + "<span class=\"swatch line\"></span>\(HTML.escape(say(.targetLine)))</p>\n"
        out += "</section>\n"
        return out
    }

    /// A bar without a target to measure against counts as met (drawn neutral-green).
    private static func reaches(_ value: Double?, _ target: Double?) -> Bool {
        guard let target else { return true }
        guard let value else { return false }
        return value >= target
    }

    // MARK: Tables

    private func section(_ title: String, _ body: String, classes: String? = nil) -> String {
        let attribute = classes.map { " class=\"\($0)\"" } ?? ""
        return "<section\(attribute)>\n<h2>\(HTML.escape(title))</h2>\n\(body)</section>\n"
    }

    /// A row of figures per (name, figures), then the total row; the
    /// citizen-days column where the catalog records dossiers.
    private func figureTable(first: String, _ rows: [(String, Figures)], _ report: PlanReport) -> String {
        let citizen = report.totals.recordsDossiers
        func row(_ name: String, _ figures: Figures, total: Bool = false) -> String {
            "<tr\(total ? " class=\"total\"" : "")><th scope=\"row\">\(HTML.escape(name))</th>"
                + ReportColumns.figureCells(figures, language, citizen: citizen).map {
                    "<td class=\"num\">\(HTML.escape($0))</td>"
                }.joined() + "</tr>\n"
        }
        var out = "<table class=\"figures\">\n<thead><tr><th>\(HTML.escape(first))</th>"
            + ReportColumns.figureTitles(language, citizen: citizen).map { "<th class=\"num\">\(HTML.escape($0))</th>" }
            .joined() + "</tr></thead>\n<tbody>\n"
        for (name, figures) in rows { out += row(name, figures) }
        out += row(say(.total), report.totals, total: true)
        return out + "</tbody>\n</table>\n"
    }

    private func totalsTable(_ report: PlanReport) -> String {
        figureTable(first: say(.level), report.levels.map { (say(.levelName($0.level)), $0.figures) }, report)
    }

    private func sectorsTable(_ report: PlanReport) -> String {
        figureTable(first: say(.sector), report.sectors.map { ($0.name, $0.figures) }, report)
    }

    private func agenciesTable(_ report: PlanReport) -> String {
        figureTable(first: say(.agency), report.agencies.map { ($0.name, $0.figures) }, report)
    }

    private func targetsTable(_ report: PlanReport) -> String {
        var out = "<table class=\"targets\">\n<thead><tr>"
        for (title, numeric) in [
            (say(.target), false), (say(.scope), false), (say(.targetValue), true), (say(.actual), true),
            (say(.met), false),
        ] {
            out += "<th\(numeric ? " class=\"num\"" : "")>\(HTML.escape(title))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for comparison in report.comparisons {
            let note = ReportColumns.note(comparison, language).map { "<div class=\"note\">\(HTML.escape($0))</div>" } ?? ""
            out += "<tr><td>\(HTML.escape(say(.targetTitle(comparison.target))))\(note)</td>"
            out += "<td>\(HTML.escape(ReportColumns.scope(comparison, language)))</td>"
            out += "<td class=\"num\">\(HTML.escape(ReportColumns.targetValue(comparison.target, comparison.value, language)))</td>"
            out += "<td class=\"num\">\(HTML.escape(ReportColumns.targetValue(comparison.target, comparison.actual, language)))</td>"
            out += "<td><span class=\"badge \(comparison.met ? "met" : "unmet")\">\(HTML.escape(say(.verdict(met: comparison.met))))</span></td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func targetsInForce(_ report: PlanReport) -> String {
        guard !report.targets.isEmpty else { return "<p>\(HTML.escape(say(.none)))</p>\n" }
        var out = "<table class=\"plan-targets\">\n<thead><tr><th>\(HTML.escape(say(.targetName)))</th><th>\(HTML.escape(say(.key)))</th>"
            + "<th class=\"num\">\(HTML.escape(say(.value)))</th></tr></thead>\n<tbody>\n"
        for target in report.targets {
            out += "<tr><td>\(HTML.escape(say(.targetTitle(target.name))))</td><td><code>\(HTML.escape(target.name))</code></td>"
                + "<td class=\"num\">\(HTML.escape(ReportColumns.targetValue(target.name, target.value, language)))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func annex(_ report: PlanReport) -> String {
        guard !report.reductionList.isEmpty else { return "<p>\(HTML.escape(say(.noReductionList)))</p>\n" }
        return annexTable(
            report.annex, titles: ReportColumns.annexTitles(language), numeric: [0, 3, 4, 5, 6],
            columns: ["stt", "code", "name", "days", "days", "days", "rate", "basis"],
            cells: { ReportColumns.annexCells($0, language, basisSeparator: "\n") },
            calendarNote: ReportColumns.hasCalendarDays(report))
    }

    private func fourOnTheSpot(_ report: PlanReport) -> String {
        guard !report.fourOnTheSpotList.isEmpty else { return "<p>\(HTML.escape(say(.noFourOnTheSpotList)))</p>\n" }
        return annexTable(
            report.fourOnTheSpotAnnex, titles: ReportColumns.fourOnTheSpotTitles(language), numeric: [0, 3],
            columns: ["stt", "code", "name", "days", "basis"],
            cells: { ReportColumns.fourOnTheSpotCells($0, language, basisSeparator: "\n") },
            calendarNote: ReportColumns.fourOnTheSpotHasCalendarDays(report))
    }

    /// An annex as a table: a body per level, a heading row per sector, the
    /// legal basis (the last column) as a list.
    private func annexTable<Entry: AnnexEntry>(
        _ levels: [PlanReport.AnnexLevelOf<Entry>], titles: [String], numeric: Set<Int>, columns: [String],
        cells: (PlanReport.AnnexRowOf<Entry>) -> [String], calendarNote: Bool
    ) -> String {
        let width = columns.count
        var out = "<table class=\"annex\">\n<colgroup>" + columns.map { "<col class=\"\($0)\">" }.joined() + "</colgroup>\n"
        out += "<thead><tr>"
        for (index, title) in titles.enumerated() {
            out += "<th\(numeric.contains(index) ? " class=\"num\"" : "")>\(HTML.escape(title))</th>"
        }
        out += "</tr></thead>\n"
        for level in levels {
            out += "<tbody>\n<tr class=\"level\"><th colspan=\"\(width)\">\(HTML.escape(say(.levelName(level.level))))</th></tr>\n"
            for sector in level.sectors {
                out += "<tr class=\"sector\"><th colspan=\"\(width)\">\(HTML.escape(sector.name))</th></tr>\n"
                for row in sector.rows {
                    out += "<tr>"
                    for (index, cell) in cells(row).enumerated() where index < width - 1 {
                        let cls = numeric.contains(index) ? " class=\"num\"" : index == 1 ? " class=\"code\"" : ""
                        out += "<td\(cls)>\(HTML.escape(cell))</td>"
                    }
                    let basis = row.entry.legalBasis
                    out += basis.isEmpty
                        ? "<td></td>"
                        : "<td><ul class=\"basis\">" + basis.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul></td>"
                    out += "</tr>\n"
                }
            }
            out += "</tbody>\n"
        }
        out += "</table>\n"
        if calendarNote { out += "<p class=\"note\">\(HTML.escape(say(.calendarDaysNote)))</p>\n" }
        return out
    }
}
