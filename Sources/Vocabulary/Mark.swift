/// A position in a YAML source (a catalog file, a file of rules/): 1-based line
/// and column, the column counted in Unicode scalars as libyaml counts them.
/// Here, below every layer, so that typed values keep where they were read
/// without knowing YAML; `Location(file:mark:)` places one in its file.
/// Stored in 32 bits each (files are limited far below 2^31 lines): every
/// decoded value keeps one, so its size shows in the memory of a national
/// catalog.
public struct Mark: Hashable, Comparable, Sendable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    public var description: String { "\(line):\(column)" }
}
