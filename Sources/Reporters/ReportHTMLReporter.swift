import Vocabulary
import Review

/// `report --format html`: one self-contained page — inline CSS and inline
/// SVG, no script, font, image or style from anywhere else — that prints on
/// A4. It shows the headline figures beside their targets, a bar chart per
/// sector of the reduction rate and of the 4-on-the-spot share against the
/// target lines, the tables of the text report, and the reduction list as an
/// annex (grouped by level, then sector).
public struct ReportHTMLReporter: PlanReportReporter {
    public var labels: ReportLabels

    public init(labels: ReportLabels = .en) {
        self.labels = labels
    }

    public func render(_ report: PlanReport) -> String {
        let title = "\(labels.title): \(report.planName ?? report.planID)"
        var out = """
            <!DOCTYPE html>
            <html lang="vi">
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
            <h1>\(HTML.escape(labels.title))</h1>
            <p class="plan-name">\(HTML.escape(report.planName ?? report.planID))</p>
            <p class="meta">\(HTML.escape(labels.plan)) <code>\(HTML.escape(report.planID))</code> · \(HTML.escape(labels.asOf)) \(report.asOf)</p>
            </header>

            """
        if let incomplete = report.incomplete {
            let notice = IncompleteNotice.text(incomplete, Language(rawValue: labels.language) ?? .en)
            out += "<p class=\"incomplete\" role=\"alert\">\(HTML.escape(notice))</p>\n"
        }
        out += cards(report)
        out += charts(report)
        out += section(labels.totals, totalsTable(report))
        out += section("\(labels.sectors) (\(report.sectorCount))", sectorsTable(report))
        if !report.comparisons.isEmpty { out += section(labels.targets, targetsTable(report)) }
        out += section(labels.targetsInForce, targetsInForce(report))
        out += section("\(labels.reductionList) (\(report.reductionList.count))", annex(report), classes: "annex")
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    // MARK: Headline figures

    private func cards(_ report: PlanReport) -> String {
        var out = "<section class=\"cards\">\n"
        let totals = report.totals
        let reduction = report.comparisons.first { $0.target == "reduction_rate" }
        out += card(
            title: labels.reductionRate, actual: totals.reductionRate, comparison: reduction,
            detail: labels.reductionDetail(
                ReportNumbers.days(totals.cutDays), ReportNumbers.days(totals.legalDays), totals.withCut))
        let share = report.comparisons.first { $0.target == "four_on_spot_share" }
        out += card(
            title: labels.fourOnTheSpotShare, actual: totals.fourOnTheSpotShare, comparison: share,
            detail: labels.shareDetail(totals.fourOnTheSpot, totals.procedures))
        let sectors = report.comparisons.filter { $0.target == "sector_reduction_rate" }
        if let first = sectors.first {
            let reaching = sectors.filter(\.met).count
            out += card(
                title: labels.targetTitle("sector_reduction_rate"),
                value: "\(reaching) / \(sectors.count)", met: reaching == sectors.count,
                detail: labels.sectorsDetail(ReportNumbers.percent(first.value)))
        }
        if let cut = report.comparisons.first(where: { $0.target == "procedure_cut_rate" }) {
            out += card(
                title: labels.targetTitle("procedure_cut_rate"), actual: cut.actual, comparison: cut,
                detail: ReportColumns.note(cut, labels) ?? "")
        }
        out += "</section>\n"
        return out
    }

    private func card(title: String, actual: Double?, comparison: PlanReport.TargetComparison?, detail: String) -> String {
        var text = detail
        if let comparison {
            text = "\(labels.targetValue) \(ReportNumbers.percent(comparison.value)) · " + detail
        }
        return card(
            title: title, value: ReportNumbers.percent(actual, none: labels.none), met: comparison?.met, detail: text)
    }

    private func card(title: String, value: String, met: Bool?, detail: String) -> String {
        let kind = met.map { $0 ? " met" : " unmet" } ?? ""
        var out = "<div class=\"card\(kind)\">\n<div class=\"card-title\">\(HTML.escape(title))</div>\n"
        out += "<div class=\"card-value\">\(HTML.escape(value))</div>\n"
        if let met { out += "<div class=\"verdict\">\(HTML.escape(labels.verdict(met)))</div>\n" }
        out += "<div class=\"card-detail\">\(HTML.escape(detail))</div>\n</div>\n"
        return out
    }

    // MARK: Charts

    private func charts(_ report: PlanReport) -> String {
        let sectorTarget = report.target("sector_reduction_rate")
        let planTarget = report.target("reduction_rate")
        var lines: [ReportHTMLChart.TargetLine] = []
        if let sectorTarget {
            lines.append(.init(label: labels.targetTitle("sector_reduction_rate"), value: sectorTarget, isMain: true))
        }
        if let planTarget {
            lines.append(.init(label: labels.targetTitle("reduction_rate"), value: planTarget, isMain: sectorTarget == nil))
        }
        var reductionBars = report.sectors.map { row in
            ReportHTMLChart.Bar(
                label: row.name, value: row.figures.reductionRate,
                met: Self.reaches(row.figures.reductionRate, sectorTarget ?? planTarget))
        }
        reductionBars.append(
            .init(label: labels.total, value: report.totals.reductionRate,
                  met: Self.reaches(report.totals.reductionRate, planTarget ?? sectorTarget), isTotal: true))
        let reduction = ReportHTMLChart(title: labels.reductionChart, bars: reductionBars, lines: lines, none: labels.none)

        let shareTarget = report.target("four_on_spot_share")
        var shareBars = report.sectors.map { row in
            ReportHTMLChart.Bar(
                label: row.name, value: row.figures.fourOnTheSpotShare,
                met: Self.reaches(row.figures.fourOnTheSpotShare, shareTarget))
        }
        shareBars.append(
            .init(label: labels.total, value: report.totals.fourOnTheSpotShare,
                  met: Self.reaches(report.totals.fourOnTheSpotShare, shareTarget), isTotal: true))
        let share = ReportHTMLChart(
            title: labels.fourOnTheSpotChart, bars: shareBars,
            lines: shareTarget.map { [.init(label: labels.targetTitle("four_on_spot_share"), value: $0, isMain: true)] } ?? [],
            none: labels.none)

        var out = "<section class=\"charts\">\n"
        out += "<figure>\n<figcaption>\(HTML.escape(labels.reductionChart))</figcaption>\n\(reduction.svg())</figure>\n"
        out += "<figure>\n<figcaption>\(HTML.escape(labels.fourOnTheSpotChart))</figcaption>\n\(share.svg())</figure>\n"
        out += "<p class=\"legend\"><span class=\"swatch met\"></span>\(HTML.escape(labels.yes)) "
            + "<span class=\"swatch unmet\"></span>\(HTML.escape(labels.no)) "
            + "<span class=\"swatch line\"></span>\(HTML.escape(labels.targetLine))</p>\n"
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

    private func figureHead(first: String) -> String {
        "<thead><tr><th>\(HTML.escape(first))</th>"
            + ReportColumns.figureTitles(labels).map { "<th class=\"num\">\(HTML.escape($0))</th>" }.joined()
            + "</tr></thead>\n"
    }

    private func figureRow(_ name: String, _ figures: Figures, total: Bool = false) -> String {
        "<tr\(total ? " class=\"total\"" : "")><th scope=\"row\">\(HTML.escape(name))</th>"
            + ReportColumns.figureCells(figures, labels).map { "<td class=\"num\">\(HTML.escape($0))</td>" }.joined()
            + "</tr>\n"
    }

    private func totalsTable(_ report: PlanReport) -> String {
        var out = "<table class=\"figures\">\n" + figureHead(first: labels.level) + "<tbody>\n"
        for row in report.levels { out += figureRow(labels.level(row.level), row.figures) }
        out += figureRow(labels.total, report.totals, total: true)
        return out + "</tbody>\n</table>\n"
    }

    private func sectorsTable(_ report: PlanReport) -> String {
        var out = "<table class=\"figures\">\n" + figureHead(first: labels.sector) + "<tbody>\n"
        for row in report.sectors { out += figureRow(row.name, row.figures) }
        out += figureRow(labels.total, report.totals, total: true)
        return out + "</tbody>\n</table>\n"
    }

    private func targetsTable(_ report: PlanReport) -> String {
        var out = "<table class=\"targets\">\n<thead><tr>"
        for (title, numeric) in [
            (labels.target, false), (labels.scope, false), (labels.targetValue, true), (labels.actual, true),
            (labels.met, false),
        ] {
            out += "<th\(numeric ? " class=\"num\"" : "")>\(HTML.escape(title))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for comparison in report.comparisons {
            let note = ReportColumns.note(comparison, labels).map { "<div class=\"note\">\(HTML.escape($0))</div>" } ?? ""
            out += "<tr><td>\(HTML.escape(labels.targetTitle(comparison.target)))\(note)</td>"
            out += "<td>\(HTML.escape(ReportColumns.scope(comparison, labels)))</td>"
            out += "<td class=\"num\">\(HTML.escape(ReportColumns.targetValue(comparison.target, comparison.value, labels)))</td>"
            out += "<td class=\"num\">\(HTML.escape(ReportColumns.targetValue(comparison.target, comparison.actual, labels)))</td>"
            out += "<td><span class=\"badge \(comparison.met ? "met" : "unmet")\">\(HTML.escape(labels.verdict(comparison.met)))</span></td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func targetsInForce(_ report: PlanReport) -> String {
        guard !report.targets.isEmpty else { return "<p>\(HTML.escape(labels.none))</p>\n" }
        var out = "<table class=\"plan-targets\">\n<thead><tr><th>\(HTML.escape(labels.targetName))</th><th>\(HTML.escape(labels.key))</th>"
            + "<th class=\"num\">\(HTML.escape(labels.value))</th></tr></thead>\n<tbody>\n"
        for target in report.targets {
            out += "<tr><td>\(HTML.escape(labels.targetTitle(target.name)))</td><td><code>\(HTML.escape(target.name))</code></td>"
                + "<td class=\"num\">\(HTML.escape(ReportColumns.targetValue(target.name, target.value, labels)))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func annex(_ report: PlanReport) -> String {
        guard !report.reductionList.isEmpty else { return "<p>\(HTML.escape(labels.noReductionList))</p>\n" }
        let numeric: Set<Int> = [0, 3, 4, 5, 6]
        var out = "<table class=\"annex\">\n<colgroup><col class=\"stt\"><col class=\"code\"><col class=\"name\">"
            + "<col class=\"days\"><col class=\"days\"><col class=\"days\"><col class=\"rate\"><col class=\"basis\"></colgroup>\n"
        out += "<thead><tr>"
        for (index, title) in ReportColumns.annexTitles(labels).enumerated() {
            out += "<th\(numeric.contains(index) ? " class=\"num\"" : "")>\(HTML.escape(title))</th>"
        }
        out += "</tr></thead>\n"
        for level in report.annex {
            out += "<tbody>\n<tr class=\"level\"><th colspan=\"8\">\(HTML.escape(labels.level(level.level)))</th></tr>\n"
            for sector in level.sectors {
                out += "<tr class=\"sector\"><th colspan=\"8\">\(HTML.escape(sector.name))</th></tr>\n"
                for row in sector.rows {
                    let cells = ReportColumns.annexCells(row, labels, basisSeparator: "\n")
                    out += "<tr>"
                    for (index, cell) in cells.enumerated() where index < 7 {
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
        if ReportColumns.hasCalendarDays(report) { out += "<p class=\"note\">\(HTML.escape(labels.calendarDaysNote))</p>\n" }
        return out
    }
}
