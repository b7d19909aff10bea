import Catalog
import Foundation

/// A column `tthc import` reads, with the headers the national procedures
/// database and provinces' spreadsheets give it. Headers match without
/// accents, case or spaces (`MÃ TTHC`, `Mã  thủ tục`, `ma thu tuc`).
public enum ImportColumn: String, CaseIterable, Sendable {
    case code
    case name
    case sector
    case level
    case legal
    /// The deadline in force today after earlier cuts (a column of tthc's
    /// own export; the database has none).
    case current
    case proposed
    case legalBasis = "legal_basis"
    case agency
    case fourOnSpot = "four_on_spot"
    case decision
    case interagency
    case fieldInspection = "field_inspection"
    case note
    /// Dossiers received a year (`dossiers_per_year`, SPEC §12).
    case dossiers = "dossiers_per_year"

    /// The built-in headers of this column.
    public var headers: [String] {
        switch self {
        case .code: ["Mã thủ tục", "Mã TTHC", "Mã số", "Mã"]
        case .name: ["Tên thủ tục", "Tên TTHC", "Tên thủ tục hành chính"]
        case .sector: ["Lĩnh vực"]
        case .level: ["Cấp thực hiện", "Cấp"]
        case .legal: ["Thời hạn giải quyết", "Thời hạn theo quy định"]
        case .current: ["Thời hạn hiện hành", "Thời hạn đang áp dụng"]
        case .proposed: ["Thời hạn đề xuất", "Thời hạn sau cắt giảm", "Thời hạn giải quyết sau khi cắt giảm"]
        case .legalBasis: ["Căn cứ pháp lý"]
        case .agency: ["Cơ quan thực hiện"]
        case .fourOnSpot: ["4 tại chỗ"]
        case .decision: ["Quyết định"]
        case .interagency: ["Liên thông"]
        case .fieldInspection: ["Thẩm định thực địa"]
        case .note: ["Ghi chú"]
        case .dossiers: ["Số hồ sơ/năm", "Số hồ sơ tiếp nhận/năm", "Số hồ sơ một năm"]
        }
    }

    /// A header as headers are compared: no accents (`đ` as `d`), lower case,
    /// no spaces or punctuation.
    public static func key(_ header: String) -> String {
        let folded = FormWords.folded(header).replacingOccurrences(of: "đ", with: "d")
        return String(folded.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }
}

/// Which column of a table holds what: the built-in headers, overridden by a
/// `--mapping` file's `columns: {code: "…", name: "…"}`.
public struct ImportHeaders: Sendable {
    /// Header keys to columns, the mapping's first.
    private var columns: [(key: String, column: ImportColumn)]

    public init(mapping: [ImportColumn: [String]] = [:]) {
        var columns: [(String, ImportColumn)] = []
        for column in ImportColumn.allCases {
            for header in mapping[column] ?? [] { columns.append((ImportColumn.key(header), column)) }
        }
        for column in ImportColumn.allCases {
            for header in column.headers { columns.append((ImportColumn.key(header), column)) }
        }
        self.columns = columns
    }

    /// The column a header names, if any.
    public func column(for header: String) -> ImportColumn? {
        let key = ImportColumn.key(header)
        guard !key.isEmpty else { return nil }
        return columns.first { $0.key == key }?.column
    }

    /// `STT` and `TT` number the rows: neither read nor reported.
    public static func isRowNumber(_ header: String) -> Bool {
        ["stt", "tt", "no"].contains(ImportColumn.key(header))
    }
}
