import Vocabulary
import YAMLTree

/// Reads typed values out of YAML nodes by a schema, collecting a located
/// `schema` finding for everything that does not fit. Used for catalog files
/// and for the data in rules/ alike, so both are equally strict.
public struct NodeDecoder {
    public let file: String
    public private(set) var findings: [Finding] = []
    /// The sector and procedure being read, stamped on each finding.
    public var sector: String?
    public var procedure: String?

    public init(file: String) {
        self.file = file
    }

    public mutating func schema(_ message: String, at mark: Mark) {
        report(.schema, message, at: mark)
    }

    public mutating func report(_ rule: BuiltinRule, _ message: String, at mark: Mark, related: [Mark] = []) {
        findings.append(
            Finding(
                rule: rule.rawValue, severity: rule.severity, message: message, location: location(mark),
                sector: sector, procedure: procedure, related: related.map(location)))
    }

    /// A `duplicate-key` finding at each repeated key, with the first as related.
    public mutating func reportDuplicateKeys(of yaml: LoadedYAML) {
        for duplicate in yaml.duplicateKeys {
            report(
                .duplicateKey, "key `\(duplicate.key)` appears twice in one mapping; keep one of them",
                at: duplicate.duplicate, related: [duplicate.first])
        }
    }

    public func location(_ mark: Mark) -> Location {
        Location(file: file, line: mark.line, column: mark.column)
    }

    // MARK: Mappings

