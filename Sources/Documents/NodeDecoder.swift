import Catalog
import Foundation
import Vocabulary
import YAMLTree

/// Reads typed values out of YAML nodes by a schema, collecting a located
/// `schema` finding for everything that does not fit. Used for catalog files,
/// the data in rules/ and rule tests alike, so all are equally strict. Findings
/// carry messages as values; the words are the reporters'.
struct NodeDecoder {
    let file: String
    private(set) var findings: [Finding] = []
    /// The sector and procedure being read, stamped on each finding.
    var sector: String?
    /// The procedure being read. Its code and name are read from the node
    /// only when a finding needs them, until the code is decoded (`procedure`).
    private var procedureNode: Node?
    private var procedureCode: String?
    private var codeDecoded = false
    /// The mechanical rewrites into canonical forms that `tthc fix` makes:
    /// a Vietnamese level or duration, a decimal comma, a day/month/year
    /// date, NFD text, invisible characters in a code or id.
    private(set) var fixes: [ScalarRewriter.Edit] = []
    /// The last few lists of kept texts (`sharedList`).
    private var recentLists = MostRecent<[String]>(capacity: 4)

    init(file: String) {
        self.file = file
    }

    /// A `schema` finding at `mark`; `keyPath` names the field for the fingerprint.
    mutating func schema(_ message: SchemaMessage, at mark: Mark, keyPath: String? = nil) {
        report(.schema, .schema(message), at: mark, keyPath: keyPath ?? Self.field(of: message))
    }

    mutating func report(
        _ rule: BuiltinRule, _ message: Message, at mark: Mark, related: [Mark] = [], keyPath: String? = nil
    ) {
        let code = codeDecoded ? procedureCode : procedureNode.flatMap { Self.peek("code", in: $0) }
        let name = procedureNode.flatMap { Self.peek("name", in: $0) }
        findings.append(
            Finding(
                rule, message: message, location: location(mark), sector: sector, procedure: code,
                procedureName: name, related: related.map(location), keyPath: keyPath))
    }

    /// Starts a procedure: findings name it by what its node holds.
    mutating func begin(procedure node: Node) {
        procedureNode = node
        procedureCode = nil
        codeDecoded = false
    }

    /// The procedure's code as decoded (nil when it did not decode), for the
    /// findings after it.
    mutating func decoded(code: String?) {
        procedureCode = code
        codeDecoded = true
    }

    /// Back to the file's own findings, after its procedures.
    mutating func endProcedure() {
        procedureNode = nil
        procedureCode = nil
        codeDecoded = false
    }

    /// The text of `key` in a mapping, read ahead of the full decoding.
    static func peek(_ key: String, in node: Node) -> String? {
        node.mapping?.first { $0.key.isScalar(key) }?.value.scalar.map(TextNormalization.nfc)
    }

    /// A `duplicate-key` finding at each repeated key, with the first as related.
    mutating func reportDuplicateKeys(of yaml: LoadedYAML) {
        for duplicate in yaml.duplicateKeys {
            report(
                .duplicateKey, .schema(.duplicateKey(duplicate.key)), at: duplicate.duplicate, related: [duplicate.first],
                keyPath: duplicate.key)
        }
    }

    /// Records that `node` is better written `value` (one rewrite per scalar:
    /// a later one, on text already normalized, replaces an earlier one).
    mutating func fix(_ node: some ScalarSource, to value: String, preferredStyle: Node.ScalarStyle? = nil) {
        guard let edit = node.edit(to: value, preferredStyle: preferredStyle) else { return }
        if let index = fixes.lastIndex(where: { $0.range == edit.range }) {
            fixes[index] = edit
        } else {
            fixes.append(edit)
        }
    }

    func location(_ mark: Mark) -> Location {
        Location(file: file, mark: mark)
    }

