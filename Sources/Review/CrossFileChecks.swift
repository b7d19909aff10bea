import Catalog
import Vocabulary

/// The built-in checks that look across files: `duplicate-sector` and
/// `duplicate-code`. The later occurrence (in path order) is reported, with the
/// first as its related location.
enum CrossFileChecks {
    static func findings(_ catalog: LoadedCatalog) -> [Finding] {
        var findings: [Finding] = []
        var sectors: [String: Location] = [:]
        // Where each code was first seen, as a file and a row: the Location
        // (and its path) is made only for a duplicate.
        var codes = FirstOccurrences(capacity: catalog.files.reduce(0) { $0 + $1.procedures.count })
        for (index, file) in catalog.files.enumerated() {
            if let sector = file.sector {
                let here = location(file, sector.id.mark)
                if let first = sectors[sector.id.value] {
                    findings.append(
                        Finding(
                            .duplicateSector,
                            message: .review(.duplicateSector(sector.id.value)), location: here, sector: sector.id.value,
                            related: [first], keyPath: "sector.id"))
                } else {
                    sectors[sector.id.value] = here
                }
            }
            // By row: a procedure's code is read in place, the procedure not copied.
            for row in file.procedures.indices {
                let code = file.procedures[row].code
                guard
                    let first = codes.first(
                        of: code.value, file: index, row: row, key: { catalog.files[$0].procedures[$1].code.value })
                else { continue }
                let firstFile = catalog.files[first.file]
                findings.append(
                    Finding(
                        .duplicateCode,
                        message: .review(.duplicateCode(code.value)),
                        location: location(file, code.mark),
                        sector: file.sector?.id.value, procedure: code.value,
                        procedureName: file.procedures[row].name.value,
                        related: [location(firstFile, firstFile.procedures[first.row].code.mark)], keyPath: "code"))
            }
        }
        return findings
    }

    private static func location(_ file: CatalogFile, _ mark: Mark) -> Location {
        Location(file: file.path, mark: mark)
    }
}

