import Vocabulary

/// A table read from a spreadsheet sheet or a CSV file: rows of cells, each
/// knowing where it was, so that a finding about a cell can point at it
/// (`ds.xlsx:Sheet1!F12`, `ds.csv:12:6`).
public struct Table: Sendable, Equatable {
    /// What the rows are: the sheet of a workbook, or a CSV file.
    public enum Source: Sendable, Equatable {
        case sheet(String)
        case csv
    }

    public var source: Source
    /// The rows in order; a row holds its non-empty cells in column order.
    public var rows: [[Cell]]

    public init(source: Source, rows: [[Cell]]) {
        self.source = source
        self.rows = rows
    }
}

/// One cell: its place (1-based row and column) and its text as the
/// spreadsheet shows it (a number as its shortest decimal text, a date as the
/// sheet stores it), and the number itself when the cell holds one.
public struct Cell: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var text: String
    public var number: Double?

    public init(row: Int, column: Int, text: String, number: Double? = nil) {
        self.row = row
        self.column = column
        self.text = text
        self.number = number
    }

    /// The cell's spreadsheet name: `F12` (column letters, then the row).
    public var reference: String { CellReference.name(row: row, column: column) }
}

/// Spreadsheet cell names: columns A…Z, AA…, rows from 1.
public enum CellReference {
    public static func name(row: Int, column: Int) -> String {
        columnName(column) + String(row)
    }

    /// `A` for 1, `Z` for 26, `AA` for 27.
    public static func columnName(_ column: Int) -> String {
        Location.columnName(column)
    }

    /// The 1-based row and column of a name such as `F12`, or nil.
    public static func parse(_ name: String) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - 64)
                guard column <= 16_384 else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - 48)
                guard row <= 1_048_576 else { return nil }
            default:
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        return (row, column)
    }
}
