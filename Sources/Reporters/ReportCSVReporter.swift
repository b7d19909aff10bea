import Vocabulary
import Review

/// `report --format csv`: one UTF-8 file with a byte order mark (so that
/// spreadsheet programs read Vietnamese correctly), RFC 4180 quoting and CRLF
/// line ends. The file holds eight sections, each a title row (one field), a
/// header row and data rows, separated by an empty line:
///
/// 1. the plan: id, name, date;
/// 2. the targets in force: readable name, key, value, unit (`%` or days);
/// 3. the totals: a row per level that occurs, then the total;
/// 4. the sectors in catalog order, then the total;
/// 5. the agencies in order of first appearance, then the total;
/// 6. the targets compared: name, key, scope, sector id, target, actual, met;
/// 7. the reduction list as an annex prints it (grouped by level, then sector;
///    STT counts through the annex), level and sector as columns of each row,
///    legal bases one per line inside their field;
/// 8. the 4-on-the-spot list, grouped and laid out as the reduction list, with
///    the deadline in force.
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
    /// The language of the titles; numbers stay as machines read them in either.
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    /// A field: text (quoted, guarded against formulas) or a number as written.
    enum Cell {
        case text(String)
        case number(String)
    }

    public func render(_ report: PlanReport) -> String {
        var sections: [[[Cell]]] = []
        if let incomplete = report.incomplete {
            sections.append([[.text(IncompleteNotice.text(incomplete, language))]])
        }
        sections.append([
            [title(.title)],
            [title(.plan), title(.planName), title(.asOf)],
            [.text(report.planID), .text(report.planName ?? ""), .text(report.asOf.description)],
        ])
        sections.append(
            [[title(.targetsInForce)], [title(.targetName), title(.key), title(.value), title(.unit)]]
                + report.targets.map { target in
                    let days = Self.isDays(target.name)
                    return [
                        title(.targetTitle(target.name)), .text(target.name),
                        days ? .number(ReportNumbers.days(target.value)) : percent(target.value),
                        days ? title(.daysUnit) : .text("%"),
                    ]
                })
        let citizen = report.totals.recordsDossiers
        sections.append(
            [[title(.totals)], [title(.level)] + figureHeader(citizen: citizen)]
                + report.levels.map { [title(.levelName($0.level))] + figures($0.figures, citizen: citizen) }
                + [[title(.total)] + figures(report.totals, citizen: citizen)])
        sections.append(
            [[title(.sectors)], [title(.sectorID), title(.sector)] + figureHeader(citizen: citizen)]
                + report.sectors.map { [.text($0.id), .text($0.name)] + figures($0.figures, citizen: citizen) }
                + [[.text(""), title(.total)] + figures(report.totals, citizen: citizen)])
        sections.append(
            [[title(.agencies)], [title(.agency)] + figureHeader(citizen: citizen)]
                + report.agencies.map { [.text($0.name)] + figures($0.figures, citizen: citizen) }
                + [[title(.total)] + figures(report.totals, citizen: citizen)])
        sections.append(
            [
                [title(.targets)],
                [
                    title(.target), title(.key), title(.scope), title(.sectorID), percentTitle(.targetValue),
                    percentTitle(.actual), title(.met),
                ],
            ]
                + report.comparisons.map { comparison in
                    [
                        title(.targetTitle(comparison.target)), .text(comparison.target),
                        title(.scopeName(comparison.scope)), .text(comparison.sector ?? ""),
                        percent(comparison.value), percent(comparison.actual), title(.verdict(met: comparison.met)),
                    ]
                })
        var annex: [[Cell]] = [
            [title(.reductionList)],
            [
                title(.stt), title(.level), title(.sectorID), title(.sector), title(.code), title(.name),
                title(.legalDeadline), title(.proposedDeadline), title(.daysCut), percentTitle(.rate), title(.legalBasis),
            ],
        ]
        for level in report.annex {
            for sector in level.sectors {
                for row in sector.rows {
                    let entry = row.entry
                    annex.append([
                        .number(String(row.stt)), title(.levelName(level.level)), .text(sector.id), .text(sector.name),
                        .text(entry.code), .text(entry.name), .number(ReportNumbers.days(entry.legalDays)),
                        .number(ReportNumbers.days(entry.proposedDays)), .number(ReportNumbers.days(entry.cutDays)),
                        percent(entry.rate), .text(entry.legalBasis.joined(separator: "\n")),
                    ])
                }
            }
        }
        sections.append(annex)
        var onTheSpot: [[Cell]] = [
            [title(.fourOnTheSpotList)],
            [
                title(.stt), title(.level), title(.sectorID), title(.sector), title(.code), title(.name),
                title(.deadlineInForce), title(.legalBasis),
            ],
        ]
        for level in report.fourOnTheSpotAnnex {
            for sector in level.sectors {
                for row in sector.rows {
                    let entry = row.entry
                    onTheSpot.append([
                        .number(String(row.stt)), title(.levelName(level.level)), .text(sector.id), .text(sector.name),
                        .text(entry.code), .text(entry.name), .number(ReportNumbers.days(entry.deadlineDays)),
                        .text(entry.legalBasis.joined(separator: "\n")),
                    ])
                }
            }
        }
        sections.append(onTheSpot)

        let lines = sections.map { section in section.map(Self.record).joined() }
        return "\u{FEFF}" + lines.joined(separator: "\r\n")
    }

    /// A label as a text field; the field's quoting is its escaping.
    private func title(_ label: ReportLabel) -> Cell {
        .text(ReportLabelText.render(label, in: language))
    }

    /// The title of a column of percents: `Rate (%)`.
    private func percentTitle(_ label: ReportLabel) -> Cell {
        .text(ReportLabelText.render(label, in: language) + " (%)")
    }

    /// `citizen` adds the citizen-days saved, for a catalog that records dossiers.
    private func figureHeader(citizen: Bool) -> [Cell] {
        [
            title(.procedures), title(.withCut), title(.legalDays), title(.proposedDays), title(.cutDays),
            percentTitle(.reductionRate), title(.fourOnTheSpot), percentTitle(.fourOnTheSpotShare),
        ] + (citizen ? [title(.citizenDaysSaved)] : [])
    }

    private func figures(_ figures: Figures, citizen: Bool) -> [Cell] {
        [
            .number(String(figures.procedures)), .number(String(figures.withCut)),
            .number(ReportNumbers.days(figures.legalDays)), .number(ReportNumbers.days(figures.proposedDays)),
            .number(ReportNumbers.days(figures.cutDays)), percent(figures.reductionRate),
            .number(String(figures.fourOnTheSpot)), percent(figures.fourOnTheSpotShare),
        ] + (citizen ? [.number(figures.recordsDossiers ? ReportNumbers.days(figures.citizenDaysSaved) : "")] : [])
    }

    /// A ratio as a percent number with two decimals (`37.03`); empty without one.
    private func percent(_ ratio: Double?) -> Cell {
        guard let ratio, ratio.isFinite else { return .number("") }
        return .number(ReportNumbers.fixed(ratio, shift: 2, digits: 2))
    }

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
