import RuleLanguage
import Review
import Vocabulary

/// `tthc explain CODE`: each rule in force and why it fires or not, power-assert style.
public enum ExplanationReporter {
    public static func text(_ e: Explanation, language: Language = .en) -> String {
        let say = language.pick
        var out = "\(e.code) — \(e.name)\n  \(e.location), " + say("sector", "lĩnh vực") + " \(e.sector)\n"
        for waiver in e.waivers {
            let until = waiver.until.map { " until \($0)" } ?? ""
            out += "  " + say("waiver of", "miễn trừ") + " \(waiver.rule)\(until)"
                + (waiver.inForce ? "" : say(" (expired)", " (hết hạn)")) + ": \(waiver.reason)\n"
        }
        for rule in e.rules {
            let verdict =
                !rule.applies ? say("does not apply", "không áp dụng")
                : rule.holds ? say("holds", "đạt") : rule.waived ? say("fails, waived", "không đạt, được miễn trừ")
                : say("FAILS", "KHÔNG ĐẠT")
            out += "\n\(rule.id) (\(rule.scope.rawValue), \(rule.severity.rawValue)): \(verdict)\n"
            if let when = rule.when { out += trace("when  ", rule.whenSource ?? "", when) }
            if let assert = rule.assert { out += trace("assert", rule.assertSource, assert) }
        }
        return out
    }

    /// The expression, its power-assert line, then the value of every
    /// sub-expression below the root.
    private static func trace(_ label: String, _ source: String, _ trace: ExpressionTrace) -> String {
        var out = "  \(label) \(source)\n    \(trace.rendered)\n"
        for entry in trace.entries where entry.expression != source {
            let value = entry.error.map { "error: \($0)" } ?? entry.value.map(ValueText.literal) ?? "…"
            out += "      \(entry.expression) = \(value)\n"
        }
        return out
    }

    public static func json(_ e: Explanation) -> String {
        JSONValue.object([
            ("procedure", .string(e.code)),
            (
                "rules",
                .array(
                    e.rules.map { rule in
                        let entries = (rule.when?.entries ?? []) + (rule.assert?.entries ?? [])
                        return .object([
                            ("id", .string(rule.id)), ("scope", .string(rule.scope.rawValue)),
                            ("applies", .bool(rule.applies)), ("holds", .bool(rule.holds)),
                            ("waived", .bool(rule.waived)),
                            (
                                "trace",
                                .array(
                                    entries.map { entry in
                                        .object([
                                            ("expr", .string(entry.expression)),
                                            ("value", entry.value.map(JSONValue.init) ?? .string("error: \(entry.error ?? "")")),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ]).serialized()
    }
}
