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
        case .number(let number): return NumberText.format(number)
        case .string(let string): return quoted(string)
        case .date(let date): return date.description
        case .list(let elements): return "[" + elements.map(literal).joined(separator: ", ") + "]"
        case .record(let record):
            let fields = zip(record.type.fields, record.values).map { "\($0.name): \(literal($1))" }
            return "{" + fields.joined(separator: ", ") + "}"
        }
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
