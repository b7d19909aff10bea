/// `xl/styles.xml`: Times New Roman, plain and bold, times the four number
/// formats. Cell style index = (bold ? 4 : 0) + format index.
enum XLSXStyles {
    static func index(bold: Bool, format: Workbook.NumberFormat) -> Int {
        (bold ? 4 : 0) + formatIndex(format)
    }

    private static func formatIndex(_ format: Workbook.NumberFormat) -> Int {
        switch format {
        case .general: 0
        case .wholeNumber: 1
        case .percentage: 2
        case .days: 3
        }
    }

    /// Built-in 0 General, 3 `#,##0`, 10 `0.00%`, and General again for days:
    /// Excel has no format that writes 10 as `10` and 0.5 as `0.5` but
    /// General (`0.##` shows `10.`).
    private static let numberFormatIDs = [0, 3, 10, 0]

    static let xml: String = {
        let font = "<name val=\"Times New Roman\"/><family val=\"1\"/><charset val=\"163\"/>"
        var xfs = ""
        for bold in [false, true] {
            for id in numberFormatIDs {
                xfs += "<xf numFmtId=\"\(id)\" fontId=\"\(bold ? 1 : 0)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                    + (id == 0 ? "" : " applyNumberFormat=\"1\"") + (bold ? " applyFont=\"1\"" : "")
                    + " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            }
        }
        return XMLText.declaration + "<styleSheet xmlns=\"\(XLSXWriter.main)\">"
            + "<fonts count=\"2\"><font><sz val=\"12\"/>\(font)</font><font><b/><sz val=\"12\"/>\(font)</font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"8\">\(xfs)</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }()
}
