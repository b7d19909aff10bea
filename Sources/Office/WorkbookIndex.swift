/// Where a workbook's parts are: its sheets in workbook order (name and part
/// path) and its shared strings, found through the package relationships as
/// Excel, LibreOffice and openpyxl write them.
struct WorkbookIndex {
    var sheets: [(name: String, part: String)]
    var sharedStrings: String?

    static func read(_ parts: inout ZipParts) throws(OfficeError) -> WorkbookIndex {
        let workbookPath = try officeDocument(&parts) ?? "xl/workbook.xml"
        guard let workbook = try parts.read(workbookPath) else { throw .partMissing(workbookPath) }

        var declared: [(name: String, id: String)] = []
        try XMLEvents.parse(workbook, part: workbookPath, start: { name, attributes in
            if name == "sheet", let sheet = attributes["name"], let id = attributes["id"] { declared.append((sheet, id)) }
        })

        let directory = PartPath.directory(of: workbookPath)
        let relsPath = directory + "_rels/" + PartPath.file(of: workbookPath) + ".rels"
        var targets: [String: (type: String, part: String)] = [:]
        var sharedStrings: String?
        if let rels = try parts.read(relsPath) {
            try XMLEvents.parse(rels, part: relsPath, start: { name, attributes in
                guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                      attributes["TargetMode"] != "External" else { return }
                let type = attributes["Type"] ?? ""
                let part = PartPath.resolve(target, from: directory)
                targets[id] = (type, part)
                if type.hasSuffix("/sharedStrings") { sharedStrings = part }
            })
        }
        if sharedStrings == nil, parts.contains(directory + "sharedStrings.xml") { sharedStrings = directory + "sharedStrings.xml" }

        var sheets: [(name: String, part: String)] = []
        for sheet in declared {
            guard let target = targets[sheet.id] else { throw .sheetMissing(sheet: sheet.name, part: relsPath) }
            // Chart sheets and dialog sheets hold no cells.
            guard target.type.isEmpty || target.type.hasSuffix("/worksheet") else { continue }
            guard parts.contains(target.part) else { throw .sheetMissing(sheet: sheet.name, part: target.part) }
            sheets.append((sheet.name, target.part))
        }
        return WorkbookIndex(sheets: sheets, sharedStrings: sharedStrings)
    }

    /// The main part named by `_rels/.rels`, if that part exists.
    private static func officeDocument(_ parts: inout ZipParts) throws(OfficeError) -> String? {
        guard let rels = try parts.read("_rels/.rels") else { return nil }
        var found: String?
        try XMLEvents.parse(rels, part: "_rels/.rels", start: { name, attributes in
            if name == "Relationship", found == nil, let type = attributes["Type"], type.hasSuffix("/officeDocument"),
               let target = attributes["Target"] {
                found = PartPath.resolve(target, from: "")
            }
        })
        guard let found, parts.contains(found) else { return nil }
        return found
    }
}

/// Paths inside a package: `/xl/x.xml` is absolute, `worksheets/s.xml` and
/// `../x.xml` are relative to the part's directory.
enum PartPath {
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    static func file(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func resolve(_ target: String, from directory: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : directory + target
        var components: [Substring] = []
        for component in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
