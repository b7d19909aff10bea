import RuleLanguage
import Review
import Vocabulary

/// `tthc explain CODE`: each rule in force and why it fires or not, power-assert style.
public enum ExplanationReporter {
    public static func text(_ e: Explanation, language: Language = .en) -> String {
        func say(_ label: CheckLabel) -> String { CheckLabelText.render(label, in: language) }
        // Everything but the labels comes from the catalog or the rules: shown harmless (SPEC §8.6).
        let shown = { (text: String) in HarmlessText.escape(text) }
        var out = "\(shown(e.code)) — \(shown(e.name))\n  \(shown(e.location.description)), "
            + "\(say(.sector)) \(shown(e.sector))\n"
        for waiver in e.waivers {
            let until = waiver.until.map { " " + say(.waiverUntil($0)) } ?? ""
            out += "  \(say(.waiverOf)) \(shown(waiver.rule))\(until)"
                + (waiver.inForce ? "" : " " + say(.expired)) + ": \(shown(waiver.reason))\n"
        }
        for rule in e.rules {
            let error = [rule.when, rule.assert].compactMap { trace -> String? in
                guard case .failure(let failure)? = trace?.result else { return nil }
                return words(failure.message, language)
            }.first
            let outcome =
                !rule.applies ? say(.doesNotApply)
                : rule.holds ? say(.holds) : rule.waived ? say(.failsWaived) : say(.fails)
            let verdict = error.map { "\(say(.ruleError)): \($0)" } ?? outcome
            out += "\n\(shown(rule.id)) (\(rule.scope.rawValue), \(rule.severity.rawValue)): \(shown(verdict))\n"
            if let when = rule.when { out += trace("when  ", rule.whenSource ?? "", when, language) }
            if let assert = rule.assert { out += trace("assert", rule.assertSource, assert, language) }
        }
        return out
    }

    /// An error of the rule language in the run's language, plain: the
    /// line it goes on is made harmless whole.
    private static func words(_ message: ExpressionMessage, _ language: Language) -> String {
        MessageText.render(.expression(message), in: language)
    }

    /// The expression, its power-assert line, then the value of every
    /// sub-expression below the root. `when` and `assert` are the rules'
    /// own keys, the same in every language.
    private static func trace(_ label: String, _ source: String, _ trace: ExpressionTrace, _ language: Language) -> String {
        func say(_ label: CheckLabel) -> String { CheckLabelText.render(label, in: language) }
        let shown = { (text: String) in HarmlessText.escape(text) }
        let failed = { (message: ExpressionMessage) in "\(say(.valueError)): " + words(message, language) }
        var out = "  \(label) \(shown(source))\n    \(shown(trace.line(failure: failed)))\n"
        for (entry, times) in collapsed(trace.entries) where entry.expression != source {
            let value =
                times > 1 ? say(.evaluatedTimes(times))
                : entry.error.map(failed) ?? entry.value.map(compact) ?? "…"
            out += "      \(shown(entry.expression)) = \(shown(value))\n"
        }
        return out
    }

    /// Each sub-expression once, in order of first evaluation, with how many
    /// times it was evaluated: a macro's body runs once per list element.
    static func collapsed(_ entries: [TraceEntry]) -> [(entry: TraceEntry, times: Int)] {
        var order: [SourceRange] = []
        var byRange: [SourceRange: (entry: TraceEntry, times: Int)] = [:]
        for entry in entries {
            if let seen = byRange[entry.range] {
                byRange[entry.range] = (seen.entry, seen.times + 1)
            } else {
                order.append(entry.range)
                byRange[entry.range] = (entry, 1)
            }
        }
        return order.compactMap { byRange[$0] }
    }

    /// Errors of the rule language are worded in `language`; the rest is data.
    public static func json(_ e: Explanation, language: Language = .en) -> String {
        JSONValue.object([
            ("procedure", .string(e.code)),
            (
                "rules",
                .array(
                    e.rules.map { rule in
                        let entries = collapsed(rule.when?.entries ?? []) + collapsed(rule.assert?.entries ?? [])
                        return .object([
                            ("id", .string(rule.id)), ("scope", .string(rule.scope.rawValue)),
                            ("applies", .bool(rule.applies)), ("holds", .bool(rule.holds)),
                            ("waived", .bool(rule.waived)),
                            (
                                "trace",
                                .array(
                                    entries.map { entry, times in
                                        .object([
                                            ("expr", .string(entry.expression)),
                                            (
                                                "value",
                                                times > 1 ? .string("(evaluated \(times) times, once per element)")
                                                    : entry.value.map(compactJSON)
                                                        ?? .string("error: " + (entry.error.map { words($0, language) } ?? ""))
                                            ),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ]).serialized()
    }

    static func compact(_ value: Value) -> String {
        ValueText.compact(value)
    }

    static func compactJSON(_ value: Value) -> JSONValue {
        if case .list(let items) = value, ValueText.isShort(items),
            ValueText.literal(value, maxBytes: ValueText.displayLimit) != nil
        {
            return JSONValue(value)
        }
        if case .record = value { return .string(ValueText.compact(value)) }
        if case .list = value { return .string(ValueText.compact(value)) }
        return JSONValue(value)
    }
}
