import Catalog
import Review
import Vocabulary

/// `tthc suggest --format json` (SPEC §12): `{"target", "before", "after",
/// "changes": [{"code", "field", "before", "after"}], "reached"}`. With
/// several targets `target` is `"all"` and `before`/`after` are objects by
/// target. Values as the catalog writes them: working days as numbers,
/// calendar days as text (`"15 calendar days"`), the mark as a bool. Beyond
/// the specification's keys: `value` (the target), `reason` (why a target is
/// not reached), each change's `file` and `steps`, the sectors' `declared`
/// totals kept in step, and `citizen_days_saved` where dossiers are recorded.
public struct SuggestionJSONReporter: Sendable {
    /// The language of `reason`.
    let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ suggestion: SuggestedChanges) -> String {
        value(suggestion).serialized()
    }

    func value(_ suggestion: SuggestedChanges) -> JSONValue {
        let outcomes = suggestion.outcomes
        func rate(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        var members: [(String, JSONValue)]
        if outcomes.count == 1, let only = outcomes.first {
            members = [
                ("target", .string(only.target.rawValue)), ("value", .number(only.value)),
                ("before", rate(only.before)), ("after", rate(only.after)),
            ]
        } else {
            members = [
                ("target", .string("all")),
                ("value", .object(outcomes.map { ($0.target.rawValue, .number($0.value)) })),
                ("before", .object(outcomes.map { ($0.target.rawValue, rate($0.before)) })),
                ("after", .object(outcomes.map { ($0.target.rawValue, rate($0.after)) })),
            ]
        }
        members.append(("changes", .array(suggestion.changes.map(Self.change))))
        members.append(("declared", .array(suggestion.declared.map(Self.declared))))
        if let citizen = suggestion.citizenDaysSaved {
            members.append(
                ("citizen_days_saved", .object([("before", .number(citizen.before)), ("after", .number(citizen.after))])))
        }
        members.append(("reached", .bool(suggestion.reached)))
        let reasons = outcomes.filter { !$0.reached }.map {
            ($0.target.rawValue, JSONValue.string(SuggestionLabelText.render(.obstacle($0), in: language, medium: .plain)))
        }
        if !reasons.isEmpty { members.append(("reason", .object(reasons))) }
        return .object(members)
    }

    private static func change(_ change: SuggestedChanges.Change) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("code", .string(change.code)), ("field", .string(change.field)),
            ("before", change.before.map(value) ?? .null), ("after", value(change.after)),
            ("file", .string(change.file)),
        ]
        if !change.steps.isEmpty {
            members.append(
                (
                    "steps",
                    .array(
                        change.steps.map {
                            .object([("index", .number(Double($0.index))), ("before", duration($0.before)), ("after", duration($0.after))])
                        })
                ))
        }
        return .object(members)
    }

    private static func declared(_ total: SuggestedChanges.DeclaredChange) -> JSONValue {
        .object([
            ("file", .string(total.file)), ("sector", .string(total.sector)), ("field", .string(total.field)),
            ("before", .number(total.before)), ("after", .number(total.after)),
        ])
    }

    private static func value(_ value: SuggestedChanges.FieldValue) -> JSONValue {
        switch value {
        case .duration(let d): duration(d)
        case .flag(let flag): .bool(flag)
        }
    }

    /// As the catalog writes it, as `diff` and `import` print a deadline.
    private static func duration(_ duration: Duration) -> JSONValue {
        DiffReporter.value(.duration(duration))
    }
}
