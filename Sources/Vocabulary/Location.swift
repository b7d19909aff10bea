/// A place in a source file: the path as the user reached it, 1-based line and
/// column. In a workbook, the sheet too: line and column are then the cell's
/// row and column, and the place is written as a spreadsheet names a cell
/// (`ds.xlsx:Sheet1!F12`).
public struct Location: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The sheet of a workbook the place is in.
    public var sheet: String?

    public init(file: String, line: Int, column: Int, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// The place of `mark` in `file`: the one way a mark read from a source
    /// becomes the location a finding carries.
    public init(file: String, mark: Mark) {
        self.init(file: file, line: mark.line, column: mark.column)
    }

    public static func < (lhs: Location, rhs: Location) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.line, lhs.column) < (rhs.file, rhs.sheet ?? "", rhs.line, rhs.column)
    }

    public var description: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        return "\(file):\(sheet)!\(Self.columnName(column))\(line)"
    }

    /// `A` for 1, `Z` for 26, `AA` for 27, as spreadsheets name columns.
    public static func columnName(_ column: Int) -> String {
        var n = max(column, 1)
        var letters: [Character] = []
        while n > 0 {
            letters.append(Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}
