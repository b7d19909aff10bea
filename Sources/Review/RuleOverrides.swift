import Catalog
import RuleLanguage
import Vocabulary

/// Applies the `overrides:` of every file to the merged rules (SPEC §10):
/// each field set once, on a rule that exists, each parameter of the kind
/// the rule declares; what was changed, and where, is kept on the rule.
enum RuleOverrides {
    static func apply(_ overrides: [RuleOverride], to rules: inout [RuleDefinition]) -> [Finding] {
        var findings: [Finding] = []
        var firstChange: [String: Location] = [:]
        let ids = rules.map(\.id.value)
        for change in overrides {
            let location = { (mark: Mark) in Location(file: change.file, mark: mark) }
            guard let index = ids.firstIndex(of: change.rule.value) else {
                findings.append(
                    Finding(
                        .schema,
                        message: .rules(
                            .overrideUnknownRule(change.rule.value, suggestion: Suggestion.closest(to: change.rule.value, in: ids))),
                        location: location(change.rule.mark)))
                continue
            }
            /// Records `field` as set here; false (with the error) when another override set it first.
            func claim(_ field: String, at mark: Mark) -> Bool {
                let key = change.rule.value + "\u{0}" + field
                if let first = firstChange[key] {
                    findings.append(
                        Finding(
                            .schema, message: .rules(.overriddenTwice(rule: change.rule.value, field: field, first: first)),
                            location: location(mark), related: [first]))
                    return false
                }
                firstChange[key] = location(mark)
                rules[index].changes.append(RuleDefinition.Change(field: field, location: location(mark)))
                return true
            }
            if let severity = change.severity, claim("severity", at: severity.mark) {
                rules[index].severity = severity.value
            }
            if let effective = change.effective, claim("effective", at: effective.mark) {
                rules[index].effective = effective.value
            }
            if let basis = change.basis, claim("basis", at: basis.mark) {
                rules[index].basis = basis.value
            }
            if let message = change.message, claim("message", at: message.mark) {
                rules[index].message = message.value
                rules[index].messageFile = change.file
            }
            if let disabled = change.disabled, claim("disabled", at: disabled.mark), disabled.value {
                rules[index].disabledBy = location(disabled.mark)
            }
            for parameter in change.params {
                let name = parameter.name.value
                let declared = rules[index].params.map(\.name.value)
                guard let position = declared.firstIndex(of: name) else {
                    findings.append(
                        Finding(
                            .schema,
                            message: .rules(
                                .unknownParameter(
                                    rule: change.rule.value, name, suggestion: Suggestion.closest(to: name, in: declared))),
                            location: location(parameter.name.mark)))
                    continue
                }
                let expected = kind(rules[index].params[position].value)
                guard kind(parameter.value) == expected || isEmptyList(parameter.value, expected) else {
                    findings.append(
                        Finding(
                            .schema,
                            message: .rules(
                                .parameterKind(
                                    rule: change.rule.value, name, expected: expected, found: kind(parameter.value))),
                            location: location(parameter.name.mark)))
                    continue
                }
                if claim("params." + name, at: parameter.name.mark) {
                    rules[index].params[position].value = parameter.value
                }
            }
        }
        return findings
    }

    /// The kind of a parameter's value as the language names its type.
    static func kind(_ value: Value) -> String {
        switch value {
        case .number, .duration: "number"
        case .bool: "bool"
        case .date: "date"
        case .string: "string"
        case .list(let items): items.first.map { "list of " + kind($0) } ?? "list"
        case .null, .record, .map: "value"
        }
    }

    private static func isEmptyList(_ value: Value, _ expected: String) -> Bool {
        value == .list([]) && expected.hasPrefix("list")
    }
}
