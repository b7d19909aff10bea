import Review
import Vocabulary

/// `report --format text`: the plan report as tables on the terminal.
public struct ReportTextReporter: PlanReportReporter {
    public var labels: ReportLabels
    /// Color the verdicts (met green, not met red); only on a terminal.
    public var colors: Bool

    public init(labels: ReportLabels = .en, colors: Bool = false) {
        self.labels = labels
        self.colors = colors
    }

    public func render(_ report: PlanReport) -> String {
        var out = "\(labels.title): \(shown(report.planName ?? report.planID))\n"
        out += "\(labels.plan) \(shown(report.planID)), \(labels.asOf.lowercasedFirst) \(report.asOf)\n"
        if let incomplete = report.incomplete {
            let notice = IncompleteNotice.text(incomplete, Language(rawValue: labels.language) ?? .en, medium: .terminal)
            out += "\n" + (colors ? "\u{1B}[1;31m\(notice)\u{1B}[0m" : notice) + "\n"
        }
        out += section(labels.targetsInForce, targetsInForce(report))
        out += section(labels.totals, totals(report))
        out += section("\(labels.sectors) (\(report.sectorCount))", sectors(report))
        if !report.comparisons.isEmpty {
            out += section(labels.targets, targets(report))
        }
        out += section("\(labels.reductionList) (\(report.reductionList.count))", annex(report))
        return out
    }

    /// Names, codes and legal bases come from the catalog and the rules:
    /// shown harmless (SPEC §8.6), so none can add a line or color the table.
    private func shown(_ text: String) -> String {
        HarmlessText.escape(text)
    }

    private func section(_ title: String, _ body: String) -> String {
        "\n\(title)\n\n\(body)"
    }

    private func targetsInForce(_ report: PlanReport) -> String {
        var table = TextTable([
            .init(title: labels.targetName), .init(title: labels.key), .init(title: labels.value, alignment: .right),
        ])
        for target in report.targets {
            table.add([
                shown(labels.targetTitle(target.name)), shown(target.name),
                ReportColumns.targetValue(target.name, target.value, labels),
            ])
        }
        return report.targets.isEmpty ? "  \(labels.none)\n" : table.render(indent: 2)
    }

    private func figureTable(first: String, maxWidth: Int? = nil) -> TextTable {
        TextTable(
            [.init(title: first, maxWidth: maxWidth)]
                + ReportColumns.figureTitles(labels).map { .init(title: $0, alignment: .right, maxWidth: 10) })
    }

    private func totals(_ report: PlanReport) -> String {
        var table = figureTable(first: labels.level)
        for row in report.levels {
            table.add([labels.level(row.level)] + ReportColumns.figureCells(row.figures, labels))
        }
        table.add([labels.total] + ReportColumns.figureCells(report.totals, labels))
        return table.render(indent: 2)
    }

    private func sectors(_ report: PlanReport) -> String {
        var table = figureTable(first: labels.sector, maxWidth: 40)
        for row in report.sectors {
            table.add([shown(row.name)] + ReportColumns.figureCells(row.figures, labels))
        }
        table.add([labels.total] + ReportColumns.figureCells(report.totals, labels))
        return table.render(indent: 2)
    }

    private func targets(_ report: PlanReport) -> String {
        var table = TextTable([
            .init(title: labels.target, maxWidth: 32), .init(title: labels.scope, maxWidth: 48),
            .init(title: labels.targetValue, alignment: .right), .init(title: labels.actual, alignment: .right),
            .init(title: labels.met),
        ])
        var notes: [String] = []
        for comparison in report.comparisons {
            table.add([
                shown(labels.targetTitle(comparison.target)), shown(ReportColumns.scope(comparison, labels)),
                ReportColumns.targetValue(comparison.target, comparison.value, labels),
                ReportColumns.targetValue(comparison.target, comparison.actual, labels),
                labels.verdict(comparison.met),
            ])
            if let note = ReportColumns.note(comparison, labels) {
                notes.append("\(labels.targetTitle(comparison.target)): \(note)")
            }
        }
        if colors {
            let verdicts = report.comparisons.map(\.met)
            table.paint = { row, column, padded in
                guard column == 4, row < verdicts.count else { return padded }
                return "\u{1B}[\(verdicts[row] ? "32" : "1;31")m\(padded)\u{1B}[0m"
            }
        }
        return table.render(indent: 2) + notes.map { "  \($0)\n" }.joined()
    }

    private func annex(_ report: PlanReport) -> String {
        guard !report.reductionList.isEmpty else { return "  \(labels.noReductionList)\n" }
        let titles = ReportColumns.annexTitles(labels)
        var table = TextTable([
            .init(title: titles[0], alignment: .right), .init(title: titles[1]), .init(title: titles[2], maxWidth: 36),
            .init(title: titles[3], alignment: .right, maxWidth: 9), .init(title: titles[4], alignment: .right, maxWidth: 9),
            .init(title: titles[5], alignment: .right, maxWidth: 8), .init(title: titles[6], alignment: .right),
            .init(title: titles[7], maxWidth: 36),
        ])
        for level in report.annex {
            table.caption(labels.level(level.level).uppercased())
            for sector in level.sectors {
                table.caption("  \(shown(sector.name))")
                for row in sector.rows {
                    table.add(ReportColumns.annexCells(row, labels, basisSeparator: "\n", text: shown))
                }
            }
        }
        var out = table.render(indent: 2)
        if ReportColumns.hasCalendarDays(report) { out += "  \(labels.calendarDaysNote)\n" }
        return out
    }
}

extension String {
    /// The string with its first character lowercased (`As of` → `as of`).
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
