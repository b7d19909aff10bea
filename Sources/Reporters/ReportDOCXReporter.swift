import Catalog
import Office
import Review
import Vocabulary

/// `report --format docx`: the two lists as a provincial decision attaches
/// them (SPEC §9.3, DOMAIN "Where the lists go"), for staff to edit in Word
/// before the chairman signs. Each annex starts a page: `Phụ lục I` and its
/// title centred in bold, the italic line of the decision it is attached to,
/// then a bordered table whose header row repeats on every page, grouped by
/// level (`A. …`) and sector (`I. …`, restarting per level), numbered, and
/// for Phụ lục I a total row.
///
/// The words are Vietnamese whatever `--lang`: the annex belongs to a
/// Vietnamese decision. Numbers are written as such documents write them
/// (`2.325`, `37,03%`, `0,5`).
public struct ReportDOCXReporter {
    /// The decision's number (`881/QĐ-UBND`) and date; `…` where not given.
    public var decision: String?
    public var date: LocalDate?

    /// The language of the annex, fixed: see above.
    private let language = Language.vi

    public init(decision: String? = nil, date: LocalDate? = nil) {
        self.decision = decision
        self.date = date
    }

    public func render(_ report: PlanReport) -> [UInt8] {
        DOCXWriter.write(document(report))
    }

    func document(_ report: PlanReport) -> WordDocument {
        var first = heading(number: 1, title: .reductionAnnexTitle, report) + [.table(reductionTable(report))]
        if report.totals.recordsDossiers {
            // Where dossiers are recorded: the days saved for citizens, per
            // sector and in total, under the list that saves them (SPEC §12).
            first += [.paragraph(WordDocument.Paragraph([WordDocument.Run("")])), .table(citizenDaysTable(report))]
        }
        if let incomplete = report.incomplete {
            // Dark red, bold: a draft that must not be signed as it is.
            let notice = WordDocument.Run(IncompleteNotice.text(incomplete, language), bold: true, color: "C00000")
            first.insert(.paragraph(WordDocument.Paragraph([notice])), at: 0)
        }
        let second = heading(number: 2, title: .fourOnTheSpotAnnexTitle, report) + [.table(fourOnTheSpotTable(report))]
        return WordDocument(title: say(.reductionAnnexTitle), sections: [first, second])
    }

    private func say(_ label: ReportLabel) -> String { ReportLabelText.render(label, in: language) }

    /// `Phụ lục I`, the title, the decision's line, and a blank line before the table.
    private func heading(number: Int, title: ReportLabel, _ report: PlanReport) -> [WordDocument.Block] {
        let line = ReportLabel.decisionLine(
            decision: decision, date: date, province: ProvinceName.from(planName: report.planName))
        return [
            .paragraph(WordDocument.Paragraph([WordDocument.Run(say(.annexNumber(number)), bold: true)], alignment: .center)),
            .paragraph(WordDocument.Paragraph([WordDocument.Run(say(title), bold: true)], alignment: .center)),
            .paragraph(WordDocument.Paragraph([WordDocument.Run(say(line), italic: true)], alignment: .center)),
            .paragraph(WordDocument.Paragraph([WordDocument.Run("")])),
        ]
    }

    private var style: NumberStyle { language.numberStyle }

    private func days(_ value: Double) -> WordDocument.Cell {
        WordDocument.Cell(ReportNumbers.days(value, style), alignment: .right)
    }

    /// Days of a deadline, marked when they are calendar days.
    private func deadline(_ duration: Catalog.Duration) -> WordDocument.Cell {
        WordDocument.Cell(ReportNumbers.deadline(duration, mark: say(.calendarDaysMark), style), alignment: .right)
    }

    private func rate(_ ratio: Double?) -> WordDocument.Cell {
        WordDocument.Cell(ReportNumbers.percent(ratio, style, none: say(.none)), alignment: .right)
    }

