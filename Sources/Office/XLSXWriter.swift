import Foundation

/// Writes a `Workbook` as an XLSX file: the minimal parts Excel and
/// LibreOffice open without repair, laid out as openpyxl lays them, with
/// fixed dates so the same workbook always gives the same bytes.
public enum XLSXWriter {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    public static func write(_ workbook: Workbook) -> [UInt8] {
        var strings = SharedStringTable()
        let names = SheetNames.valid(workbook.sheets.map(\.name))
        var sheetParts: [(path: String, bytes: [UInt8])] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            sheetParts.append(("xl/worksheets/sheet\(index + 1).xml", Array(XLSXSheetXML.sheet(sheet, strings: &strings).utf8)))
        }
        let count = workbook.sheets.count
        var overrides: [(part: String, type: String)] = [
            ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ("xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
        ]
        for index in 0..<count {
            overrides.append(("xl/worksheets/sheet\(index + 1).xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
        }
        var workbookRels = (0..<count).map { ("rId\($0 + 1)", "\(relationships)/worksheet", "worksheets/sheet\($0 + 1).xml") }
        workbookRels.append(("rId\(count + 1)", "\(relationships)/styles", "styles.xml"))
        workbookRels.append(("rId\(count + 2)", "\(relationships)/sharedStrings", "sharedStrings.xml"))

        var parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", Array(PackageParts.contentTypes(overrides).utf8)),
            ("_rels/.rels", Array(PackageParts.rootRelationships(main: "xl/workbook.xml").utf8)),
            ("docProps/core.xml", Array(PackageParts.core(title: names.first ?? "").utf8)),
            ("docProps/app.xml", Array(PackageParts.app().utf8)),
            ("xl/workbook.xml", Array(workbookXML(workbook, names: names).utf8)),
            ("xl/_rels/workbook.xml.rels", Array(PackageParts.relationships(workbookRels).utf8)),
            ("xl/styles.xml", Array(XLSXStyles.xml.utf8)),
        ]
        parts += sheetParts
        parts.append(("xl/sharedStrings.xml", Array(strings.xml.utf8)))
        return ZipWriter.write(parts)
    }

    private static func workbookXML(_ workbook: Workbook, names: [String]) -> String {
        var xml = XMLText.declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        xml += "<bookViews><workbookView/></bookViews><sheets>"
        for index in names.indices {
            xml += "<sheet name=\"\(XMLText.escape(names[index]))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        // Header rows repeat at the top of every printed page.
        let titled = workbook.sheets.indices.filter { workbook.sheets[$0].headerRows > 0 }
        if !titled.isEmpty {
            xml += "<definedNames>"
            for index in titled {
                let quoted = "'" + names[index].replacingAll("'", with: "''") + "'"
                xml += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                    + XMLText.escape("\(quoted)!$1:$\(workbook.sheets[index].headerRows)") + "</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "</workbook>"
    }
}

/// Texts of all sheets, each stored once, in order of first use.
struct SharedStringTable {
    private var index: [String: Int] = [:]
    private var list: [String] = []
    private var uses = 0

    mutating func id(_ text: String) -> Int {
        uses += 1
        if let found = index[text] { return found }
        index[text] = list.count
        list.append(text)
        return list.count - 1
    }

    var xml: String {
        XMLText.declaration + "<sst xmlns=\"\(XLSXWriter.main)\" count=\"\(uses)\" uniqueCount=\"\(list.count)\">"
            + list.map { "<si><t xml:space=\"preserve\">\(XMLText.escape(CellEscape.protect($0)))</t></si>" }.joined()
            + "</sst>"
    }
}

/// Excel reads `_xHHHH_` in a string as an escaped character; text that
/// happens to look like one keeps its underscore as `_x005F_`.
enum CellEscape {
    static func protect(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
               scalars[index + 2...index + 5].allSatisfy({ $0.properties.isASCIIHexDigit }) {
                out.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

/// Sheet names Excel accepts: at most 31 characters, none of `[]:*?/\`, not
/// empty, unique regardless of case. A name that breaks a rule is mended, not refused.
enum SheetNames {
    static func valid(_ names: [String]) -> [String] {
        var used: Set<String> = []
        var result: [String] = []
        for (index, name) in names.enumerated() {
            var cleaned = String(name.map { "[]:*?/\\".contains($0) ? " " : $0 }.prefix(31))
            if cleaned.trimmingSpaces.isEmpty { cleaned = "Sheet\(index + 1)" }
            var candidate = cleaned
            var suffix = 2
            while used.contains(candidate.lowercased()) {
                let tail = " (\(suffix))"
                candidate = String(cleaned.prefix(31 - tail.count)) + tail
                suffix += 1
            }
            used.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }
}
