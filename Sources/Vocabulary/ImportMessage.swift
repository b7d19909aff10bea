/// What `tthc import` says about the cells of a spreadsheet or CSV table.
/// `column` arguments are the header as the sheet writes it.
public enum ImportMessage: Hashable, Sendable {
    /// No row names at least a code and a name column.
    case noHeaderRow
    /// A column no known header names: ignored, listed once.
    case unknownColumn(String)
    case missingCode
    case missingName
    /// A code given twice in the sheet; `first` is the row of the first.
    case codeTwice(String, firstRow: Int)
    case unreadableDeadline(column: String, text: String, suggestion: String?)
    case deadlineNotPositive(column: String, text: String)
    /// Several channels: the `Trực tiếp` one is read; `others` are the rest as written.
    case deadlineChannels(column: String, chosen: String, others: [String])
    case unknownLevel(String, suggestion: String?)
    /// Several levels in one cell: the first is read.
    case severalLevels(String, chosen: String)
    case notAFlag(column: String, text: String)
    /// A dossiers cell that is not a whole number 0 or more: the cell is left out.
    case notACount(column: String, text: String)
    case missingSector
    /// New procedures that could not be appended to a file whose `procedures:`
    /// is not a block list at its end: add them by hand.
    case notAppended(count: Int)
    /// A changed field the file does not write as one value (a key it lacks,
    /// a list of another length): change it by hand.
    case fieldNotWritten(field: String, value: String)
}
