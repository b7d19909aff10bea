import Catalog
import Vocabulary

/// What importing a table would do to the catalog: the procedures it adds
/// (each to its sector's file, or a new file), the fields it changes on the
/// procedures the catalog has, and the catalog's procedures the table does
/// not list (listed, never deleted).
///
/// The table owns a procedure's name, level, legal basis, legal deadline and
/// agency; the drafting work — proposed deadline, steps, traits, the
/// 4-on-the-spot mark, waivers, decision, note — stays as the catalog has it
/// unless the table has that column with a value.
public struct ImportPlan: Sendable {
    public struct Addition: Sendable {
        public var row: ImportedRow
        public var sectorID: String
        /// The catalog file it goes to: the one holding its sector, else a new
        /// `<catalog>/<sector id>.yaml`.
        public var file: String
        public var newFile: Bool
    }

    public struct Change: Sendable {
        public var code: String
        public var file: String
        public var fields: [CatalogDiff.FieldChange]
        public var row: ImportedRow
    }

    public var added: [Addition]
    public var changed: [Change]
    public var missing: [String]

    public init(
        rows: [ImportedRow], catalog: LoadedCatalog, catalogDirectory: String, traits: [String: TraitDeclaration] = [:]
    ) {
        var existing: [String: (procedure: Procedure, file: String)] = [:]
        var fileOfSector: [String: String] = [:]
        for file in catalog.files {
            if let id = file.sector?.id.value, fileOfSector[id] == nil { fileOfSector[id] = file.path }
            for procedure in file.procedures where existing[procedure.code.value] == nil {
                existing[procedure.code.value] = (procedure, file.path)
            }
        }
        let directory = catalogDirectory.hasSuffix("/") ? String(catalogDirectory.dropLast()) : catalogDirectory
        var added: [Addition] = []
        var changed: [Change] = []
        for row in rows {
            if let (procedure, file) = existing[row.code] {
                let fields = Self.changes(procedure, row, traits: traits)
                if !fields.isEmpty { changed.append(Change(code: row.code, file: file, fields: fields, row: row)) }
            } else {
                let id = SectorID.make(from: row.sectorName)
                let file = fileOfSector[id] ?? "\(directory)/\(id).yaml"
                added.append(Addition(row: row, sectorID: id, file: file, newFile: fileOfSector[id] == nil))
            }
        }
        let listed = Set(rows.map(\.code))
        self.added = added
        self.changed = changed
        missing = catalog.files.flatMap(\.procedures).map(\.code.value).filter { !listed.contains($0) }
    }

    /// The fields the row changes on `procedure`, in a fixed order.
    static func changes(
        _ procedure: Procedure, _ row: ImportedRow, traits: [String: TraitDeclaration]
    ) -> [CatalogDiff.FieldChange] {
        typealias Value = CatalogDiff.FieldValue
        func days(_ duration: Duration?) -> Value? { duration.map(Value.duration) }
        var pairs: [(String, Value?, Value?)] = [("name", .text(procedure.name.value), .text(row.name))]
        if let level = row.level { pairs.append(("level", .text(procedure.level.value.rawValue), .text(level.rawValue))) }
        if let basis = row.legalBasis {
            pairs.append(("legal_basis", .texts(procedure.legalBasis), .texts(basis)))
        }
        if let legal = row.legal {
            pairs.append(("deadline.legal", days(procedure.deadline.legal.value), days(legal)))
        }
        if let agency = row.agency { pairs.append(("agency", procedure.agency.map { .text($0.value) }, .text(agency))) }
        if let current = row.current {
            pairs.append(("deadline.current", days(procedure.deadline.current?.value), days(current)))
        }
        if let proposed = row.proposed {
            pairs.append(("deadline.proposed", days(procedure.deadline.proposed?.value), days(proposed)))
        }
        if let flag = row.fourOnSpot { pairs.append(("four_on_spot", .flag(procedure.isOnFourOnTheSpotList), .flag(flag))) }
        if let decision = row.decision { pairs.append(("decision", procedure.decision.map { .text($0.value) }, .text(decision))) }
        if let dossiers = row.dossiers {
            pairs.append(("dossiers_per_year", procedure.dossiersPerYear.map { .number(Double($0.value)) }, .number(Double(dossiers))))
        }
        if let note = row.note { pairs.append(("note", procedure.note.map { .text($0.value) }, .text(note))) }
        for (trait, flag) in [("interagency", row.interagency), ("field_inspection", row.fieldInspection)] {
            guard let flag else { continue }
            // A trait the file does not set has its declared default.
            let value = procedure.traits[trait]?.value ?? traits[trait]?.defaultValue
            let before: Value? = if case .bool(let set)? = value { .flag(set) } else { nil }
            pairs.append(("traits.\(trait)", before, .flag(flag)))
        }
        return pairs.compactMap { field, before, after in
            before == after ? nil : CatalogDiff.FieldChange(field: field, before: before, after: after)
        }
    }
}