    /// The field a message is about, as the key path of its finding.
    private static func field(of message: SchemaMessage) -> String? {
        switch message {
        case .notList(let field, _), .notScalar(let field, _, _), .emptyText(let field), .notIdentifier(let field, _),
            .notName(let field, _), .parameterValue(let field), .tooManyLets(let field, _), .notCount(let field, _), .notBool(let field, _, _), .notNumber(let field, _), .notDuration(let field, _),
            .durationUnknownUnit(let field, _, _, _), .durationNotPositive(let field, _), .notDate(let field, _),
            .notOneOf(let field, _, _, _), .decimalCommaSplit(let field, _, _), .invisibleCharacter(let field, _, _), .nonASCIILetter(let field, _, _),
            .durationChannels(let field, _),
            .deadlineKindMismatch(let field, _, _), .stepKindMismatch(let field, _, _), .stepKindsDiffer(let field, _, _), .targetKeyNotDate(let field, _), .targetNeedsValue(let field),
            .periodEndsBeforeStart(let field, _, _), .enumNeedsValues(let field), .enumValuesEmpty(let field),
            .valuesOnlyForEnum(let field), .expressionIsTag(let field, _, _):
            return field
        case .unknownKey(let key, let part, _, _), .missingKey(let key, let part):
            if case .key(let path) = part { return path + "." + key }
            return key
        case .undeclaredTrait(let name, _): return "traits." + name
        case .duplicateKey(let key): return key
        case .unknownMessageLanguage(let language): return "rules.message." + language
        case .notMapping(let part, _), .keyNotName(let part, _):
            if case .key(let path) = part { return path }
            return nil
        case .emptyCatalogFile, .oneDocumentPerFile, .missingProcedures: return nil
        }
    }

    // MARK: Mappings

    /// The keys of a mapping by a closed list: unknown keys are findings with a
    /// "did you mean", missing required keys (absent or empty) are findings at
    /// the mapping. Nil when `node` is not a mapping at all.
    mutating func fields(
        _ node: Node, of part: SchemaMessage.Part, allowed: [String], required: [String] = []
    ) -> Fields? {
        guard let pairs = node.mapping else {
            schema(.notMapping(part, found: node.nodeKind), at: node.mark)
            return nil
        }
        // Mappings here have a handful of keys: an array beats a dictionary.
        var values: [(key: String, node: Node)] = []
        values.reserveCapacity(pairs.count)
        // Which slots of `allowed` hold a value: a bit each, so that no key is
        // compared as a String twice (every mapping here has under 64 keys).
        precondition(allowed.count <= 64, "a mapping of more than 64 keys")
        var taken: UInt64 = 0
        var split: [String] = []
        var previous: Node.Pair?
        for pair in pairs {
            defer { previous = pair }
            guard pair.key.scalarStyle != nil else {
                schema(.keyNotName(part, found: pair.key.nodeKind), at: pair.key.mark)
                continue
            }
            // Matched on bytes: the key becomes a String only when it is unknown.
            guard let slot = pair.key.scalarIndex(in: allowed) else {
                let key = pair.key.scalar ?? ""
                if let previous, let name = previous.key.scalar, allowed.contains(name),
                    let whole = Self.decimalCommaWhole(before: pair, previous: previous)
                {
                    // `{ proposed: 0,5 }`: YAML split a decimal comma into a value and a key.
                    let field = Self.path(of: part).map { $0 + "." + name } ?? name
                    schema(.decimalCommaSplit(field: field, whole: whole, fraction: key), at: previous.value.mark)
                    values.removeAll { $0.key == name }
                    if let slot = allowed.firstIndex(of: name) { taken &= ~(1 << UInt64(slot)) }
                    split.append(name)
                    continue
                }
                schema(
                    .unknownKey(key, in: part, suggestion: Suggestion.closest(to: key, in: allowed), allowed: allowed),
                    at: pair.key.mark)
                continue
            }
            // A repeated key is a duplicate-key finding already; read the first.
            let bit: UInt64 = 1 << UInt64(slot)
            if !pair.value.isNull, taken & bit == 0 {
                taken |= bit
                values.append((allowed[slot], pair.value))
            }
        }
        // Reported in the order of `allowed`; a few names, so no hashing.
        for (slot, key) in allowed.enumerated()
        where taken & (1 << UInt64(slot)) == 0 && required.contains(key) && !split.contains(key) {
            schema(.missingKey(key, in: part), at: node.mark)
        }
        return Fields(mark: node.mark, values: values)
    }

