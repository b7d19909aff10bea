import Office
import Review
import Vocabulary

/// The two annex sheets of `report --format xlsx`: Phụ lục I (the reduction
/// list) and Phụ lục II (the 4-on-the-spot list), grouped by level
/// (`A. …`) and sector (`I. …`, restarting per level) with heading rows
/// merged across the sheet, numbered as the annex prints them.
struct ReportXLSXAnnexes {
    var language: Language

    private func say(_ label: ReportLabel) -> Workbook.Value { .text(ReportLabelText.render(label, in: language)) }

    /// The basis cell: one legal basis a line.
    private func basis(_ list: [String]) -> Workbook.Value { .text(list.joined(separator: "\n")) }

    /// Marks a row whose deadline is in calendar days (counted at face value), so the number is not misread.
    private func note(_ calendarDays: Bool) -> Workbook.Value { calendarDays ? say(.calendarDaysRow) : .empty }

    func reductionSheet(_ report: PlanReport) -> Workbook.Sheet {
        var rows = [
            Workbook.Row(
                [.stt, .code, .name, .legalDeadline, .proposedDeadline, .daysCut, .rate, .legalBasis, .note].map(say),
                style: .header)
        ]
        rows += grouped(report.annex) { row in
            let entry = row.entry
            return [
                .number(Double(row.stt), .wholeNumber), .text(entry.code), .text(entry.name),
                .number(entry.legalDays, .days), .number(entry.proposedDays, .days), .number(entry.cutDays, .days),
                ReportXLSXReporter.rate(entry.rate), basis(entry.legalBasis), note(entry.inCalendarDays),
            ]
        }
        let totals = report.reductionList.reduce(into: (legal: 0.0, proposed: 0.0)) { sum, entry in
            sum.legal += entry.legalDays
            sum.proposed += entry.proposedDays
        }
        let cut = totals.legal - totals.proposed
        rows.append(
            Workbook.Row(
                [
                    say(.total), .empty, .number(Double(report.reductionList.count), .wholeNumber),
                    .number(totals.legal, .days), .number(totals.proposed, .days), .number(cut, .days),
                    ReportXLSXReporter.rate(totals.legal > 0 ? cut / totals.legal : nil),
                ],
                style: .total))
        return Workbook.Sheet(
            name: ReportXLSXReporter.SheetName.reductionAnnex, columnWidths: [7, 16, 70, 14, 14, 12, 10, 50, 14],
            rows: rows, headerRows: 1)
    }

    func fourOnTheSpotSheet(_ report: PlanReport) -> Workbook.Sheet {
        var rows = [
            Workbook.Row(
                [.stt, .code, .name, .sector, .level, .deadlineInForce, .legalBasis, .note].map(say), style: .header)
        ]
        rows += grouped(report.fourOnTheSpotAnnex) { row in
            let entry = row.entry
            return [
                .number(Double(row.stt), .wholeNumber), .text(entry.code), .text(entry.name), .text(entry.sectorName),
                say(.levelName(entry.level)), .number(entry.deadlineDays, .days), basis(entry.legalBasis),
                note(entry.inCalendarDays),
            ]
        }
        return Workbook.Sheet(
            name: ReportXLSXReporter.SheetName.fourOnTheSpotAnnex, columnWidths: [7, 16, 70, 24, 12, 14, 50, 14],
            rows: rows, headerRows: 1)
    }

    /// The rows of an annex with a heading row before each level and each sector.
    private func grouped<Entry>(
        _ levels: [PlanReport.AnnexLevelOf<Entry>], cells: (PlanReport.AnnexRowOf<Entry>) -> [Workbook.Value]
    ) -> [Workbook.Row] {
        var rows: [Workbook.Row] = []
        for (levelIndex, level) in levels.enumerated() {
            rows.append(Workbook.Row([say(.annexLevelHeading(letter: levelIndex + 1, level.level))], style: .groupHeading))
            for (sectorIndex, sector) in level.sectors.enumerated() {
                rows.append(
                    Workbook.Row([say(.annexSectorHeading(number: sectorIndex + 1, name: sector.name))], style: .groupHeading))
                rows += level.sectors[sectorIndex].rows.map { Workbook.Row(cells($0)) }
            }
        }
        return rows
    }
}
