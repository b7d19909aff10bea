import Catalog
import RuleLanguage

/// How the rule language reads each field of a procedure, its deadline, its
/// traits and its steps from the typed catalog: one accessor a field name of
/// `RuleSchema`'s record types, made once per run. The records inside a
/// procedure (deadline, traits, steps) are rows of tables over the same
/// procedures (`ProcedureTable.Related`).
struct ProcedureFields: Sendable {
    typealias Field = ProcedureTable.Field
    typealias Layout = ProcedureTable.Layout

    let procedure: Layout
    let deadline: Layout
    let traits: Layout
    let step: Layout
    /// A procedure's fields, then `sector`; `plan`, `as_of` and `catalog`
    /// are added once the catalog's value exists (`scope(run:)`).
    private let procedureFields: [String: Field]
    private let schema: RuleSchema

    init(_ schema: RuleSchema, traitDefaults: [Value]) {
        self.schema = schema
        let waiverType = schema.waiver
        let fields: [String: Field] = [
            "code": { t, row in .string(t.procedures[row].code.value) },
            "name": { t, row in .string(t.procedures[row].name.value) },
            "level": { t, row in .string(t.procedures[row].level.value.rawValue) },
            "legal_basis": { t, row in .list(t.procedures[row].legalBasis.map(Value.string)) },
            "deadline": { t, row in .record(t.related.deadlines!.record(row)) },
            "decision": { t, row in t.procedures[row].decision.map { .string($0.value) } ?? .null },
            "steps": { t, row in
                guard let list = t.procedures[row].steps, let steps = t.related.steps else { return .null }
                return .list(list.indices.map { .record(steps.record(ProcedureTable.stepRow(procedure: row, step: $0))) })
            },
            "traits": { t, row in .record(t.related.traits!.record(row)) },
            "four_on_spot": { t, row in .bool(t.procedures[row].isOnFourOnTheSpotList) },
            "waivers": { t, row in .list(t.procedures[row].waivers.map { Self.waiver($0, type: waiverType) }) },
            "note": { t, row in t.procedures[row].note.map { .string($0.value) } ?? .null },
            "agency": { t, row in t.procedures[row].agency.map { .string($0.value) } ?? t.related.sectorAgency },
            "dossiers_per_year": { t, row in t.procedures[row].dossiersPerYear.map { .number(Double($0.value)) } ?? .null },
            "sector": { t, _ in t.related.sector },
        ]
        procedureFields = fields
        procedure = Layout(schema.procedure, fields: fields, counts: Self.counts, nested: Self.nested)
        deadline = Layout(schema.deadline, fields: Self.deadlineFields)
        traits = Layout(schema.traits, fields: Self.traitFields(schema.traitNames, traitDefaults))
        step = Layout(schema.step, fields: Self.stepFields)
    }

    /// The procedure scope's layout: a procedure's fields, its sector, and
    /// the run's `plan`, `as_of` and `catalog`.
    func scope(plan: Value, asOf: Value, catalog: Value) -> Layout {
        var fields = procedureFields
        fields["plan"] = { _, _ in plan }
        fields["as_of"] = { _, _ in asOf }
        fields["catalog"] = { _, _ in catalog }
        return Layout(schema.procedureScope, fields: fields, counts: Self.counts, nested: Self.nested)
    }

    /// The tables of one file's procedures: its deadlines, traits and steps,
    /// and the procedures themselves.
    func tables(_ procedures: [Procedure], sectorAgency: Value) -> ProcedureTable {
        var related = ProcedureTable.Related(sectorAgency: sectorAgency)
        related.deadlines = ProcedureTable(deadline, procedures)
        related.traits = ProcedureTable(traits, procedures)
        related.steps = ProcedureTable(step, procedures)
        return ProcedureTable(procedure, procedures, related: related)
    }

    private static let nested: [String: ProcedureTable.Related.Table] = ["deadline": .deadlines, "traits": .traits]

    /// The lengths of a procedure's list fields, counted in place.
    private static let counts: [String: ProcedureTable.Count] = [
        "legal_basis": { t, row in t.procedures[row].legalBasis.count },
        "steps": { t, row in t.procedures[row].steps?.count },
        "waivers": { t, row in t.procedures[row].waivers.count },
    ]

    private static let deadlineFields: [String: Field] = [
        "legal": { t, row in .duration(t.procedures[row].deadline.legal.value) },
        "current": { t, row in t.procedures[row].deadline.current.map { .duration($0.value) } ?? .null },
        "proposed": { t, row in t.procedures[row].deadline.proposed.map { .duration($0.value) } ?? .null },
        "in_force": { t, row in .duration(t.procedures[row].deadline.inForce) },
    ]

    /// A step's row holds its procedure's row and its index (`ProcedureTable.stepRow`).
    private static let stepFields: [String: Field] = [
        "step": { t, row in .string(t.step(row).step.value.rawValue) },
        "by": { t, row in .string(t.step(row).by.value.rawValue) },
        "days": { t, row in .duration(t.step(row).days.value) },
        "level": { t, row in t.step(row).level.map { .string($0.value.rawValue) } ?? .null },
        "channel": { t, row in t.step(row).channel.map { .string($0.value.rawValue) } ?? .null },
    ]

    /// Each declared trait: the procedure's own value, else the declared default.
    private static func traitFields(_ names: [String], _ defaults: [Value]) -> [String: Field] {
        Dictionary(
            uniqueKeysWithValues: zip(names, defaults).map { name, fallback in
                (name, { t, row in t.procedures[row].traits[name].map { Bindings.value($0.value) } ?? fallback } as Field)
            })
    }

    private static func waiver(_ waiver: Waiver, type: RecordType) -> Value {
        .record(Record(type, [
            .string(waiver.rule.value), .string(waiver.reason.value), waiver.until.map { .date($0.value) } ?? .null,
        ]))
    }
}
