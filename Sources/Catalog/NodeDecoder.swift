import Vocabulary
import YAMLTree

/// Reads typed values out of YAML nodes by a schema, collecting a located
/// `schema` finding for everything that does not fit. Used for catalog files
/// and for the data in rules/ alike, so both are equally strict.
public struct NodeDecoder {
    public let file: String
    public let language: Language
    public private(set) var findings: [Finding] = []
    /// The sector and procedure being read, stamped on each finding.
    public var sector: String?
    public var procedure: String?
    /// One copy of each text read through `sharedText`.
    private var shared: [String: String] = [:]

    public init(file: String, language: Language = .en) {
        self.file = file
        self.language = language
    }

    /// The message in the decoder's language.
    public func say(_ english: String, _ vietnamese: String) -> String {
        language.pick(english, vietnamese)
    }

    /// What kind of node this is, in words for messages.
    public func kind(_ node: Node) -> String {
        switch node.content {
        case .scalar: node.isNull ? say("an empty value", "giá trị rỗng") : say("a scalar", "một giá trị đơn")
        case .sequence: say("a list", "một danh sách")
        case .mapping: say("a mapping", "một ánh xạ (khóa: giá trị)")
        }
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
                .duplicateKey,
                say(
                    "key `\(duplicate.key)` appears twice in one mapping; keep one of them",
                    "khóa `\(duplicate.key)` xuất hiện hai lần trong cùng một ánh xạ; chỉ giữ một"),
                at: duplicate.duplicate, related: [duplicate.first])
        }
    }

    /// `; did you mean `x`?` in the decoder's language, or nothing.
    public func suggestion(for name: String, in candidates: some Sequence<String>) -> String {
        Suggestion.closest(to: name, in: candidates).map { say("; did you mean `\($0)`?", "; có phải là `\($0)`?") } ?? ""
    }

    public func location(_ mark: Mark) -> Location {
        Location(file: file, line: mark.line, column: mark.column)
    }

    // MARK: Mappings

    /// The keys of a mapping by a closed list: unknown keys are findings with a
    /// "did you mean", missing required keys (absent or empty) are findings at
    /// the mapping. Nil when `node` is not a mapping at all.
    public mutating func fields(
        _ node: Node, of what: String, allowed: [String], required: [String] = []
    ) -> Fields? {
        guard let pairs = node.mapping else {
            schema(
                say("\(what) must be a mapping of keys to values, found \(kind(node))",
                    "\(what) phải là một ánh xạ khóa: giá trị, nhưng là \(kind(node))"), at: node.mark)
            return nil
        }
        // Mappings here have a handful of keys: an array beats a dictionary.
        var values: [(key: String, node: Node)] = []
        values.reserveCapacity(pairs.count)
        for pair in pairs {
            guard pair.key.scalarStyle != nil else {
                schema(
                    say("keys of \(what) must be plain names, found \(kind(pair.key))",
                        "khóa của \(what) phải là tên, nhưng là \(kind(pair.key))"), at: pair.key.mark)
                continue
            }
            // Matched on bytes: the key becomes a String only when it is unknown.
            guard let slot = pair.key.scalarIndex(in: allowed) else {
                let key = pair.key.scalar ?? ""
                let advice =
                    Suggestion.closest(to: key, in: allowed).map { say("; did you mean `\($0)`?", "; có phải là `\($0)`?") }
                    ?? say("; allowed keys: ", "; các khóa hợp lệ: ") + allowed.joined(separator: ", ")
                schema(say("unknown key `\(key)` in \(what)", "khóa `\(key)` không hợp lệ trong \(what)") + advice, at: pair.key.mark)
                continue
            }
            let key = allowed[slot]
            // A repeated key is a duplicate-key finding already; read the first.
            if !pair.value.isNull, !values.contains(where: { $0.key == key }) { values.append((key, pair.value)) }
        }
        // Reported in the order of `allowed`; a few names, so no hashing.
        for key in allowed where required.contains(key) && !values.contains(where: { $0.key == key }) {
            schema(say("\(what) is missing the required key `\(key)`", "\(what) thiếu khóa bắt buộc `\(key)`"), at: node.mark)
        }
        return Fields(mark: node.mark, values: values)
    }

    /// A mapping whose keys are free names (trait names, target names, dates).
    public mutating func entries(_ node: Node, of what: String) -> [(key: Located<String>, value: Node)]? {
        guard let pairs = node.mapping else {
            schema(say("\(what) must be a mapping, found \(kind(node))", "\(what) phải là một ánh xạ, nhưng là \(kind(node))"), at: node.mark)
            return nil
        }
        var result: [(key: Located<String>, value: Node)] = []
        result.reserveCapacity(pairs.count)
        // Trait maps hold a few keys, where a scan beats hashing; target and
        // date maps can be long.
        var seen: Set<String>? = pairs.count > 16 ? [] : nil
        var few: [String] = []
        for pair in pairs {
            guard let key = pair.key.scalar else {
                schema(
                    say("keys of \(what) must be plain names, found \(kind(pair.key))",
                        "khóa của \(what) phải là tên, nhưng là \(kind(pair.key))"), at: pair.key.mark)
                continue
            }
            if seen != nil {
                guard seen!.insert(key).inserted else { continue }
            } else {
                guard !few.contains(key) else { continue }
                few.append(key)
            }
            result.append((Located(TextNormalization.nfc(key), at: pair.key.mark), pair.value))
        }
        return result
    }

    // MARK: Scalars

    /// `expected` is only worded when the node is wrong: this runs for every
    /// value of a catalog.
    private mutating func scalarText(
        _ node: Node, _ what: String, expected: @autoclosure () -> (english: String, vietnamese: String)
    ) -> String? {
        guard !node.isNull, let text = node.scalar else {
            let (english, vietnamese) = expected()
            let expected = say(english, vietnamese)
            schema(say("`\(what)` must be \(expected), found \(kind(node))", "`\(what)` phải là \(expected), nhưng là \(kind(node))"), at: node.mark)
            return nil
        }
        return TextNormalization.nfc(text)
    }

    /// Non-empty text, NFC-normalized.
    public mutating func text(_ node: Node, _ what: String) -> Located<String>? {
        guard let text = scalarText(node, what, expected: ("text", "văn bản")) else { return nil }
        guard !Self.isBlank(text) else {
            schema(say("`\(what)` is empty; write a value or remove the key", "`\(what)` để trống; ghi giá trị hoặc bỏ khóa này"), at: node.mark)
            return nil
        }
        return Located(text, at: node.mark)
    }

    /// Only whitespace. Text that starts with a visible ASCII byte (nearly all)
    /// is answered without walking its characters.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// Non-empty text that many entries of a file repeat (a legal basis, a
    /// decision), kept once: it shows in the memory of a national catalog.
    public mutating func sharedText(_ node: Node, _ what: String) -> Located<String>? {
        guard let text = text(node, what) else { return nil }
        if let copy = shared[text.value] { return Located(copy, at: text.mark) }
        shared[text.value] = text.value
        return text
    }

    /// `true` or `false` and nothing else: YAML 1.1's `yes`, `on`, `NO` are
    /// refused with a message that says so.
    public mutating func bool(_ node: Node, _ what: String) -> Located<Bool>? {
        guard let text = scalarText(node, what, expected: ("true or false", "true hoặc false")) else { return nil }
        switch text {
        case "true": return Located(true, at: node.mark)
        case "false": return Located(false, at: node.mark)
        default:
            let guess: String
            switch text.lowercased() {
            case "yes", "y", "on", "true": guess = say("; write `true`", "; hãy ghi `true`")
            case "no", "n", "off", "false": guess = say("; write `false`", "; hãy ghi `false`")
            default: guess = ""
            }
            schema(
                say("`\(what)` must be true or false, found `\(text)`, which is not a boolean here\(guess)",
                    "`\(what)` phải là true hoặc false; `\(text)` không phải giá trị đúng/sai ở đây\(guess)"), at: node.mark)
            return nil
        }
    }

    /// A plain decimal number (`10`, `0.5`).
    public mutating func number(_ node: Node, _ what: String) -> Located<Double>? {
        guard let text = scalarText(node, what, expected: ("a number", "một số")) else { return nil }
        guard let value = NumberText.parse(text) else {
            schema(say("`\(what)` must be a number such as 10 or 0.5, found `\(text)`", "`\(what)` phải là một số như 10 hoặc 0.5, nhưng là `\(text)`"), at: node.mark)
            return nil
        }
        return Located(value, at: node.mark)
    }

    /// A positive duration in one of the forms of SPEC §3.
    public mutating func duration(_ node: Node, _ what: String) -> Located<Duration>? {
        let forms = #"10, 0.5, "4h", "3d", "3 working days", "same day", "15 calendar days" or "15cd""#
        guard let text = scalarText(node, what, expected: ("a duration (\(forms))", "một thời hạn (\(forms))")) else { return nil }
        switch Duration.parse(text) {
        case .success(let duration) where duration.days > 0:
            return Located(duration, at: node.mark)
        case .success:
            schema(say("`\(what)` must be more than zero days, found `\(text)`", "`\(what)` phải lớn hơn 0 ngày, nhưng là `\(text)`"), at: node.mark)
        case .failure(.unknownUnit(let unit)):
            schema(say("`\(what)` has the unknown unit `\(unit)` in `\(text)`; write \(forms)", "`\(what)` có đơn vị không hợp lệ `\(unit)` trong `\(text)`; hãy ghi \(forms)"), at: node.mark)
        case .failure(.unreadable):
            schema(say("`\(what)` is not a duration: `\(text)`; write \(forms)", "`\(what)` không phải thời hạn: `\(text)`; hãy ghi \(forms)"), at: node.mark)
        }
        return nil
    }

    /// A date written `YYYY-MM-DD`.
    public mutating func date(_ node: Node, _ what: String) -> Located<LocalDate>? {
        guard let text = scalarText(node, what, expected: ("a date YYYY-MM-DD", "một ngày YYYY-MM-DD")) else { return nil }
        guard let date = LocalDate(text) else {
            schema(say("`\(what)` must be a date written YYYY-MM-DD, found `\(text)`", "`\(what)` phải là ngày dạng YYYY-MM-DD, nhưng là `\(text)`"), at: node.mark)
            return nil
        }
        return Located(date, at: node.mark)
    }

    /// One of the raw values of `E`.
    public mutating func choice<E: RawRepresentable & CaseIterable>(_ node: Node, _ what: String, _ type: E.Type)
        -> Located<E>? where E.RawValue == String
    {
        let names = { E.allCases.map(\.rawValue) }
        guard let text = scalarText(node, what, expected: ("one of " + names().joined(separator: " | "), "một trong " + names().joined(separator: " | ")))
        else { return nil }
        guard let value = E(rawValue: text) else {
            schema(
                say("`\(what)` must be one of ", "`\(what)` phải là một trong ") + names().joined(separator: " | ")
                    + say(", found `\(text)`", ", nhưng là `\(text)`") + suggestion(for: text, in: names()),
                at: node.mark)
            return nil
        }
        return Located(value, at: node.mark)
    }

    /// The items of a list.
    public mutating func list(_ node: Node, _ what: String) -> Node.Items? {
        guard let items = node.sequence else {
            schema(say("`\(what)` must be a list, found \(kind(node))", "`\(what)` phải là một danh sách, nhưng là \(kind(node))"), at: node.mark)
            return nil
        }
        return items
    }
}

/// The recognised keys of one mapping; empty values read as absent.
public struct Fields {
    public var mark: Mark
    var values: [(key: String, node: Node)]

    public subscript(key: String) -> Node? {
        // Lengths first: most keys tried are not the one asked for.
        values.first { $0.key.utf8.count == key.utf8.count && $0.key == key }?.node
    }
}
