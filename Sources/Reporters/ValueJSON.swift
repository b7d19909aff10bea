import RuleLanguage

extension JSONValue {
    /// A rule-language value as JSON: dates as `YYYY-MM-DD` strings, records
    /// as objects in field order.
    public init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let n), .duration(let n, _): self = .number(n)
        case .string(let s): self = .string(s)
        case .date(let d): self = .string(d.description)
        case .list(let items): self = .array(items.map(JSONValue.init))
        case .record(let record):
            self = .object(zip(record.type.fields, record.values).map { ($0.name, JSONValue($1)) })
        case .map(let lookup):
            var entries = lookup.entries.keys.sorted().map { ($0, JSONValue(lookup[$0])) }
            if lookup.fallback != .null { entries.append(("default", JSONValue(lookup.fallback))) }
            self = .object(entries)
        }
    }
}
