import Catalog
import RuleLanguage

/// How the rule language reads each field of a procedure, its deadline, its
/// traits and its steps from the typed catalog: one accessor a field name of
/// `RuleSchema`'s record types. The records inside a procedure (deadline,
/// traits, steps) are rows of tables over the same procedures.
enum ProcedureFields {
    typealias Field = ProcedureTable.Field

    /// The accessors of `schema.procedure`'s fields for one file's
    /// `procedures`; `sectorAgency` stands in for a procedure that names no
    /// agency of its own.
    static func of(
        _ schema: RuleSchema, traitDefaults: [Value], sectorAgency: Value, procedures: [Procedure]
    ) -> (fields: [String: Field], nested: [String: ProcedureTable]) {
        let deadlines = ProcedureTable(schema.deadline, procedures, fields: deadline)
        let traits = ProcedureTable(schema.traits, procedures, fields: traitFields(schema.traitNames, traitDefaults))
        let steps = ProcedureTable(schema.step, procedures, fields: step)
        let waiverType = schema.waiver
        let fields: [String: Field] = [
            "code": { p, row in .string(p[row].code.value) },
            "name": { p, row in .string(p[row].name.value) },
            "level": { p, row in .string(p[row].level.value.rawValue) },
            "legal_basis": { p, row in .list(p[row].legalBasis.map(Value.string)) },
            "deadline": { _, row in .record(deadlines.record(row)) },
            "decision": { p, row in p[row].decision.map { .string($0.value) } ?? .null },
            "steps": { p, row in
                guard let list = p[row].steps else { return .null }
                return .list(list.indices.map { .record(steps.record(ProcedureTable.stepRow(procedure: row, step: $0))) })
            },
            "traits": { _, row in .record(traits.record(row)) },
            "four_on_spot": { p, row in .bool(p[row].isOnFourOnTheSpotList) },
            "waivers": { p, row in
                .list(p[row].waivers.map { waiver($0, type: waiverType) })
            },
            "note": { p, row in p[row].note.map { .string($0.value) } ?? .null },
            "agency": { p, row in p[row].agency.map { .string($0.value) } ?? sectorAgency },
            "dossiers_per_year": { p, row in p[row].dossiersPerYear.map { .number(Double($0.value)) } ?? .null },
        ]
        return (fields, ["deadline": deadlines, "traits": traits])
    }

    private static let deadline: [String: Field] = [
        "legal": { p, row in .duration(p[row].deadline.legal.value) },
        "current": { p, row in p[row].deadline.current.map { .duration($0.value) } ?? .null },
        "proposed": { p, row in p[row].deadline.proposed.map { .duration($0.value) } ?? .null },
        "in_force": { p, row in .duration(p[row].deadline.inForce) },
    ]

    /// A step's row holds its procedure's row and its index (`ProcedureTable.stepRow`).
    private static let step: [String: Field] = [
        "step": { p, row in .string(ProcedureTable.step(p, row).step.value.rawValue) },
        "by": { p, row in .string(ProcedureTable.step(p, row).by.value.rawValue) },
        "days": { p, row in .duration(ProcedureTable.step(p, row).days.value) },
        "level": { p, row in ProcedureTable.step(p, row).level.map { .string($0.value.rawValue) } ?? .null },
        "channel": { p, row in ProcedureTable.step(p, row).channel.map { .string($0.value.rawValue) } ?? .null },
    ]

    /// The lengths of a procedure's list fields, counted in place.
    static let counts: [String: ProcedureTable.Count] = [
        "legal_basis": { p, row in p[row].legalBasis.count },
        "steps": { p, row in p[row].steps?.count },
        "waivers": { p, row in p[row].waivers.count },
    ]

    /// Each declared trait: the procedure's own value, else the declared default.
    private static func traitFields(_ names: [String], _ defaults: [Value]) -> [String: Field] {
        Dictionary(
            uniqueKeysWithValues: zip(names, defaults).map { name, fallback in
                (name, { p, row in p[row].traits[name].map { Bindings.value($0.value) } ?? fallback } as Field)
            })
    }

    private static func waiver(_ waiver: Waiver, type: RecordType) -> Value {
        .record(Record(type, [
            .string(waiver.rule.value), .string(waiver.reason.value), waiver.until.map { .date($0.value) } ?? .null,
        ]))
    }
}
