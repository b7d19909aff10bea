import Vocabulary
import Review

/// `report --format csv`: one UTF-8 file with a byte order mark (so that
/// spreadsheet programs read Vietnamese correctly), RFC 4180 quoting and CRLF
/// line ends. The file holds six sections, each a title row (one field), a
/// header row and data rows, separated by an empty line:
///
/// 1. the plan: id, name, date;
/// 2. the targets in force: readable name, key, value, unit (`%` or days);
/// 3. the totals: a row per level that occurs, then the total;
/// 4. the sectors in catalog order, then the total;
/// 5. the targets compared: name, key, scope, sector id, target, actual, met;
/// 6. the reduction list as an annex prints it (grouped by level, then sector;
///    STT counts through the annex), level and sector as columns of each row,
///    legal bases one per line inside their field.
///
/// Text fields are always quoted, numbers never: a spreadsheet that reads
/// quoted fields as text (LibreOffice: "Format quoted field as text") keeps
/// codes and dates as written. Numbers have a decimal point and no grouping
/// (`2325`, `0.5`). Rates and shares are percents with two decimals, rounded
/// half up, in columns whose heading ends in `(%)` (`37.03` for 0.370322…), so
/// that they are plain numbers to every spreadsheet; an empty field is a rate
/// with no legal days. Days are the deadlines' days (calendar days at face
/// value). A text field that a spreadsheet could take for a formula (starting
/// with `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`.
public struct ReportCSVReporter: PlanReportReporter {
    public var labels: ReportLabels

    public init(labels: ReportLabels = .en) {
        self.labels = labels
    }

    /// A field: text (quoted, guarded against formulas) or a number as written.
    enum Cell {
        case text(String)
        case number(String)
    }

    public func render(_ report: PlanReport) -> String {
        var sections: [[[Cell]]] = []
        if let incomplete = report.incomplete {
            sections.append([[.text(IncompleteNotice.text(incomplete, Language(rawValue: labels.language) ?? .en))]])
        }
        sections.append([
            [.text(labels.title)],
            [.text(labels.plan), .text(labels.planName), .text(labels.asOf)],
            [.text(report.planID), .text(report.planName ?? ""), .text(report.asOf.description)],
        ])
        sections.append(
            [[.text(labels.targetsInForce)], [.text(labels.targetName), .text(labels.key), .text(labels.value), .text(labels.unit)]]
                + report.targets.map { target in
                    let days = Self.isDays(target.name)
                    return [
                        .text(labels.targetTitle(target.name)), .text(target.name),
                        days ? .number(ReportNumbers.days(target.value)) : percent(target.value),
                        .text(days ? labels.daysUnit : "%"),
                    ]
                })
        sections.append(
            [[.text(labels.totals)], [.text(labels.level)] + figureHeader]
                + report.levels.map { [.text(labels.level($0.level))] + figures($0.figures) }
                + [[.text(labels.total)] + figures(report.totals)])
        sections.append(
            [[.text(labels.sectors)], [.text(labels.sectorID), .text(labels.sector)] + figureHeader]
                + report.sectors.map { [.text($0.id), .text($0.name)] + figures($0.figures) }
                + [[.text(""), .text(labels.total)] + figures(report.totals)])
        sections.append(
            [
                [.text(labels.targets)],
                [
                    .text(labels.target), .text(labels.key), .text(labels.scope), .text(labels.sectorID),
                    .text(percentTitle(labels.targetValue)), .text(percentTitle(labels.actual)), .text(labels.met),
                ],
            ]
                + report.comparisons.map { comparison in
                    [
                        .text(labels.targetTitle(comparison.target)), .text(comparison.target),
                        .text(labels.scope(comparison.scope)), .text(comparison.sector ?? ""),
                        percent(comparison.value), percent(comparison.actual), .text(labels.verdict(comparison.met)),
                    ]
                })
        var annex: [[Cell]] = [
            [.text(labels.reductionList)],
            [
                .text(labels.stt), .text(labels.level), .text(labels.sectorID), .text(labels.sector), .text(labels.code),
                .text(labels.name), .text(labels.legalDeadline), .text(labels.proposedDeadline), .text(labels.daysCut),
                .text(percentTitle(labels.rate)), .text(labels.legalBasis),
            ],
        ]
        for level in report.annex {
            for sector in level.sectors {
                for row in sector.rows {
                    let entry = row.entry
                    annex.append([
                        .number(String(row.stt)), .text(labels.level(level.level)), .text(sector.id), .text(sector.name),
                        .text(entry.code), .text(entry.name), .number(ReportNumbers.days(entry.legalDays)),
                        .number(ReportNumbers.days(entry.proposedDays)), .number(ReportNumbers.days(entry.cutDays)),
                        percent(entry.rate), .text(entry.legalBasis.joined(separator: "\n")),
                    ])
                }
            }
        }
        sections.append(annex)

        let lines = sections.map { section in section.map(Self.record).joined() }
        return "\u{FEFF}" + lines.joined(separator: "\r\n")
    }

    private var figureHeader: [Cell] {
        [
            .text(labels.procedures), .text(labels.withCut), .text(labels.legalDays), .text(labels.proposedDays),
            .text(labels.cutDays), .text(percentTitle(labels.reductionRate)), .text(labels.fourOnTheSpot),
            .text(percentTitle(labels.fourOnTheSpotShare)),
        ]
    }

    private func figures(_ figures: Figures) -> [Cell] {
        [
            .number(String(figures.procedures)), .number(String(figures.withCut)),
            .number(ReportNumbers.days(figures.legalDays)), .number(ReportNumbers.days(figures.proposedDays)),
            .number(ReportNumbers.days(figures.cutDays)), percent(figures.reductionRate),
            .number(String(figures.fourOnTheSpot)), percent(figures.fourOnTheSpotShare),
        ]
    }

    /// A ratio as a percent number with two decimals (`37.03`); empty without one.
    private func percent(_ ratio: Double?) -> Cell {
        guard let ratio, ratio.isFinite else { return .number("") }
        return .number(ReportNumbers.fixed(ratio, shift: 2, digits: 2))
    }

    private func percentTitle(_ title: String) -> String { "\(title) (%)" }

    /// Targets that are a number of days rather than a ratio.
    private static func isDays(_ name: String) -> Bool { name.hasSuffix("_days") }

    /// One record: fields joined by commas, ended by CRLF.
    static func record(_ cells: [Cell]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    /// RFC 4180 fields: every text field is quoted (quotes doubled), so that a
    /// spreadsheet told to read quoted fields as text keeps a code such as
    /// `2.000110` as written; a number is never quoted (and never holds a
    /// comma, quote or line break).
    static func field(_ cell: Cell) -> String {
        switch cell {
        case .number(let number):
            return number
        case .text(let value):
            var text = value
            if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
                text = "'" + value
            }
            var quoted = "\""
            for character in text {
                if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
            }
            return quoted + "\""
        }
    }
}
