import Catalog
import RuleLanguage

/// The names a rule may use in each scope (SPEC §4.4), typed from the catalog
/// schema, the declared traits and the plan's targets.
public struct RuleSchema: Sendable {
    public let deadline = RecordType("deadline")
    public let step = RecordType("step")
    public let waiver = RecordType("waiver")
    public let traits = RecordType("traits")
    public let declared = RecordType("declared")
    public let procedure = RecordType("procedure")
    public let sector = RecordType("sector")
    public let targets = RecordType("targets")
    public let plan = RecordType("plan")

    /// The environment of each scope: a record whose fields are its names.
    public let procedureScope = RecordType("procedure scope")
    public let sectorScope = RecordType("sector scope")
    public let catalogScope = RecordType("catalog scope")

    /// Trait names in the order of the `traits` record's fields.
    public let traitNames: [String]
    public let targetNames: [String]

    public init(traits declarations: [String: TraitDeclaration], targets targetNames: [String]) {
        typealias F = RecordType.Field
        traitNames = declarations.keys.sorted()
        self.targetNames = targetNames.sorted()
        let number = ValueType.number
        let string = ValueType.string
        deadline.define([
            F("legal", number, description: "the legal deadline, in days"),
            F("current", .optional(number), description: "the deadline in force today, where given"),
            F("proposed", .optional(number), description: "the proposed deadline, where a cut is proposed"),
            F("in_force", number, description: "proposed, else current, else legal"),
        ])
        step.define([F("step", string), F("by", string), F("days", number)])
        waiver.define([F("rule", string), F("reason", string), F("until", .optional(.date))])
        traits.define(
            self.traitNames.map { name in
                let declaration = declarations[name]!
                let base: ValueType =
                    switch declaration.kind {
                    case .bool: .bool
                    case .number: .number
                    case .string, .enumeration: .string
                    }
                return F(name, declaration.defaultValue == nil ? .optional(base) : base, description: declaration.description)
            })
        declared.define([
            F("procedures", .optional(number)), F("legal_days", .optional(number)),
            F("cut_days", .optional(number)), F("rate", .optional(number)),
        ])
        let procedureFields: [F] = [
            F("code", .string), F("name", .string), F("level", .string),
            F("legal_basis", .list(.string)), F("deadline", .record(deadline)),
            F("decision", .optional(.string)), F("steps", .optional(.list(.record(step)))),
            F("traits", .record(traits)), F("four_on_spot", .bool),
            F("waivers", .list(.record(waiver))), F("note", .optional(.string)),
        ]
        procedure.define(procedureFields)
        sector.define([
            F("id", string), F("name", string), F("agency", .optional(string)),
            F("declared", .optional(.record(declared))), F("procedures", .list(.record(procedure))),
        ])
        targets.define(self.targetNames.map { F($0, .optional(number)) })
        plan.define([F("id", string), F("name", .optional(string)), F("targets", .record(targets))])

        let shared = [F("plan", .record(plan)), F("as_of", .date)]
        procedureScope.define(procedureFields + [F("sector", .record(sector))] + shared)
        sectorScope.define([F("sector", .record(sector)), F("procedures", .list(.record(procedure)))] + shared)
        catalogScope.define([F("procedures", .list(.record(procedure))), F("sectors", .list(.record(sector)))] + shared)
    }

    public func scope(_ scope: RuleDefinition.Scope) -> RecordType {
        switch scope {
        case .procedure: procedureScope
        case .sector: sectorScope
        case .catalog: catalogScope
        }
    }
}
