import Catalog
import Vocabulary

/// `tthc schema`: a JSON Schema (draft 2020-12) of a catalog file, made from
/// the keys the catalog decoder allows and requires (`CatalogKeys`), the
/// forms its readers accept and the traits declared in rules/, described in
/// the run's language.
///
/// The decoder reads every scalar as text; the schema accepts a value both as
/// YAML types it (`10`, `true`, as an editor sees it) and as text (`"10"`), so
/// that YAML read without type guessing validates too. An optional key with
/// an empty value (`note:`) is read as absent, so it may be null.
public enum CatalogSchemaReporter {
    public static func json(traits: [String: TraitDeclaration], language: Language) -> String {
        Builder(language: language, traits: traits).root().serialized()
    }
}

private typealias Members = [(String, JSONValue)]

private struct Builder {
    var language: Language
    var traits: [String: TraitDeclaration]

    func say(_ description: SchemaDescription) -> JSONValue {
        .string(SchemaDescriptionText.render(description, in: language))
    }

    func root() -> JSONValue {
        var members: Members = [("$schema", .string("https://json-schema.org/draft/2020-12/schema"))]
        // `procedures` must be written, but may be empty (`procedures:`).
        members += mapping(
            .catalogFile, keys: CatalogKeys.file, required: CatalogKeys.fileRequired,
            present: ["procedures"]
        ) { key in
            switch key {
            case "sector": (sector(), .sector)
            case "procedures": (list(of: procedure()), .procedures)
            default: nil
            }
        }
        members.append(("$defs", .object(definitions())))
        return .object(members)
    }

    // MARK: Mappings

    func sector() -> Members {
        mapping(.sector, keys: CatalogKeys.sector, required: CatalogKeys.sectorRequired) { key in
            switch key {
            case "id": ([("type", .array([.string("string"), .string("integer")])), ("pattern", .string(SchemaPatterns.identifier))], .sectorID)
            case "name": (ref("text"), .sectorName)
            case "agency": (ref("text"), .sectorAgency)
            case "declared": (declared(), .declared)
            default: nil
            }
        }
    }

    func declared() -> Members {
        mapping(nil, keys: CatalogKeys.declared, required: []) { key in
            switch key {
            case "procedures": (ref("number"), .declaredProcedures)
            case "legal_days": (ref("number"), .declaredLegalDays)
            case "cut_days": (ref("number"), .declaredCutDays)
            case "rate": (ref("number"), .declaredRate)
            default: nil
            }
        }
    }

    func procedure() -> Members {
        mapping(.procedure, keys: CatalogKeys.procedure, required: CatalogKeys.procedureRequired) { key in
            switch key {
            case "code": (ref("text"), .code)
            case "name": (ref("text"), .name)
            case "level": (level(), .level)
            case "legal_basis": (list(of: ref("text")), .legalBasis)
            case "deadline": (deadline(), .deadline)
            case "decision": (ref("text"), .decision)
            case "steps": (list(of: step()), .steps)
            case "traits": (traitMap(), .traits)
            case "four_on_spot": (ref("bool"), .fourOnTheSpot)
            case "waivers": (list(of: waiver()), .waivers)
            case "note": (ref("text"), .note)
            case "agency": (ref("text"), .procedureAgency)
            // As the other numbers: quoted digits read as the number (a YAML
            // loader that keeps scalars as text sees `"152039"`).
            case "dossiers_per_year":
                (
                    [
                        ("type", .array([.string("integer"), .string("string")])), ("minimum", .number(0)),
                        ("pattern", .string("^[0-9]+$")),
                    ], .dossiersPerYear
                )
            default: nil
            }
        }
    }

    func deadline() -> Members {
        mapping(nil, keys: CatalogKeys.deadline, required: CatalogKeys.deadlineRequired) { key in
            switch key {
            case "legal": (ref("duration"), .legal)
            case "current": (ref("duration"), .current)
            case "proposed": (ref("duration"), .proposed)
            default: nil
            }
        }
    }