    /// The whole part of a number YAML split at a decimal comma: `pair` is a
    /// key of digits with no value, in `{ }`, right after a key whose value is
    /// a bare whole number.
    private static func decimalCommaWhole(before pair: Node.Pair, previous: Node.Pair) -> String? {
        guard pair.value.isNull, pair.key.isInFlowCollection, pair.key.scalarStyle == .plain,
            let fraction = pair.key.scalar, !fraction.isEmpty, fraction.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            previous.value.scalarStyle == .plain, let whole = previous.value.scalar, !whole.isEmpty,
            whole.utf8.allSatisfy({ (0x30...0x39).contains($0) })
        else { return nil }
        return whole
    }

    /// The key path a part names, if it is one.
    private static func path(of part: SchemaMessage.Part) -> String? {
        if case .key(let path) = part { return path }
        return nil
    }

    /// A mapping whose keys are free names (trait names, target names, dates).
    mutating func entries(_ node: Node, of part: SchemaMessage.Part) -> [(key: Located<String>, value: Node)]? {
        guard let pairs = node.mapping else {
            schema(.notMapping(part, found: node.nodeKind), at: node.mark)
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
                schema(.keyNotName(part, found: pair.key.nodeKind), at: pair.key.mark)
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

    /// `expected` is only built when the node is wrong: this runs for every
    /// value of a catalog.
    private mutating func scalarText(
        _ node: some ScalarSource, _ what: String, expected: @autoclosure () -> SchemaMessage.Expected
    ) -> String? {
        guard !node.isNull, let text = node.scalar else {
            schema(.notScalar(field: what, expected: expected(), found: node.nodeKind), at: node.mark)
            return nil
        }
        // Nearly all text is already NFC, which a quick check tells without a copy.
        guard TextNormalization.needsNormalization(text) else { return text }
        let composed = text.precomposedStringWithCanonicalMapping
        if composed != text { fix(node, to: composed) }
        return composed
    }

    /// Non-empty text, NFC-normalized.
    mutating func text(_ node: some ScalarSource, _ what: String) -> Located<String>? {
        guard let text = scalarText(node, what, expected: .text) else { return nil }
        guard !Self.isBlank(text) else {
            schema(.emptyText(field: what), at: node.mark)
            return nil
        }
        return Located(text, at: node.mark)
    }

    /// Only whitespace and invisible characters (a name pasted as a lone
    /// zero-width space is empty). Text that starts with a visible ASCII byte
    /// (nearly all) is answered without walking its characters.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return InvisibleCharacters.isBlank(text)
    }

    /// A code, id, trait name or enum value: text in which every invisible or
    /// look-alike character is a finding naming it, read without the invisible
    /// ones (so `1.000001` and `1.000001` + a line break are one code).
    mutating func identifier(_ node: some ScalarSource, _ what: String) -> Located<String>? {
        guard let text = text(node, what) else { return nil }
        // Printable ASCII, the usual case, holds nothing to find.
        if text.value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return text }
        let scan = InvisibleCharacters.scan(text.value, identifier: true)
        guard !scan.found.isEmpty else { return text }
        let style = node.scalarStyle ?? .plain
        for found in scan.found {
            // The character's column in the file where the value is on one
            // line with its key; in a block scalar, its column in the value.
            let onFirstLine = found.line == 1 && style != .literal && style != .folded
            let column = onFirstLine ? node.mark.column + (style.isQuoted ? 1 : 0) + found.column - 1 : found.column
            let mark = onFirstLine ? Mark(line: node.mark.line, column: column) : node.mark
            if found.kind == .notASCII {
                schema(.nonASCIILetter(field: what, character: found.name, column: column), at: mark)
            } else {
                schema(.invisibleCharacter(field: what, character: found.name, column: column), at: mark)
            }
        }
        // A no-break space at an end is as invisible as a zero-width one.
        let cleaned = scan.cleaned.trimmingCharacters(in: .whitespaces)
        if cleaned != text.value { fix(node, to: cleaned) }
        return Located(cleaned, at: text.mark)
    }

    /// Non-empty text that many procedures and files repeat (a name, a legal
    /// basis, a decision), kept once in `texts` for all of them.
    mutating func internedText(_ node: some ScalarSource, _ what: String, in texts: TextInterner) -> Located<String>? {
        // Bytes equal to a kept text are that text: already NFC, not blank.
        if !node.isNull, let known = node.withScalarBytes(texts.find) ?? nil {
            return Located(known, at: node.mark)
        }
        guard let text = text(node, what) else { return nil }
        return Located(texts.keep(text.value), at: text.mark)
    }

