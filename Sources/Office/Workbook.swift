/// A workbook to write: sheets of rows, each row styled as a whole (header,
/// total, group heading), numbers kept as numbers with a display format.
public struct Workbook: Sendable, Equatable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }

    public struct Sheet: Sendable, Equatable {
        public var name: String
        /// Widths in characters, column A first; columns past the list keep the default.
        public var columnWidths: [Double]
        public var rows: [Row]
        /// Rows kept in view when scrolling, and repeated at the top of each printed page.
        public var headerRows: Int

        public init(name: String, columnWidths: [Double] = [], rows: [Row], headerRows: Int = 0) {
            self.name = name
            self.columnWidths = columnWidths
            self.rows = rows
            self.headerRows = headerRows
        }
    }

    public struct Row: Sendable, Equatable {
        public var values: [Value]
        public var style: RowStyle

        public init(_ values: [Value], style: RowStyle = .plain) {
            self.values = values
            self.style = style
        }
    }

    public enum RowStyle: Sendable, Equatable {
        case plain
        /// Bold column headings.
        case header
        /// A bold total row.
        case total
        /// A bold heading (its first value) merged across all the sheet's columns.
        case groupHeading
    }

    public enum Value: Sendable, Equatable {
        /// Text, codes included: a code such as `1.001` stays text, never a number.
        case text(String)
        case number(Double, NumberFormat)
        case empty
    }

    public enum NumberFormat: Sendable, Equatable, CaseIterable {
        case general
        /// `#,##0`.
        case wholeNumber
        /// `0.00%`: shown to two decimals, stored unrounded.
        case percentage
        /// Days: whole days without a decimal point, half days as `0.5` (General).
        case days
    }
}
