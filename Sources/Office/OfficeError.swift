/// Why a spreadsheet or CSV file could not be read as a table. A value with
/// typed arguments; its words in English and Vietnamese are written at the
/// edge (`OfficeErrorText` in Reporters), as for every other message family.
public enum OfficeError: Error, Hashable, Sendable {
    /// The bytes are not a ZIP archive (an XLSX file is one), or it is damaged.
    case notAZip
    /// A part the format requires (`xl/workbook.xml`) is not in the archive.
    case partMissing(String)
    /// A part whose uncompressed size goes over the per-part limit.
    case partTooLarge(part: String, limit: Int)
    /// All parts together go over the limit (a ZIP bomb, or a file too big to read).
    case tooLarge(limit: Int)
    /// A part could not be inflated: the archive is truncated or damaged.
    case damagedPart(String)
    /// A sheet (nil: a CSV file) with more rows than the limit.
    case tooManyRows(sheet: String?, limit: Int)
    /// A part that is not well-formed XML; `line` is 1-based, `reason` is the parser's English words.
    case malformedXML(part: String, line: Int, reason: String)
    /// A workbook relationship pointing at a part that is not there.
    case sheetMissing(sheet: String, part: String)
    /// CSV bytes that are not UTF-8: the first bad byte and its 1-based line.
    case notUTF8(byte: UInt8, line: Int)
    /// CSV bytes that look like UTF-16 (Excel's "Unicode text").
    case utf16
    /// A quoted CSV field whose closing quote never comes; `line` is where it opened.
    case unclosedQuote(line: Int)
    /// A CSV file larger than the limit.
    case fileTooLarge(size: Int, limit: Int)
}

/// How much a reader accepts before it refuses a file.
public struct OfficeLimits: Sendable, Equatable {
    /// All uncompressed parts of an archive together.
    public var totalBytes: Int
    /// One uncompressed part.
    public var partBytes: Int
    /// Rows of one sheet (Excel's own limit is 1,048,576).
    public var rows: Int

    public init(totalBytes: Int = 256 << 20, partBytes: Int = 64 << 20, rows: Int = 1_000_000) {
        self.totalBytes = totalBytes
        self.partBytes = partBytes
        self.rows = rows
    }

    public static let standard = OfficeLimits()
}
