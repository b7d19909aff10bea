import Review
import Vocabulary

/// `tthc rules`: the rules in force with scope, severity, basis and period (SPEC §5.3).
public enum RuleListReporter {
    public static func text(_ rules: [CompiledRule], language: Language = .en) -> String {
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
        }
        out += say(.rulesInForce(rules.count)) + "\n"
        return out
    }

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
                return .object(members)
            }
        ).serialized()
    }
}