    /// A list of texts many entries of a file repeat whole (a legal basis
    /// of one law and its decree), kept once: one of the last few lists when
    /// it is equal, else a copy of `texts` at its own size. Its texts come
    /// from `internedText`, so equal lists compare by their storage.
    mutating func sharedList(_ texts: [String]) -> [String] {
        if let known = recentLists.find(where: { $0 == texts }) { return known }
        let kept = texts.sizedCopy()
        recentLists.remember(kept)
        return kept
    }

    /// `true` or `false` and nothing else: YAML 1.1's `yes`, `on`, `NO` are
    /// refused with a message that says so.
    mutating func bool(_ node: some ScalarSource, _ what: String) -> Located<Bool>? {
        if node.isScalar("true") { return Located(true, at: node.mark) }
        if node.isScalar("false") { return Located(false, at: node.mark) }
        guard let text = scalarText(node, what, expected: .bool) else { return nil }
        switch BoolText.read(text) {
        case .success(let value): return Located(value, at: node.mark)
        case .failure(.notABoolean(let meant)):
            schema(.notBool(field: what, found: text, suggestion: meant), at: node.mark)
            if let meant { fix(node, to: BoolText.text(meant), preferredStyle: .plain) }
            return nil
        }
    }

    /// A whole number, 0 or more (a count of dossiers).
    mutating func count(_ node: some ScalarSource, _ what: String) -> Located<Int>? {
        guard let number = number(node, what) else { return nil }
        guard number.value >= 0, number.value == number.value.rounded(), number.value < 1e12 else {
            schema(.notCount(field: what, found: NumberText.format(number.value)), at: node.mark)
            return nil
        }
        return Located(Int(number.value), at: node.mark)
    }

    /// A plain decimal number (`10`, `0.5`).
    mutating func number(_ node: some ScalarSource, _ what: String) -> Located<Double>? {
        guard let text = scalarText(node, what, expected: .number) else { return nil }
        guard let value = NumberText.parse(text) else {
            schema(.notNumber(field: what, found: text), at: node.mark)
            return nil
        }
        return Located(value, at: node.mark)
    }

    /// A positive duration in one of the forms of the catalog format.
    mutating func duration(_ node: some ScalarSource, _ what: String) -> Located<Duration>? {
        // Most durations are a bare positive number of working days, read
        // from the bytes; anything else takes the full reading below.
        if node.scalarStyle == .plain, let days = node.withScalarBytes(Self.positiveDecimal) ?? nil {
            return Located(Duration(days: days), at: node.mark)
        }
        // The other canonical forms (`4h`, `"15 calendar days"`, `same day`)
        // read as the full reading reads them, in any quoting: no fix applies.
        if let duration = node.withScalarBytes(Self.canonicalWithUnit) ?? nil {
            return Located(duration, at: node.mark)
        }
        guard let text = scalarText(node, what, expected: .duration) else { return nil }
        switch DurationText.read(text) {
        case .success(let reading) where reading.channel != nil || !reading.otherChannels.isEmpty:
            schema(.durationChannels(field: what, found: text), at: node.mark)
        case .success(let reading) where reading.amount > 0:
            if let canonical = reading.canonicalText {
                // A bare number needs no quotes: `"10 ngày làm việc"` becomes `10`.
                fix(node, to: canonical, preferredStyle: reading.unit == .workingDays ? .plain : nil)
            }
            return Located(reading.duration, at: node.mark)
        case .success:
            schema(.durationNotPositive(field: what, found: text), at: node.mark)
        case .failure(.unknownUnit(let unit, let suggestion)):
            schema(.durationUnknownUnit(field: what, unit: unit, found: text, suggestion: suggestion), at: node.mark)
        case .failure(.unreadable):
            schema(.notDuration(field: what, found: text), at: node.mark)
        }
        return nil
    }

