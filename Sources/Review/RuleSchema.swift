import Catalog
import RuleLanguage

/// The names a rule may use in each scope (SPEC §4.4), typed from the catalog
/// schema, the declared traits and the plan's targets.
public struct RuleSchema: Sendable {
    public let deadline: RecordType
    public let step: RecordType
    public let waiver: RecordType
    public let traits: RecordType
    public let declared: RecordType
    public let procedure: RecordType
    public let sector: RecordType
    public let targets: RecordType
    public let plan: RecordType
    /// `catalog.procedures`, `catalog.sectors`, `catalog.by_code[code]`, from every scope.
    public let catalog: RecordType

    /// The environment of each scope: a record whose fields are its names.
    public let procedureScope: RecordType
    public let sectorScope: RecordType
    public let catalogScope: RecordType

    /// Trait names in the order of the `traits` record's fields.
    public let traitNames: [String]
    public let targetNames: [String]

    /// `targets` gives each name of `plan.targets` its type.
    public init(traits declarations: [String: TraitDeclaration], targets targetTypes: [String: ValueType]) {
        typealias F = RecordType.Field
        let traitNames = declarations.keys.sorted()
        self.traitNames = traitNames
        self.targetNames = targetTypes.keys.sorted()
        let number = ValueType.number
        let string = ValueType.string
        deadline = RecordType("deadline", fields: [
            F("legal", number, description: "the legal deadline, in days"),
            F("current", .optional(number), description: "the deadline in force today, where given"),
            F("proposed", .optional(number), description: "the proposed deadline, where a cut is proposed"),
            F("in_force", number, description: "proposed, else current, else legal"),
        ])
        step = RecordType("step", fields: [
            F("step", string, values: Step.Kind.allCases.map(\.rawValue)),
            F("by", string, values: Step.Actor.allCases.map(\.rawValue)), F("days", number),
            F("level", .optional(string), values: Level.allCases.map(\.rawValue)),
            F("channel", .optional(string), values: Step.Channel.allCases.map(\.rawValue)),
        ])
        waiver = RecordType("waiver", fields: [F("rule", string), F("reason", string), F("until", .optional(.date))])
        traits = RecordType(
            "traits",
            fields: declarations.sorted { $0.key < $1.key }.map { name, declaration in
                let base: ValueType =
                    switch declaration.kind {
                    case .bool: .bool
                    case .number: .number
                    case .string, .enumeration: .string
                    }
                var values: [String]?
                if case .enumeration(let allowed) = declaration.kind { values = allowed }
                return F(
                    name, declaration.defaultValue == nil ? .optional(base) : base, description: declaration.description,
                    values: values)
            })
        declared = RecordType("declared", fields: [
            F("procedures", .optional(number)), F("legal_days", .optional(number)),
            F("cut_days", .optional(number)), F("rate", .optional(number)),
        ])
        let procedureFields: [F] = [
            F("code", .string), F("name", .string), F("level", .string, values: Level.allCases.map(\.rawValue)),
            F("legal_basis", .list(.string)), F("deadline", .record(deadline)),
            F("decision", .optional(.string)), F("steps", .optional(.list(.record(step)))),
            F("traits", .record(traits)), F("four_on_spot", .bool),
            F("waivers", .list(.record(waiver))), F("note", .optional(.string)),
            F("agency", .optional(.string), description: "the procedure's own agency, else its sector's"),
            F("dossiers_per_year", .optional(number), description: "dossiers received in a year, where recorded"),
        ]
        procedure = RecordType("procedure", fields: procedureFields)
        sector = RecordType("sector", fields: [
            F("id", string), F("name", string), F("agency", .optional(string)),
            F("declared", .optional(.record(declared))), F("procedures", .list(.record(procedure))),
        ])
        targets = RecordType("targets", fields: self.targetNames.map { F($0, .optional(targetTypes[$0] ?? number)) })
        plan = RecordType("plan", fields: [F("id", string), F("name", .optional(string)), F("targets", .record(targets))])

        catalog = RecordType("catalog", fields: [
            F("procedures", .list(.record(procedure))), F("sectors", .list(.record(sector))),
            F("by_code", .map(.record(procedure)), description: "each procedure by its code; null for a code not in the catalog"),
        ])
        // The same for every item of a run: what a rule computes from these
        // alone is computed once per run.
        let shared = [
            F("plan", .record(plan), isShared: true), F("as_of", .date, isShared: true),
            F("catalog", .record(catalog), isShared: true),
        ]
        procedureScope = RecordType("procedure scope", fields: procedureFields + [F("sector", .record(sector))] + shared)
        sectorScope = RecordType(
            "sector scope", fields: [F("sector", .record(sector)), F("procedures", .list(.record(procedure)))] + shared)
        catalogScope = RecordType(
            "catalog scope", fields: [F("procedures", .list(.record(procedure))), F("sectors", .list(.record(sector)))] + shared)
    }

    public func scope(_ scope: RuleDefinition.Scope) -> RecordType {
        switch scope {
        case .procedure: procedureScope
        case .sector: sectorScope
        case .catalog: catalogScope
        }
    }
}

extension TargetValue.Kind {
    /// The type rules read a target of this kind as.
    var valueType: ValueType {
        switch self {
        case .number: .number
        case .text: .string
        case .texts: .list(.string)
        case .bySector: .map(.number)
        }
    }
}