    func step() -> Members {
        mapping(.step, keys: CatalogKeys.step, required: CatalogKeys.stepRequired) { key in
            switch key {
            case "step": (choice(Step.Kind.allCases.map(\.rawValue)), .stepKind)
            case "by": (choice(Step.Actor.allCases.map(\.rawValue)), .stepBy)
            case "days": (ref("duration"), .stepDays)
            case "level": (choice(Level.allCases.map(\.rawValue)), .stepLevel)
            case "channel": (choice(Step.Channel.allCases.map(\.rawValue)), .stepChannel)
            default: nil
            }
        }
    }

    func waiver() -> Members {
        mapping(.waiver, keys: CatalogKeys.waiver, required: CatalogKeys.waiverRequired) { key in
            switch key {
            case "rule": (ref("text"), .waiverRule)
            case "reason": (ref("text"), .waiverReason)
            case "until": (ref("date"), .waiverUntil)
            default: nil
            }
        }
    }

    /// The traits declared in rules/, by name; a trait's value may not be
    /// empty, and none is required.
    func traitMap() -> Members {
        var properties: Members = []
        for name in traits.keys.sorted() {
            guard let declaration = traits[name] else { continue }
            var schema: Members = [
                ("description", say(.trait(type: declaration.kind.name, description: declaration.description)))
            ]
            switch declaration.kind {
            case .bool: schema += ref("bool")
            case .number: schema += ref("number")
            case .string: schema += ref("text")
            case .enumeration(let values): schema += choice(values)
            }
            properties.append((name, .object(schema)))
        }
        return [("type", .string("object")), ("properties", .object(properties)), ("additionalProperties", .bool(false))]
    }

    /// A mapping read by `NodeDecoder.fields`: only `keys`, `required` (and
    /// `present`) written; an optional key may be empty. A key `property`
    /// has no schema for is allowed with any value and no description.
    func mapping(
        _ description: SchemaDescription?, keys: [String], required: [String], present: [String] = [],
        _ property: (String) -> (Members, SchemaDescription)?
    ) -> Members {
        var properties: Members = []
        for key in keys {
            let found = property(key)
            var schema = found?.0 ?? []
            if !required.contains(key), !schema.isEmpty {
                schema = [("anyOf", .array([.object(schema), .object([("type", .string("null"))])]))]
            }
            if let words = found?.1, !schema.contains(where: { $0.0 == "description" }) {
                schema.insert(("description", say(words)), at: 0)
            }
            properties.append((key, .object(schema)))
        }
        var members: Members = description.map { [("description", say($0))] } ?? []
        members += [
            ("type", .string("object")),
            ("properties", .object(properties)),
            ("required", .array(keys.filter { required.contains($0) || present.contains($0) }.map(JSONValue.string))),
            ("additionalProperties", .bool(false)),
        ]
        return members
    }

    // MARK: Values

    func ref(_ name: String) -> Members { [("$ref", .string("#/$defs/" + name))] }

    func list(of item: Members) -> Members { [("type", .string("array")), ("items", .object(item))] }

    func choice(_ values: [String]) -> Members { [("enum", .array(values.map(JSONValue.string)))] }

    /// The English words as an enum (an editor offers them), the Vietnamese
    /// ones in any case as a pattern.
    func level() -> Members {
        [
            (
                "anyOf",
                .array([
                    .object(choice(Level.allCases.map(\.rawValue))),
                    .object([("type", .string("string")), ("pattern", .string(SchemaPatterns.level))]),
                ])
            )
        ]
    }

    func definitions() -> Members {
        let scalar = JSONValue.array([.string("string"), .string("number"), .string("boolean")])
        let numberOrText = JSONValue.array([.string("number"), .string("string")])
        return [
            ("text", .object([("description", say(.text)), ("type", scalar), ("pattern", .string(SchemaPatterns.nonBlank))])),
            ("number", .object([("description", say(.number)), ("type", numberOrText), ("pattern", .string(SchemaPatterns.number))])),
            (
                "duration",
                .object([
                    ("description", say(.duration)), ("type", numberOrText), ("exclusiveMinimum", .number(0)),
                    ("pattern", .string(SchemaPatterns.duration)),
                ])
            ),
            ("date", .object([("description", say(.date)), ("type", .string("string")), ("pattern", .string(SchemaPatterns.date))])),
            ("bool", .object([("description", say(.bool)), ("enum", .array([.bool(true), .bool(false), .string("true"), .string("false")]))])),
        ]
    }
}
