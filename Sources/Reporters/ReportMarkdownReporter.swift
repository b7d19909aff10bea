import Vocabulary
import Review

/// `report --format markdown`: the plan report as GitHub-flavoured markdown
/// tables, the reduction list grouped by level then sector as an annex is.
public struct ReportMarkdownReporter: PlanReportReporter {
    /// The language of the headings, and of the numbers and dates (`37,03%`, `26/11/2026` in Vietnamese).
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ report: PlanReport) -> String {
        // Names, codes and legal bases from the catalog and the rules go through MarkdownText.
        var out = "# \(say(.title)): \(MarkdownText.plain(report.planName ?? report.planID))\n\n"
        out += "\(say(.plan)) \(MarkdownText.code(report.planID, inTable: false)), "
        out += "\(say(.asOfInline)) \(language.date(report.asOf)).\n"
        if let incomplete = report.incomplete {
            out += "\n> **" + IncompleteNotice.text(incomplete, language, medium: .markdown(inTable: false)) + "**\n"
        }

        out += "\n## \(say(.targetsInForce))\n\n"
        if report.targets.isEmpty {
            out += "\(say(.none))\n"
        } else {
            out += Self.table(
                [say(.targetName), say(.key), say(.value)], alignments: [false, false, true],
                report.targets.map {
                    [
                        say(.targetTitle($0.name)), MarkdownText.code($0.name),
                        ReportColumns.targetValue($0.name, $0.value, language),
                    ]
                })
        }

        out += "\n## \(say(.totals))\n\n"
        out += figureTable(first: say(.level), report.levels.map { (say(.levelName($0.level)), $0.figures) }, report)

        out += "\n## \(say(.sectorsSection(count: report.sectorCount)))\n\n"
        out += figureTable(first: say(.sector), report.sectors.map { (MarkdownText.plain($0.name), $0.figures) }, report)

        out += "\n## \(say(.agenciesSection(count: report.agencies.count)))\n\n"
        out += figureTable(first: say(.agency), report.agencies.map { (MarkdownText.plain($0.name), $0.figures) }, report)

        if !report.comparisons.isEmpty {
            out += "\n## \(say(.targets))\n\n"
            out += Self.table(
                [say(.target), say(.scope), say(.targetValue), say(.actual), say(.met)],
                alignments: [false, false, true, true, false],
                report.comparisons.map { comparison in
                    [
                        say(.targetTitle(comparison.target)),
                        MarkdownText.plain(ReportColumns.scope(comparison, language)),
                        ReportColumns.targetValue(comparison.target, comparison.value, language),
                        ReportColumns.targetValue(comparison.target, comparison.actual, language),
                        (comparison.met ? "✅ " : "❌ ") + say(.verdict(met: comparison.met)),
                    ]
                })
            for comparison in report.comparisons {
                if let note = ReportColumns.note(comparison, language) {
                    out += "\n\(say(.targetTitle(comparison.target))): \(note).\n"
                }
            }
        }

        out += "\n## \(say(.reductionListSection(count: report.reductionList.count)))\n"
        if report.reductionList.isEmpty { out += "\n\(say(.noReductionList))\n" }
        for level in report.annex {
            out += "\n### \(say(.levelName(level.level)))\n"
            for sector in level.sectors {
                out += "\n#### \(MarkdownText.plain(sector.name))\n\n"
                out += Self.table(
                    ReportColumns.annexTitles(language), alignments: [true, false, false, true, true, true, true, false],
                    sector.rows.map {
                        ReportColumns.annexCells($0, language, basisSeparator: "<br>", text: MarkdownText.plain)
                    })
            }
        }
        if ReportColumns.hasCalendarDays(report) { out += "\n\(say(.calendarDaysNote))\n" }

        out += "\n## \(say(.fourOnTheSpotListSection(count: report.fourOnTheSpotList.count)))\n"
        if report.fourOnTheSpotList.isEmpty { out += "\n\(say(.noFourOnTheSpotList))\n" }
        for level in report.fourOnTheSpotAnnex {
            out += "\n### \(say(.levelName(level.level)))\n"
            for sector in level.sectors {
                out += "\n#### \(MarkdownText.plain(sector.name))\n\n"
                out += Self.table(
                    ReportColumns.fourOnTheSpotTitles(language), alignments: [true, false, false, true, false],
                    sector.rows.map {
                        ReportColumns.fourOnTheSpotCells($0, language, basisSeparator: "<br>", text: MarkdownText.plain)
                    })
            }
        }
        if ReportColumns.fourOnTheSpotHasCalendarDays(report) { out += "\n\(say(.calendarDaysNote))\n" }
        return out
    }

    /// A label in the report's language, anything from the rules in it escaped for Markdown.
    private func say(_ label: ReportLabel) -> String {
        ReportLabelText.render(label, in: language, medium: .markdown)
    }

    /// A row of figures per (name, figures), then the total row in bold; the
    /// citizen-days column where the catalog records dossiers.
    private func figureTable(first: String, _ rows: [(String, Figures)], _ report: PlanReport) -> String {
        let citizen = report.totals.recordsDossiers
        let titles = ReportColumns.figureTitles(language, citizen: citizen)
        let body =
            rows.map { [$0.0] + ReportColumns.figureCells($0.1, language, citizen: citizen) }
            + [(["**\(say(.total))**"] + ReportColumns.figureCells(report.totals, language, citizen: citizen).map { "**\($0)**" })]
        return Self.table([first] + titles, alignments: [false] + Array(repeating: true, count: titles.count), body)
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
