import Catalog
import RuleLanguage
import Vocabulary

/// The catalog as values of the rule language, built once per run: a record
/// per procedure and per sector, shared by every rule that reads them.
public struct Bindings: Sendable {
    public struct SectorBinding: Sendable {
        public var file: CatalogFile
        public var sector: Sector
        public var record: Record
        /// The record of each procedure of `file`, in its order.
        public var records: [Record]
        /// `records` as one list value, shared by every environment.
        public var procedureList: Value

        /// Each procedure of the file with its record (not a copy of either).
        public var procedures: Zip2Sequence<[Procedure], [Record]> { zip(file.procedures, records) }
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

    /// Builds the records of the files on up to `jobs` threads, joined in
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
        let sectors = Parallel.map(catalog.files, jobs: jobs) { file -> SectorBinding? in
            guard let sector = file.sector else { return nil }
            var shared = SharedRecords()
            let records = file.procedures.map {
                Self.record($0, schema, traitDefaults, sectorAgency: sector.agency?.value, shared: &shared)
            }
            let list = Value.list(records.map { .record($0) })
            let record = Record(
                schema.sector,
                [
                    .string(sector.id.value), .string(sector.name.value), sector.agency.map { .string($0.value) } ?? .null,
                    sector.declared.map { Self.record($0, schema) } ?? .null, list,
                ])
            return SectorBinding(file: file, sector: sector, record: record, records: records, procedureList: list)
        }.compactMap { $0 }
        self.sectors = sectors
        let procedures = sectors.flatMap { $0.records.map { Value.record($0) } }
        allProcedures = .list(procedures)
        allSectors = .list(sectors.map { .record($0.record) })
        // A code given twice is a `duplicate-code` finding; its first entry is
        // the one looked up. Built only when a rule reads `catalog`.
        var byCode: [String: Value] = [:]
        for sector in lookups ? sectors : [] {
            for (procedure, record) in sector.procedures where byCode[procedure.code.value] == nil {
                byCode[procedure.code.value] = .record(record)
            }
        }
        self.catalog = .record(Record(schema.catalog, [allProcedures, allSectors, .map(Lookup(byCode))]))
    }

    // MARK: Environments of the three scopes

    public func procedureEnvironment(_ procedure: Record, in sector: SectorBinding) -> Record {
        Record(schema.procedureScope, procedure.values + [.record(sector.record), plan, asOf, catalog])
    }

    public func sectorEnvironment(_ sector: SectorBinding) -> Record {
        Record(schema.sectorScope, [.record(sector.record), sector.procedureList, plan, asOf, catalog])
    }

    public func catalogEnvironment() -> Record {
        Record(schema.catalogScope, [allProcedures, allSectors, plan, asOf, catalog])
    }

    // MARK: Records

    /// One record for each distinct deadline and set of traits of a file:
    /// most procedures of a sector share a few of each, and a national
    /// catalog's records are the rules' largest piece of memory.
    struct SharedRecords {
        var deadlines: [[Value]: Record] = [:]
        var traits: [[Value]: Record] = [:]

        static func one(_ type: RecordType, _ values: [Value], in table: inout [[Value]: Record]) -> Record {
            if let record = table[values] { return record }
            let record = Record(type, values)
            table[values] = record
            return record
        }
    }

    /// `sectorAgency` stands in for a procedure that names no agency of its own.
    static func record(
        _ p: Procedure, _ schema: RuleSchema, _ traitDefaults: [Value], sectorAgency: String?, shared: inout SharedRecords
    ) -> Record {
        let deadline = SharedRecords.one(
            schema.deadline,
            [
                .duration(p.deadline.legal.value), days(p.deadline.current), days(p.deadline.proposed),
                .duration(p.deadline.inForce),
            ], in: &shared.deadlines)
        var traitValues = traitDefaults
        for (name, trait) in p.traits.entries {
            if let index = schema.traitNames.firstIndex(of: name) { traitValues[index] = value(trait.value) }
        }
        let traits = SharedRecords.one(schema.traits, traitValues, in: &shared.traits)
        let steps: Value =
            p.steps.map { steps in
                .list(steps.map { step in
                    .record(Record(schema.step, [
                        .string(step.step.value.rawValue), .string(step.by.value.rawValue), .duration(step.days.value),
                        step.level.map { .string($0.value.rawValue) } ?? .null,
                        step.channel.map { .string($0.value.rawValue) } ?? .null,
                    ]))
                })
            } ?? .null
        let waivers: [Value] = p.waivers.map { waiver in
            .record(Record(schema.waiver, [
                .string(waiver.rule.value), .string(waiver.reason.value), waiver.until.map { .date($0.value) } ?? .null,
            ]))
        }
        return Record(
            schema.procedure,
            [
                .string(p.code.value), .string(p.name.value), .string(p.level.value.rawValue),
                .list(p.legalBasis.map { .string($0.value) }), .record(deadline),
                p.decision.map { .string($0.value) } ?? .null, steps,
                .record(traits), .bool(p.isOnFourOnTheSpotList),
                .list(waivers), p.note.map { .string($0.value) } ?? .null,
                (p.agency?.value ?? sectorAgency).map(Value.string) ?? .null,
                p.dossiersPerYear.map { .number(Double($0.value)) } ?? .null,
            ])
    }

    static func record(_ d: DeclaredTotals, _ schema: RuleSchema) -> Value {
        func number(_ value: Located<Double>?) -> Value { value.map { .number($0.value) } ?? .null }
        return .record(Record(schema.declared, [number(d.procedures), number(d.legalDays), number(d.cutDays), number(d.rate)]))
    }

    private static func days(_ duration: Located<Duration>?) -> Value {
        duration.map { .duration($0.value) } ?? .null
    }

    private static func value(_ target: TargetValue) -> Value {
        switch target {
        case .number(let number): .number(number)
        case .text(let text): .string(text)
        case .texts(let texts): .list(texts.map(Value.string))
        case .bySector(let values, let fallback):
            .map(Lookup(values.mapValues(Value.number), fallback: fallback.map(Value.number) ?? .null))
        }
    }

    private static func value(_ trait: TraitValue) -> Value {
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
