import Vocabulary

/// How values print in messages and traces: numbers without trailing zeros
/// via NumberText.format (7, 0.5, 2.25), strings as themselves, dates
/// YYYY-MM-DD, true/false, null, lists "[1, 2]" (strings inside lists quoted),
/// records "{code: "1.000001", level: "province"}".
public enum ValueText {
    public static func format(_ value: Value) -> String {
        if case .string(let string) = value { return string }
        return literal(value)
    }

    /// Like `format`, but a string is quoted, as it would be written in an
    /// expression; the power-assert line uses it so that `"10" == 10` reads right.
    public static func literal(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let bool): return bool ? "true" : "false"
        case .number(let number), .duration(let number, _): return NumberText.format(number)
        case .string(let string): return quoted(string)
        case .date(let date): return date.description
        case .list(let elements): return "[" + elements.map(literal).joined(separator: ", ") + "]"
        case .record(let record):
            let fields = zip(record.type.fields, record.values).map { "\($0.name): \(literal($1))" }
            return "{" + fields.joined(separator: ", ") + "}"
        case .map(let lookup):
            var entries = lookup.entries.keys.sorted().map { "\(quoted($0)): \(literal(lookup[$0]))" }
            if lookup.fallback != .null { entries.append("default: \(literal(lookup.fallback))") }
            return "{" + entries.joined(separator: ", ") + "}"
        }
    }

    /// A value short enough for a line of a trace: a record by its code or id,
    /// a list of records or of more than ten items by its length (a sector's
    /// procedures would print tens of kilobytes on one line).
    public static func compact(_ value: Value) -> String {
        switch value {
        case .record(let record): return summary(record)
        case .list(let items) where items.contains(where: isRecord) || items.count > 10:
            return "[\(items.count) \(items.count == 1 ? "item" : "items")]"
        case .map(let lookup) where lookup.entries.values.contains(where: isRecord) || lookup.entries.count > 10:
            return "{\(lookup.entries.count) \(lookup.entries.count == 1 ? "entry" : "entries")}"
        default: return shown(value)
        }
    }

    /// Whether a list holds no record and at most ten items, so that it prints whole.
    public static func isShort(_ items: [Value]) -> Bool {
        !items.contains(where: isRecord) && items.count <= 10
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

    static func quoted(_ string: String) -> String {
        var result = "\""
        for character in string {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
