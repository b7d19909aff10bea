import Review

/// `report --format markdown`: the plan report as GitHub-flavoured markdown
/// tables, the reduction list grouped by level then sector as an annex is.
public struct ReportMarkdownReporter: PlanReportReporter {
    public var labels: ReportLabels

    public init(labels: ReportLabels = .en) {
        self.labels = labels
    }

    public func render(_ report: PlanReport) -> String {
        var out = "# \(labels.title): \(Self.inline(report.planName ?? report.planID))\n\n"
        out += "\(labels.plan) `\(report.planID)`, \(labels.asOf.lowercasedFirst) \(report.asOf).\n"

        out += "\n## \(labels.targetsInForce)\n\n"
        if report.targets.isEmpty {
            out += "\(labels.none)\n"
        } else {
            out += Self.table(
                [labels.targetName, labels.key, labels.value], alignments: [false, false, true],
                report.targets.map {
                    [labels.targetTitle($0.name), "`\($0.name)`", ReportColumns.targetValue($0.name, $0.value, labels)]
                })
        }

        out += "\n## \(labels.totals)\n\n"
        var totals = report.levels.map { [labels.level($0.level)] + ReportColumns.figureCells($0.figures, labels) }
        totals.append(["**\(labels.total)**"] + ReportColumns.figureCells(report.totals, labels).map { "**\($0)**" })
        out += figureTable(first: labels.level, totals)

        out += "\n## \(labels.sectors) (\(report.sectorCount))\n\n"
        var sectors = report.sectors.map { [$0.name] + ReportColumns.figureCells($0.figures, labels) }
        sectors.append(["**\(labels.total)**"] + ReportColumns.figureCells(report.totals, labels).map { "**\($0)**" })
        out += figureTable(first: labels.sector, sectors)

        if !report.comparisons.isEmpty {
            out += "\n## \(labels.targets)\n\n"
            out += Self.table(
                [labels.target, labels.scope, labels.targetValue, labels.actual, labels.met],
                alignments: [false, false, true, true, false],
                report.comparisons.map { comparison in
                    [
                        labels.targetTitle(comparison.target), ReportColumns.scope(comparison, labels),
                        ReportColumns.targetValue(comparison.target, comparison.value, labels),
                        ReportColumns.targetValue(comparison.target, comparison.actual, labels),
                        comparison.met ? "✅ \(labels.yes)" : "❌ \(labels.no)",
                    ]
                })
            for comparison in report.comparisons {
                if let note = ReportColumns.note(comparison, labels) {
                    out += "\n\(labels.targetTitle(comparison.target)): \(note).\n"
                }
            }
        }

        out += "\n## \(labels.reductionList) (\(report.reductionList.count))\n"
        if report.reductionList.isEmpty { out += "\n\(labels.noReductionList)\n" }
        for level in report.annex {
            out += "\n### \(labels.level(level.level))\n"
            for sector in level.sectors {
                out += "\n#### \(Self.inline(sector.name))\n\n"
                out += Self.table(
                    ReportColumns.annexTitles(labels), alignments: [true, false, false, true, true, true, true, false],
                    sector.rows.map { ReportColumns.annexCells($0, labels, basisSeparator: "\n") })
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
    static func table(_ titles: [String], alignments: [Bool], _ rows: [[String]]) -> String {
        var out = "| " + titles.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + alignments.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for row in rows {
            out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// A table cell: pipes escaped, HTML-significant characters as entities,
    /// line breaks as `<br>` (which GitHub renders inside a table).
    static func cell(_ text: String) -> String {
        inline(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }

    /// Text on one markdown line: `|`, `<`, `>` and `&` cannot be taken for
    /// table borders or HTML.
    static func inline(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }
}