    private func header(_ labels: [ReportLabel]) -> [WordDocument.Cell] {
        labels.map { WordDocument.Cell(say($0), alignment: .center) }
    }

    /// Tables one point below the text, as annexes set long lists, so that a
    /// row with several legal bases still reads on one page.
    static let tableSize = 12.0

    /// Widths in millimetres fill the 252 mm between A4 landscape's margins.
    private func reductionTable(_ report: PlanReport) -> WordDocument.Table {
        var rows = grouped(report.annex) { row in
            let entry = row.entry
            return [
                WordDocument.Cell(ReportNumbers.count(row.stt, style), alignment: .center),
                WordDocument.Cell(entry.code, alignment: .center), WordDocument.Cell(entry.name),
                deadline(entry.legal), deadline(entry.proposed), days(entry.cutDays), rate(entry.rate),
                WordDocument.Cell(entry.legalBasis.joined(separator: "\n")),
            ]
        }
        let legal = report.reductionList.reduce(0) { $0 + $1.legalDays }
        let proposed = report.reductionList.reduce(0) { $0 + $1.proposedDays }
        rows.append(
            .total([
                WordDocument.Cell(""), WordDocument.Cell(""),
                WordDocument.Cell(say(.annexTotal(procedures: report.reductionList.count))),
                days(legal), days(proposed), days(legal - proposed), rate(legal > 0 ? (legal - proposed) / legal : nil),
                WordDocument.Cell(""),
            ]))
        return WordDocument.Table(
            columnWidths: [12, 50, 54, 20, 20, 18, 18, 60],
            header: header([.stt, .code, .name, .legalDeadline, .proposedDeadline, .daysCut, .reductionRate, .legalBasis]),
            rows: rows, size: Self.tableSize)
    }

    /// Sector, then days cut × dossiers a year; `—` for a sector that records none.
    private func citizenDaysTable(_ report: PlanReport) -> WordDocument.Table {
        var rows: [WordDocument.Row] = report.sectors.map { sector in
            .cells([
                WordDocument.Cell(sector.name),
                sector.figures.recordsDossiers ? days(sector.figures.citizenDaysSaved) : WordDocument.Cell(say(.none), alignment: .right),
            ])
        }
        rows.append(.total([WordDocument.Cell(say(.total)), days(report.totals.citizenDaysSaved)]))
        return WordDocument.Table(
            columnWidths: [152, 100], header: header([.sector, .citizenDaysSaved]), rows: rows, size: Self.tableSize)
    }

    private func fourOnTheSpotTable(_ report: PlanReport) -> WordDocument.Table {
        let rows = grouped(report.fourOnTheSpotAnnex) { row in
            let entry = row.entry
            return [
                WordDocument.Cell(ReportNumbers.count(row.stt, style), alignment: .center),
                WordDocument.Cell(entry.code, alignment: .center), WordDocument.Cell(entry.name),
                deadline(entry.deadline), WordDocument.Cell(entry.legalBasis.joined(separator: "\n")),
            ]
        }
        return WordDocument.Table(
            columnWidths: [12, 50, 96, 24, 70], header: header([.stt, .code, .name, .deadlineInForce, .legalBasis]),
            rows: rows, size: Self.tableSize)
    }

    /// The rows of an annex with a group row before each level and each sector.
    private func grouped<Entry>(
        _ levels: [PlanReport.AnnexLevelOf<Entry>], cells: (PlanReport.AnnexRowOf<Entry>) -> [WordDocument.Cell]
    ) -> [WordDocument.Row] {
        var rows: [WordDocument.Row] = []
        for (levelIndex, level) in levels.enumerated() {
            rows.append(.group(say(.annexLevelHeading(letter: levelIndex + 1, level.level))))
            for (sectorIndex, sector) in level.sectors.enumerated() {
                rows.append(.group(say(.annexSectorHeading(number: sectorIndex + 1, name: sector.name))))
                rows += sector.rows.map { .cells(cells($0)) }
            }
        }
        return rows
    }
}
