import Catalog
import Foundation
import Office
import Vocabulary

/// The whole catalog as one table in the columns `tthc import` reads, under
/// their first built-in headers: a procedure a row, in catalog order, its
/// cells written as the national database writes them (`Cấp Tỉnh`,
/// `10 ngày làm việc`, `x`), so that importing the table gives the catalog's
/// figures back. Shared by the CSV and XLSX outputs of `tthc export`.
///
/// A procedure's agency is written as it applies — its own, else its
/// sector's — so the per-agency figures come back. Not in the table, so not
/// brought back by an import: steps, waivers, the traits other than
/// `interagency` and `field_inspection`, the sector's id and declared totals.
public struct CatalogExport: Sendable {
    /// The columns after `STT`, in order; the one place the order is set.
    public static let columns: [ImportColumn] = [
        .code, .name, .sector, .level, .legal, .current, .proposed, .legalBasis, .agency, .fourOnSpot, .interagency,
        .fieldInspection, .decision, .note, .dossiers,
    ]

    /// The header row: `STT`, then each column's first built-in header.
    public static let header: [String] = ["STT"] + columns.map { $0.headers[0] }

    /// The sheet `--format xlsx` writes.
    public static let sheetName = "Danh mục TTHC"

    /// One procedure: its number (from 1) and its cells in `columns` order.
    public struct Row: Sendable, Equatable {
        public var number: Int
        public var cells: [String]
    }

    public var rows: [Row]

    /// `traits` gives the declared defaults of the two trait columns, for a
    /// procedure that does not set them.
    public init(catalog: LoadedCatalog, traits: [String: TraitDeclaration] = [:]) {
        var rows: [Row] = []
        for file in catalog.files {
            let sector = file.sector?.name.value ?? ""
            let agency = file.sector?.agency?.value
            for procedure in file.procedures {
                let cells = Self.columns.map {
                    Self.cell($0, procedure, sector: sector, sectorAgency: agency, traits: traits)
                }
                rows.append(Row(number: rows.count + 1, cells: cells))
            }
        }
        self.rows = rows
    }

    /// The header and the rows as text, for `CSVWriter`.
    public var csvRows: [[String]] {
        [Self.header] + rows.map { [String($0.number)] + $0.cells }
    }

    /// One sheet, the header bold and frozen, `STT` a number and every other
    /// cell text (a code such as `1.001` never becomes a number).
    public var workbook: Workbook {
        var sheetRows = [Workbook.Row(Self.header.map { .text($0) }, style: .header)]
        for row in rows {
            let cells = row.cells.map { $0.isEmpty ? Workbook.Value.empty : .text($0) }
            sheetRows.append(Workbook.Row([.number(Double(row.number), .wholeNumber)] + cells))
        }
        return Workbook(sheets: [
            Workbook.Sheet(name: Self.sheetName, columnWidths: Self.widths, rows: sheetRows, headerRows: 1)
        ])
    }

    /// Widths in characters, `STT` first: names and legal bases wide.
    static let widths: [Double] = [6, 26, 60, 24, 12, 18, 18, 60, 28, 9, 10, 12, 16, 40]

    static func cell(
        _ column: ImportColumn, _ procedure: Procedure, sector: String, sectorAgency: String?,
        traits: [String: TraitDeclaration]
    ) -> String {
        switch column {
        case .code: return procedure.code.value
        case .name: return procedure.name.value
        case .sector: return sector
        case .level: return level(procedure.level.value)
        case .legal: return duration(procedure.deadline.legal.value)
        case .current: return procedure.deadline.current.map { duration($0.value) } ?? ""
        case .proposed: return procedure.deadline.proposed.map { duration($0.value) } ?? ""
        // One per line, as the database prints them and `import` splits them.
        case .legalBasis: return procedure.legalBasis.joined(separator: "\n")
        case .agency: return procedure.agency?.value ?? sectorAgency ?? ""
        case .fourOnSpot: return mark(procedure.isOnFourOnTheSpotList)
        case .interagency, .fieldInspection:
            // A trait the file does not set has its declared default.
            let value = procedure.traits[column.rawValue]?.value ?? traits[column.rawValue]?.defaultValue
            if case .bool(let set)? = value { return mark(set) }
            return ""
        case .decision: return procedure.decision?.value ?? ""
        case .note: return procedure.note?.value ?? ""
        case .dossiers: return procedure.dossiersPerYear.map { String($0.value) } ?? ""
        }
    }

    /// `Cấp Tỉnh`, `Cấp Huyện`, `Cấp Xã`, as the database prints levels.
    public static func level(_ level: Level) -> String {
        switch level {
        case .province: "Cấp Tỉnh"
        case .district: "Cấp Huyện"
        case .commune: "Cấp Xã"
        }
    }

    /// A deadline as the database prints it: `10 ngày làm việc`; a part of a
    /// working day that is whole hours (8 to the day) as hours, `4 giờ`;
    /// other fractions with a decimal comma, `1,5 ngày làm việc`; calendar
    /// days as `30 ngày`, which legal texts read as calendar days. No
    /// thousands separator: `1.000` would read back as one.
    public static func duration(_ duration: Duration) -> String {
        let hours = duration.days * 8
        switch duration.kind {
        case .workingDays where duration.days < 1 && hours == hours.rounded():
            return "\(number(hours)) giờ"
        case .workingDays:
            return "\(number(duration.days)) ngày làm việc"
        case .calendarDays:
            return "\(number(duration.days)) ngày"
        }
    }

    private static func number(_ value: Double) -> String {
        NumberText.format(value).replacingOccurrences(of: ".", with: ",")
    }

    private static func mark(_ set: Bool) -> String { set ? "x" : "" }
}
