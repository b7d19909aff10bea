import YAMLTree
import Catalog
import Vocabulary

/// The built-in checks that look across files: `duplicate-sector` and
/// `duplicate-code`. The later occurrence (in path order) is reported, with the
/// first as its related location.
enum CrossFileChecks {
    static func findings(_ catalog: LoadedCatalog, language: Language) -> [Finding] {
        var findings: [Finding] = []
        var sectors: [String: Location] = [:]
        var codes: [String: Location] = [:]
        for file in catalog.files {
            if let sector = file.sector {
                let here = location(file, sector.id.mark)
                if let first = sectors[sector.id.value] {
                    findings.append(
                        Finding(
                            rule: BuiltinRule.duplicateSector.rawValue, severity: .error,
                            message: language.pick(
                                "sector id `\(sector.id.value)` is already used by another file; give each sector its own id",
                                "mã lĩnh vực `\(sector.id.value)` đã được dùng ở tệp khác; mỗi lĩnh vực cần một mã riêng"),
                            location: here, sector: sector.id.value, related: [first]))
                } else {
                    sectors[sector.id.value] = here
                }
            }
            for procedure in file.procedures {
                let here = location(file, procedure.code.mark)
                if let first = codes[procedure.code.value] {
                    findings.append(
                        Finding(
                            rule: BuiltinRule.duplicateCode.rawValue, severity: .error,
                            message: language.pick(
                                "procedure code `\(procedure.code.value)` appears twice in the catalog; keep one entry per code",
                                "mã thủ tục `\(procedure.code.value)` xuất hiện hai lần trong danh mục; mỗi mã chỉ giữ một dòng"),
                            location: here, sector: file.sector?.id.value, procedure: procedure.code.value, related: [first]))
                } else {
                    codes[procedure.code.value] = here
                }
            }
        }
        return findings
    }

    private static func location(_ file: CatalogFile, _ mark: YAMLTree.Mark) -> Location {
        Location(file: file.path, line: mark.line, column: mark.column)
    }
}

