import RuleLanguage
import Review
import Vocabulary

/// `tthc rules`: the rules in force with scope, severity, basis and period (SPEC §5.3).
public enum RuleListReporter {
    /// `disabled`: the rules an override turned off that would otherwise be in force.
    public static func text(_ rules: [CompiledRule], disabled: [CompiledRule] = [], language: Language = .en) -> String {
        func say(_ label: CheckLabel) -> String { CheckLabelText.render(label, in: language) }
        // Descriptions and bases are the rules' own text: shown harmless (SPEC §8.6). Scope and
        // severity are the rules' own keys, the same in every language.
        let shown = { (text: String) in HarmlessText.escape(text) }
        var out = ""
        for rule in rules {
            let d = rule.definition
            out += "\(shown(rule.id))  \(d.scope.rawValue)  \(d.severity.rawValue)\n"
            if let description = d.description { out += "    \(shown(description))\n" }
            if let basis = d.basis { out += "    \(say(.basis)): \(shown(basis))\n" }
            if d.effective.from != nil || d.effective.until != nil {
                out += "    \(say(.effective)): \(say(.period(d.effective)))\n"
            }
            if !d.params.isEmpty {
                let values = d.params.map { "\($0.name.value) = \(shown(ValueText.literal($0.value)))" }
                out += "    \(say(.parameters)): \(values.joined(separator: ", "))\n"
            }
            if !d.changes.isEmpty {
                let changes = d.changes.map { "\($0.field) (\(shown($0.location.description)))" }
                out += "    \(say(.overridden)): \(changes.joined(separator: ", "))\n"
            }
        }
        for rule in disabled {
            let location = rule.definition.disabledBy.map { shown($0.description) } ?? ""
            out += "\(shown(rule.id))  \(rule.scope.rawValue)  \(say(.disabledBy(location)))\n"
        }
        out += say(.rulesInForce(rules.count)) + "\n"
        return out
    }

    /// Each rule in force with its parameters and the overrides that changed
    /// it (SPEC §5.3, §10). A disabled rule is not in force: it is absent
    /// here, and the text listing says which override disabled it.
    public static func json(_ rules: [CompiledRule]) -> String {
        JSONValue.array(
            rules.map { rule in
                let d = rule.definition
                var effective: [(String, JSONValue)] = []
                if let from = d.effective.from { effective.append(("from", .string(from.description))) }
                if let until = d.effective.until { effective.append(("until", .string(until.description))) }
                var members: [(String, JSONValue)] = [
                    ("id", .string(rule.id)), ("scope", .string(d.scope.rawValue)),
                    ("severity", .string(d.severity.rawValue)),
                ]
                if let description = d.description { members.append(("description", .string(description))) }
                if let basis = d.basis { members.append(("basis", .string(basis))) }
                if !effective.isEmpty { members.append(("effective", .object(effective))) }
                if !d.params.isEmpty {
                    members.append(("params", .object(d.params.map { ($0.name.value, JSONValue($0.value)) })))
                }
                if !d.changes.isEmpty {
                    members.append(
                        ("overrides", .array(d.changes.map { .object([("field", .string($0.field))] + JSONReporter.location($0.location)) })))
                }
                return .object(members)
            }
        ).serialized()
    }
}
