/// Reads an XLSX workbook into tables: every worksheet in workbook order,
/// texts as the sheet shows them, numbers kept as numbers. Bounded by
/// `OfficeLimits`: a file over a limit is refused with a reason, never read
/// half-way.
public enum XLSXReader {
    public static func read(_ bytes: [UInt8]) throws(OfficeError) -> [Table] {
        try read(bytes, limits: .standard)
    }

    public static func read(_ bytes: [UInt8], limits: OfficeLimits) throws(OfficeError) -> [Table] {
        var parts = try ZipParts(bytes, limits: limits)
        let index = try WorkbookIndex.read(&parts)
        var shared: [String] = []
        if let path = index.sharedStrings, let strings = try parts.read(path) {
            shared = try SharedStrings.read(strings, part: path, limits: limits)
        }
        var tables: [Table] = []
        for sheet in index.sheets {
            guard let bytes = try parts.read(sheet.part) else { throw .sheetMissing(sheet: sheet.name, part: sheet.part) }
            tables.append(try SheetReader.read(bytes, name: sheet.name, part: sheet.part, shared: shared, limits: limits))
        }
        return tables
    }
}
