import Vocabulary
import Review

/// `report --format markdown`: the plan report as GitHub-flavoured markdown
/// tables, the reduction list grouped by level then sector as an annex is.
public struct ReportMarkdownReporter: PlanReportReporter {
    public var labels: ReportLabels

    public init(labels: ReportLabels = .en) {
        self.labels = labels
    }

    public func render(_ report: PlanReport) -> String {
        // Names, codes and legal bases from the catalog and the rules go through MarkdownText.
        var out = "# \(labels.title): \(MarkdownText.plain(report.planName ?? report.planID))\n\n"
        out += "\(labels.plan) \(MarkdownText.code(report.planID, inTable: false)), "
        out += "\(labels.asOf.lowercasedFirst) \(report.asOf).\n"
        if let incomplete = report.incomplete {
            let language = Language(rawValue: labels.language) ?? .en
            out += "\n> **" + IncompleteNotice.text(incomplete, language, medium: .markdown(inTable: false)) + "**\n"
        }

        out += "\n## \(labels.targetsInForce)\n\n"
        if report.targets.isEmpty {
            out += "\(labels.none)\n"
        } else {
            out += Self.table(
                [labels.targetName, labels.key, labels.value], alignments: [false, false, true],
                report.targets.map {
                    [
                        MarkdownText.plain(labels.targetTitle($0.name)), MarkdownText.code($0.name),
                        ReportColumns.targetValue($0.name, $0.value, labels),
                    ]
                })
        }

        out += "\n## \(labels.totals)\n\n"
        var totals = report.levels.map { [labels.level($0.level)] + ReportColumns.figureCells($0.figures, labels) }
        totals.append(["**\(labels.total)**"] + ReportColumns.figureCells(report.totals, labels).map { "**\($0)**" })
        out += figureTable(first: labels.level, totals)

        out += "\n## \(labels.sectors) (\(report.sectorCount))\n\n"
        var sectors = report.sectors.map { [MarkdownText.plain($0.name)] + ReportColumns.figureCells($0.figures, labels) }
        sectors.append(["**\(labels.total)**"] + ReportColumns.figureCells(report.totals, labels).map { "**\($0)**" })
        out += figureTable(first: labels.sector, sectors)

        if !report.comparisons.isEmpty {
            out += "\n## \(labels.targets)\n\n"
            out += Self.table(
                [labels.target, labels.scope, labels.targetValue, labels.actual, labels.met],
                alignments: [false, false, true, true, false],
                report.comparisons.map { comparison in
                    [
                        MarkdownText.plain(labels.targetTitle(comparison.target)),
                        MarkdownText.plain(ReportColumns.scope(comparison, labels)),
                        ReportColumns.targetValue(comparison.target, comparison.value, labels),
                        ReportColumns.targetValue(comparison.target, comparison.actual, labels),
                        comparison.met ? "✅ \(labels.yes)" : "❌ \(labels.no)",
                    ]
                })
            for comparison in report.comparisons {
                if let note = ReportColumns.note(comparison, labels) {
                    out += "\n\(MarkdownText.plain(labels.targetTitle(comparison.target))): \(note).\n"
                }
            }
        }

        out += "\n## \(labels.reductionList) (\(report.reductionList.count))\n"
        if report.reductionList.isEmpty { out += "\n\(labels.noReductionList)\n" }
        for level in report.annex {
            out += "\n### \(labels.level(level.level))\n"
            for sector in level.sectors {
                out += "\n#### \(MarkdownText.plain(sector.name))\n\n"
                out += Self.table(
                    ReportColumns.annexTitles(labels), alignments: [true, false, false, true, true, true, true, false],
                    sector.rows.map {
                        ReportColumns.annexCells($0, labels, basisSeparator: "<br>", text: MarkdownText.plain)
                    })
            }
        }
        if ReportColumns.hasCalendarDays(report) { out += "\n\(labels.calendarDaysNote)\n" }
        return out
    }

    private func figureTable(first: String, _ rows: [[String]]) -> String {
        Self.table(
            [first] + ReportColumns.figureTitles(labels), alignments: [false] + Array(repeating: true, count: 8), rows)
    }

    /// A pipe table; `alignments` true for a right-aligned (numeric) column.
    /// The cells are Markdown already: text from the catalog was escaped
    /// where it entered them (`MarkdownText`), and markup such as `**total**`
    /// is meant. The titles are plain text.
    static func table(_ titles: [String], alignments: [Bool], _ rows: [[String]]) -> String {
        var out = "| " + titles.map(MarkdownText.plain).joined(separator: " | ") + " |\n"
        out += "|" + alignments.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for row in rows {
            out += "| " + row.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
