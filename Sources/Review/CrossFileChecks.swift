import Catalog
import Vocabulary

/// The built-in checks that look across files: `duplicate-sector` and
/// `duplicate-code`. The later occurrence (in path order) is reported, with the
/// first as its related location.
enum CrossFileChecks {
    static func findings(_ catalog: LoadedCatalog) -> [Finding] {
        var findings: [Finding] = []
        var sectors: [String: Location] = [:]
        var codes: [String: Location] = [:]
        for file in catalog.files {
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
            for procedure in file.procedures {
                let here = location(file, procedure.code.mark)
                if let first = codes[procedure.code.value] {
                    findings.append(
                        Finding(
                            .duplicateCode,
                            message: .review(.duplicateCode(procedure.code.value)), location: here,
                            sector: file.sector?.id.value, procedure: procedure.code.value,
                            procedureName: procedure.name.value, related: [first], keyPath: "code"))
                } else {
                    codes[procedure.code.value] = here
                }
            }
        }
        return findings
    }

    private static func location(_ file: CatalogFile, _ mark: Mark) -> Location {
        Location(file: file.path, mark: mark)
    }
}