    /// A positive amount and a unit word in lower-case ASCII, with one space
    /// or none between (`4h`, `3d`, `15cd`, `3 working days`, `1 hour`,
    /// `15 calendar days`), or `same day`: the duration `DurationText.readCanonical`
    /// reads from them; nil for any other text (a bare number included: a quoted
    /// one is unquoted by `fix`), which takes the full reading.
    static func canonicalWithUnit(_ bytes: UnsafeBufferPointer<UInt8>) -> Duration? {
        if bytes.elementsEqual("same day".utf8) { return DurationReading(amount: 1, unit: .sameDay).duration }
        var end = 0
        while end < bytes.count, (0x30...0x39).contains(bytes[end]) || bytes[end] == UInt8(ascii: ".") { end += 1 }
        guard end > 0, let amount = positiveDecimal(UnsafeBufferPointer(rebasing: bytes[..<end])) else { return nil }
        if end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[end...])
        guard !word.isEmpty, let unit = unitWords.first(where: { word.elementsEqual($0.word.utf8) })?.unit else { return nil }
        return DurationReading(amount: amount, unit: unit).duration
    }

    private static let unitWords: [(word: String, unit: DurationReading.Unit)] = [
        ("h", .hours), ("d", .workingDays), ("cd", .calendarDays), ("working days", .workingDays),
        ("calendar days", .calendarDays), ("working day", .workingDays), ("calendar day", .calendarDays),
        ("hours", .hours), ("hour", .hours),
    ]

    /// The value of digits with at most one point between digits (`10`,
    /// `0.5`, at most 15 digits in all) when it is above zero; nil for any
    /// other text. Divided once, so the result is the correctly rounded one,
    /// as a reading of the text would give.
    static func positiveDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var digits: Int64 = 0
        var count = 0
        var fraction = -1
        for byte in bytes {
            if byte == UInt8(ascii: "."), fraction < 0, count > 0 {
                fraction = 0
                continue
            }
            guard (0x30...0x39).contains(byte), count < 15 else { return nil }
            digits = digits * 10 + Int64(byte - 0x30)
            count += 1
            if fraction >= 0 { fraction += 1 }
        }
        guard count > 0, fraction != 0, digits > 0 else { return nil }
        var scale: Int64 = 1
        for _ in 0..<max(fraction, 0) { scale *= 10 }
        return Double(digits) / Double(scale)
    }

    /// A date written `YYYY-MM-DD`.
    mutating func date(_ node: some ScalarSource, _ what: String) -> Located<LocalDate>? {
        guard let text = scalarText(node, what, expected: .date) else { return nil }
        guard case .success(let reading) = DateText.read(text) else {
            schema(.notDate(field: what, found: text), at: node.mark)
            return nil
        }
        if let canonical = reading.canonicalText { fix(node, to: canonical, preferredStyle: .plain) }
        return Located(reading.value, at: node.mark)
    }

    /// A level: `province`, `district`, `commune`, or as staff write them
    /// (`tỉnh`, `Cấp Tỉnh`, `xã`), with a "did you mean" for a near miss.
    mutating func level(_ node: some ScalarSource, _ what: String) -> Located<Level>? {
        for level in Level.allCases where node.isScalar(level.rawValue) { return Located(level, at: node.mark) }
        let names = Level.allCases.map(\.rawValue)
        guard let text = scalarText(node, what, expected: .oneOf(names)) else { return nil }
        switch LevelText.read(text) {
        case .success(let reading):
            if let canonical = reading.canonicalText { fix(node, to: canonical) }
            return Located(reading.value, at: node.mark)
        case .failure(.unknown(let suggestion)):
            schema(.notOneOf(field: what, found: text, allowed: names, suggestion: suggestion), at: node.mark)
            return nil
        }
    }

    /// One of the raw values of `E`.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ node: some ScalarSource, _ what: String, _ type: E.Type)
        -> Located<E>? where E.RawValue == String
    {
        // The value as written, compared on bytes: no String for the common case.
        for value in E.allCases where node.isScalar(value.rawValue) { return Located(value, at: node.mark) }
        let names = { E.allCases.map(\.rawValue) }
        guard let text = scalarText(node, what, expected: .oneOf(names())) else { return nil }
        guard let value = E(rawValue: text) else {
            schema(.notOneOf(field: what, found: text, allowed: names(), suggestion: Suggestion.closest(to: text, in: names())), at: node.mark)
            return nil
        }
        return Located(value, at: node.mark)
    }

    /// The items of a list.
    mutating func list(_ node: Node, _ what: String) -> Node.Items? {
        guard let items = node.sequence else {
            schema(.notList(field: what, found: node.nodeKind), at: node.mark)
            return nil
        }
        return items
    }
}
