import Catalog
import RuleLanguage
import Vocabulary

/// The catalog as values of the rule language, made once per run. A
/// procedure's record is a row of its file's `ProcedureTable`: its values are
/// read from the typed catalog when a rule reads them, so the catalog is kept
/// once, not a second time as values.
public struct Bindings: Sendable {
    public struct SectorBinding: Sendable {
        public var file: CatalogFile
        public var sector: Sector
        public var record: Record
        /// The file's procedures as records (`sector.procedures`).
        let table: ProcedureTable
        /// The same rows as the procedure scope's environment: each
        /// procedure's fields, then the sector and the run's values.
        let scope: ProcedureTable
        /// The file's procedure records as one list value, shared by every environment.
        public var procedureList: Value
    }

    public let schema: RuleSchema
    public let plan: Value
    public let asOf: Value
    /// Sectors that decoded, in catalog order; a file whose sector did not
    /// decode has schema findings already and takes no part in the rules.
    public let sectors: [SectorBinding]
    public let allProcedures: Value
    public let allSectors: Value
    /// `catalog`, the same record in every scope.
    public let catalog: Value

    /// Makes the tables of the files on up to `jobs` threads, joined in
    /// catalog order.
    public init(
        catalog: LoadedCatalog, schema: RuleSchema, traits: [String: TraitDeclaration], plan: Plan, asOf: LocalDate,
        jobs: Int = 1, lookups: Bool = true
    ) {
        self.schema = schema
        self.asOf = .date(asOf)
        self.plan = .record(
            Record(
                schema.plan,
                [
                    .string(plan.id.value), plan.name.map { .string($0.value) } ?? .null,
                    .record(Record(schema.targets, schema.targetNames.map { name in
                        plan.targets[name]?.entry(on: asOf).map(Self.value) ?? .null
                    })),
                ]))
        // Every procedure starts from the declared defaults and overrides the
        // traits it sets.
        let traitDefaults = schema.traitNames.map { traits[$0]?.defaultValue.map(Self.value) ?? .null }
        let fields = ProcedureFields(schema, traitDefaults: traitDefaults)
        // Each file's tables and records; the scope's table needs `catalog`,
        // which needs them all.
        typealias FileTables = (
            file: CatalogFile, sector: Sector, record: Record, table: ProcedureTable, records: [Value]
        )
        let files = Parallel.map(catalog.files, jobs: jobs) { file -> FileTables? in
            guard let sector = file.sector else { return nil }
            let table = fields.tables(file.procedures, sectorAgency: sector.agency.map { .string($0.value) } ?? .null)
            let records = file.procedures.indices.map { Value.record(table.record($0)) }
            let record = Record(
                schema.sector,
                [
                    .string(sector.id.value), .string(sector.name.value), sector.agency.map { .string($0.value) } ?? .null,
                    sector.declared.map { Self.record($0, schema) } ?? .null, .list(records),
                ])
            return (file, sector, record, table, records)
        }.compactMap { $0 }
        // Sized once: `flatMap` grows its list by doubling, a megabyte unused
        // on a national catalog.
        var procedures: [Value] = []
        procedures.reserveCapacity(files.reduce(0) { $0 + $1.records.count })
        for file in files { procedures += file.records }
        allProcedures = .list(procedures)
        allSectors = .list(files.map { .record($0.record) })
        // A code given twice is a `duplicate-code` finding; its first entry is
        // the one looked up. Built only when a rule reads `catalog`.
        var byCode: [String: Value] = [:]
        for file in lookups ? files : [] {
            for (row, procedure) in file.file.procedures.enumerated() where byCode[procedure.code.value] == nil {
                byCode[procedure.code.value] = .record(file.table.record(row))
            }
        }
        let catalog = Value.record(Record(schema.catalog, [allProcedures, allSectors, .map(Lookup(byCode))]))
        self.catalog = catalog
        let scope = fields.scope(plan: self.plan, asOf: self.asOf, catalog: catalog)
        sectors = files.map { file in
            var related = file.table.related
            related.sector = .record(file.record)
            return SectorBinding(
                file: file.file, sector: file.sector, record: file.record, table: file.table,
                scope: ProcedureTable(scope, file.file.procedures, related: related), procedureList: .list(file.records))
        }
    }

    // MARK: Environments of the three scopes

    /// The environment of the procedure at `row` of `sector`'s file.
    public func procedureEnvironment(_ row: Int, in sector: SectorBinding) -> Record {
        sector.scope.record(row)
    }

    public func sectorEnvironment(_ sector: SectorBinding) -> Record {
        Record(schema.sectorScope, [.record(sector.record), sector.procedureList, plan, asOf, catalog])
    }

    public func catalogEnvironment() -> Record {
        Record(schema.catalogScope, [allProcedures, allSectors, plan, asOf, catalog])
    }

    // MARK: Values

    static func record(_ d: DeclaredTotals, _ schema: RuleSchema) -> Value {
        func number(_ value: Located<Double>?) -> Value { value.map { .number($0.value) } ?? .null }
        return .record(Record(schema.declared, [number(d.procedures), number(d.legalDays), number(d.cutDays), number(d.rate)]))
    }

    static func value(_ target: TargetValue) -> Value {
        switch target {
        case .number(let number): .number(number)
        case .text(let text): .string(text)
        case .texts(let texts): .list(texts.map(Value.string))
        case .bySector(let values, let fallback):
            .map(Lookup(values.mapValues(Value.number), fallback: fallback.map(Value.number) ?? .null))
        }
    }

    static func value(_ trait: TraitValue) -> Value {
        switch trait {
        case .bool(let b): .bool(b)
        case .number(let n): .number(n)
        case .string(let s): .string(s)
        }
    }
}

extension Value {
    /// A deadline or step time as the rule language reads it: days of its kind.
    static func duration(_ duration: Duration) -> Value {
        .duration(duration.days, duration.kind)
    }
}
