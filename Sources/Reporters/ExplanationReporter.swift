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
            let error = [rule.when, rule.assert].compactMap { trace -> String? in
                guard case .failure(let failure)? = trace?.result else { return nil }
                return failure.message
            }.first
            let outcome =
                !rule.applies ? say("does not apply", "không áp dụng")
                : rule.holds ? say("holds", "đạt") : rule.waived ? say("fails, waived", "không đạt, được miễn trừ")
                : say("FAILS", "KHÔNG ĐẠT")
            let verdict = error.map { say("ERROR, reported as rule-error: ", "LỖI, báo là rule-error: ") + $0 } ?? outcome
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
        for (entry, times) in collapsed(trace.entries) where entry.expression != source {
            let value =
                times > 1 ? "(evaluated \(times) times, once per element)"
                : entry.error.map { "error: \($0)" } ?? entry.value.map(compact) ?? "…"
            out += "      \(entry.expression) = \(value)\n"
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

    public static func json(_ e: Explanation) -> String {
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
                                                    : entry.value.map(compactJSON) ?? .string("error: \(entry.error ?? "")")
                                            ),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ]).serialized()
    }

    /// A value short enough for a trace line: a record by its code or id, a
    /// list of records by its length (a sector's procedures would fill pages).
    static func compact(_ value: Value) -> String {
        switch value {
        case .record(let record): return summary(record)
        case .list(let items)
        where items.contains(where: isRecord) || items.count > 10
            || ValueText.literal(value, maxBytes: ValueText.displayLimit) == nil:
            return "[\(items.count) \(items.count == 1 ? "item" : "items")]"
        default: return ValueText.literal(value, maxBytes: ValueText.displayLimit) ?? "…"
        }
    }

    static func compactJSON(_ value: Value) -> JSONValue {
        switch value {
        case .record, .list: if case .list(let items) = value, !items.contains(where: isRecord), items.count <= 10,
                ValueText.literal(value, maxBytes: ValueText.displayLimit) != nil
            {
                return JSONValue(value)
            }
            return .string(compact(value))
        default: return JSONValue(value)
        }
    }

    private static func isRecord(_ value: Value) -> Bool {
        if case .record = value { return true }
        return false
    }

    private static func summary(_ record: Record) -> String {
        if case .string(let code)? = record["code"] { return "{\(record.type.name) \(code)}" }
        if case .string(let id)? = record["id"] { return "{\(record.type.name) \(id)}" }
        return "{\(record.type.name)}"
    }
}