    /// The keys of a mapping by a closed list: unknown keys are findings with a
    /// "did you mean", missing required keys (absent or empty) are findings at
    /// the mapping. Nil when `node` is not a mapping at all.
    public mutating func fields(
        _ node: Node, of what: String, allowed: [String], required: Set<String> = []
    ) -> Fields? {
        guard let pairs = node.mapping else {
            schema("\(what) must be a mapping of keys to values, found \(node.kindName)", at: node.mark)
            return nil
        }
        var values: [String: Node] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar else {
                schema("keys of \(what) must be plain names, found \(pair.key.kindName)", at: pair.key.mark)
                continue
            }
            guard allowed.contains(key) else {
                schema(
                    "unknown key `\(key)` in \(what)\(Suggestion.phrase(for: key, in: allowed))"
                        + (Suggestion.closest(to: key, in: allowed) == nil
                            ? "; allowed keys: \(allowed.joined(separator: ", "))" : ""),
                    at: pair.key.mark)
                continue
            }
            // A repeated key is a duplicate-key finding already; read the first.
            if values[key] == nil, !pair.value.isNull { values[key] = pair.value }
        }
        for key in allowed where required.contains(key) && values[key] == nil {
            schema("\(what) is missing the required key `\(key)`", at: node.mark)
        }
        return Fields(mark: node.mark, values: values)
    }

    /// A mapping whose keys are free names (trait names, target names, dates).
    public mutating func entries(_ node: Node, of what: String) -> [(key: Located<String>, value: Node)]? {
        guard let pairs = node.mapping else {
            schema("\(what) must be a mapping, found \(node.kindName)", at: node.mark)
            return nil
        }
        var result: [(key: Located<String>, value: Node)] = []
        var seen: Set<String> = []
        for pair in pairs {
            guard let key = pair.key.scalar else {
                schema("keys of \(what) must be plain names, found \(pair.key.kindName)", at: pair.key.mark)
                continue
            }
            guard seen.insert(key).inserted else { continue }
            result.append((Located(TextNormalization.nfc(key), at: pair.key.mark), pair.value))
        }
        return result
    }

    // MARK: Scalars

    private mutating func scalarText(_ node: Node, _ what: String, expected: String) -> String? {
        guard let text = node.scalar, !node.isNull else {
            schema("`\(what)` must be \(expected), found \(node.kindName)", at: node.mark)
            return nil
        }
        return TextNormalization.nfc(text)
    }

    /// Non-empty text, NFC-normalized.
    public mutating func text(_ node: Node, _ what: String) -> Located<String>? {
        guard let text = scalarText(node, what, expected: "text") else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            schema("`\(what)` is empty; write a value or remove the key", at: node.mark)
            return nil
        }
        return Located(text, at: node.mark)
    }

    /// `true` or `false` and nothing else: YAML 1.1's `yes`, `on`, `NO` are
    /// refused with a message that says so.
    public mutating func bool(_ node: Node, _ what: String) -> Located<Bool>? {
        guard let text = scalarText(node, what, expected: "true or false") else { return nil }
        switch text {
        case "true": return Located(true, at: node.mark)
        case "false": return Located(false, at: node.mark)
        default:
            let guess: String
            switch text.lowercased() {
            case "yes", "y", "on", "true": guess = "; write `true`"
            case "no", "n", "off", "false": guess = "; write `false`"
            default: guess = ""
            }
            schema("`\(what)` must be true or false, found `\(text)`, which is not a boolean here\(guess)", at: node.mark)
            return nil
        }
    }

    /// A plain decimal number (`10`, `0.5`).
    public mutating func number(_ node: Node, _ what: String) -> Located<Double>? {
        guard let text = scalarText(node, what, expected: "a number") else { return nil }
        guard let value = NumberText.parse(text) else {
            schema("`\(what)` must be a number such as 10 or 0.5, found `\(text)`", at: node.mark)
            return nil
        }
        return Located(value, at: node.mark)
    }

    /// A positive duration in one of the forms of SPEC §3.
    public mutating func duration(_ node: Node, _ what: String) -> Located<Duration>? {
        let forms = #"10, 0.5, "4h", "3d", "3 working days", "same day", "15 calendar days" or "15cd""#
        guard let text = scalarText(node, what, expected: "a duration (\(forms))") else { return nil }
        switch Duration.parse(text) {
        case .success(let duration) where duration.days > 0:
            return Located(duration, at: node.mark)
        case .success:
            schema("`\(what)` must be more than zero days, found `\(text)`", at: node.mark)
        case .failure(.unknownUnit(let unit)):
            schema("`\(what)` has the unknown unit `\(unit)` in `\(text)`; write \(forms)", at: node.mark)
        case .failure(.unreadable):
            schema("`\(what)` is not a duration: `\(text)`; write \(forms)", at: node.mark)
        }
        return nil
    }

    /// A date written `YYYY-MM-DD`.
    public mutating func date(_ node: Node, _ what: String) -> Located<LocalDate>? {
        guard let text = scalarText(node, what, expected: "a date YYYY-MM-DD") else { return nil }
        guard let date = LocalDate(text) else {
            schema("`\(what)` must be a date written YYYY-MM-DD, found `\(text)`", at: node.mark)
            return nil
        }
        return Located(date, at: node.mark)
    }

    /// One of the raw values of `E`.
    public mutating func choice<E: RawRepresentable & CaseIterable>(_ node: Node, _ what: String, _ type: E.Type)
        -> Located<E>? where E.RawValue == String
    {
        let names = E.allCases.map(\.rawValue)
        guard let text = scalarText(node, what, expected: "one of \(names.joined(separator: " | "))") else {
            return nil
        }
        guard let value = E(rawValue: text) else {
            schema(
                "`\(what)` must be one of \(names.joined(separator: " | ")), found `\(text)`"
                    + Suggestion.phrase(for: text, in: names),
                at: node.mark)
            return nil
        }
        return Located(value, at: node.mark)
    }

    /// The items of a list.
    public mutating func list(_ node: Node, _ what: String) -> [Node]? {
        guard let items = node.sequence else {
            schema("`\(what)` must be a list, found \(node.kindName)", at: node.mark)
            return nil
        }
        return items
    }
}

/// The recognised keys of one mapping; empty values read as absent.
public struct Fields {
    public var mark: Mark
    var values: [String: Node]

    public subscript(key: String) -> Node? { values[key] }
}
