import Review
import Vocabulary

/// `report --format text`: the plan report as tables on the terminal.
public struct ReportTextReporter: PlanReportReporter {
    /// The language of the headings, and of the numbers and dates (`37,03%`, `26/11/2026` in Vietnamese).
    public var language: Language
    /// Color the verdicts (met green, not met red); only on a terminal.
    public var colors: Bool

    public init(language: Language = .en, colors: Bool = false) {
        self.language = language
        self.colors = colors
    }

    public func render(_ report: PlanReport) -> String {
        var out = "\(say(.title)): \(shown(report.planName ?? report.planID))\n"
        out += "\(say(.plan)) \(shown(report.planID)), \(say(.asOfInline)) \(language.date(report.asOf))\n"
        if let incomplete = report.incomplete {
            let notice = IncompleteNotice.text(incomplete, language, medium: .terminal)
            out += "\n" + (colors ? "\u{1B}[1;31m\(notice)\u{1B}[0m" : notice) + "\n"
        }
        out += section(say(.targetsInForce), targetsInForce(report))
        out += section(say(.totals), totals(report))
        out += section(say(.sectorsSection(count: report.sectorCount)), sectors(report))
        out += section(say(.agenciesSection(count: report.agencies.count)), agencies(report))
        if !report.comparisons.isEmpty {
            out += section(say(.targets), targets(report))
        }
        out += section(say(.reductionListSection(count: report.reductionList.count)), annex(report))
        out += section(say(.fourOnTheSpotListSection(count: report.fourOnTheSpotList.count)), fourOnTheSpot(report))
        return out
    }

    /// A label in the report's language, anything from the rules in it shown harmless.
    private func say(_ label: ReportLabel) -> String {
        ReportLabelText.render(label, in: language, medium: .terminal)
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
            .init(title: say(.targetName)), .init(title: say(.key)), .init(title: say(.value), alignment: .right),
        ])
        for target in report.targets {
            table.add([
                say(.targetTitle(target.name)), shown(target.name),
                ReportColumns.targetValue(target.name, target.value, language),
            ])
        }
        return report.targets.isEmpty ? "  \(say(.none))\n" : table.render(indent: 2)
    }

    /// A row of figures per (name, figures), then the total row; the
    /// citizen-days column where the catalog records dossiers.
    private func figureTable(
        first: String, maxWidth: Int? = nil, _ rows: [(String, Figures)], _ report: PlanReport
    ) -> String {
        let citizen = report.totals.recordsDossiers
        var table = TextTable(
            [.init(title: first, maxWidth: maxWidth)]
                + ReportColumns.figureTitles(language, citizen: citizen).map {
                    .init(title: $0, alignment: .right, maxWidth: 10)
                })
        for (name, figures) in rows + [(say(.total), report.totals)] {
            table.add([name] + ReportColumns.figureCells(figures, language, citizen: citizen))
        }
        return table.render(indent: 2)
    }

    private func totals(_ report: PlanReport) -> String {
        figureTable(first: say(.level), report.levels.map { (say(.levelName($0.level)), $0.figures) }, report)
    }

    private func sectors(_ report: PlanReport) -> String {
        figureTable(first: say(.sector), maxWidth: 40, report.sectors.map { (shown($0.name), $0.figures) }, report)
    }

    private func agencies(_ report: PlanReport) -> String {
        figureTable(first: say(.agency), maxWidth: 40, report.agencies.map { (shown($0.name), $0.figures) }, report)
    }

    private func targets(_ report: PlanReport) -> String {
        var table = TextTable([
            .init(title: say(.target), maxWidth: 32), .init(title: say(.scope), maxWidth: 48),
            .init(title: say(.targetValue), alignment: .right), .init(title: say(.actual), alignment: .right),
            .init(title: say(.met)),
        ])
        var notes: [String] = []
        for comparison in report.comparisons {
            table.add([
                say(.targetTitle(comparison.target)), shown(ReportColumns.scope(comparison, language)),
                ReportColumns.targetValue(comparison.target, comparison.value, language),
                ReportColumns.targetValue(comparison.target, comparison.actual, language),
                say(.verdict(met: comparison.met)),
            ])
            if let note = ReportColumns.note(comparison, language) {
                notes.append("\(say(.targetTitle(comparison.target))): \(note)")
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
        guard !report.reductionList.isEmpty else { return "  \(say(.noReductionList))\n" }
        let titles = ReportColumns.annexTitles(language)
        var table = TextTable([
            .init(title: titles[0], alignment: .right), .init(title: titles[1]), .init(title: titles[2], maxWidth: 36),
            .init(title: titles[3], alignment: .right, maxWidth: 9), .init(title: titles[4], alignment: .right, maxWidth: 9),
            .init(title: titles[5], alignment: .right, maxWidth: 8), .init(title: titles[6], alignment: .right),
            .init(title: titles[7], maxWidth: 36),
        ])
        add(report.annex, to: &table) { ReportColumns.annexCells($0, language, basisSeparator: "\n", text: shown) }
        var out = table.render(indent: 2)
        if ReportColumns.hasCalendarDays(report) { out += "  \(say(.calendarDaysNote))\n" }
        return out
    }

    private func fourOnTheSpot(_ report: PlanReport) -> String {
        guard !report.fourOnTheSpotList.isEmpty else { return "  \(say(.noFourOnTheSpotList))\n" }
        let titles = ReportColumns.fourOnTheSpotTitles(language)
        var table = TextTable([
            .init(title: titles[0], alignment: .right), .init(title: titles[1]), .init(title: titles[2], maxWidth: 48),
            .init(title: titles[3], alignment: .right, maxWidth: 10), .init(title: titles[4], maxWidth: 48),
        ])
        add(report.fourOnTheSpotAnnex, to: &table) {
            ReportColumns.fourOnTheSpotCells($0, language, basisSeparator: "\n", text: shown)
        }
        var out = table.render(indent: 2)
        if ReportColumns.fourOnTheSpotHasCalendarDays(report) { out += "  \(say(.calendarDaysNote))\n" }
        return out
    }

    /// The rows of an annex under a caption per level and per sector.
    private func add<Entry>(
        _ levels: [PlanReport.AnnexLevelOf<Entry>], to table: inout TextTable,
        cells: (PlanReport.AnnexRowOf<Entry>) -> [String]
    ) {
        for level in levels {
            table.caption(say(.levelName(level.level)).uppercased())
            for sector in level.sectors {
                table.caption("  \(shown(sector.name))")
                for row in sector.rows { table.add(cells(row)) }
            }
        }
    }
}
