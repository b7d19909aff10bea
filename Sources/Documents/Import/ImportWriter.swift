import Catalog
import Review
import Vocabulary
import YAMLTree

/// The new bytes of one catalog file for an import plan: the changed values
/// rewritten in place with the byte-exact `ScalarRewriter` (comments, order
/// and layout kept), new procedures appended to its `procedures:` list. What
/// cannot be written as one value is a finding, not a guess.
public enum ImportWriter {
    public struct Output: Sendable {
        public var bytes: [UInt8]
        public var findings: [Finding]
    }

    /// `original` with `changes` and `additions` (all of this file) applied.
    public static func write(
        _ original: [UInt8], path: String, changes: [ImportPlan.Change], additions: [ImportedRow],
        traits: [String: TraitDeclaration]
    ) -> Output {
        var findings: [Finding] = []
        let lineBreak = Self.lineBreak(of: original)
        let fields = changes.flatMap { change in change.fields.map { (code: change.code, change: $0) } }
        let (bytes, unwritten) = Self.rewrite(original, path: path, fields: fields, traits: traits)
        for (code, field) in unwritten {
            guard let change = changes.first(where: { $0.code == code }) else { continue }
            findings.append(
                Finding(
                    rule: BuiltinRule.schema.rawValue, severity: .warning,
                    message: .importing(.fieldNotWritten(field: field.field, value: Self.text(field.after))),
                    location: Location(file: path, line: 1, column: 1), procedure: change.code,
                    procedureName: change.row.name, keyPath: field.field))
        }
        guard !additions.isEmpty else { return Output(bytes: bytes, findings: findings) }
        var appended = bytes
        if let last = appended.last, last != 0x0A { appended += Array(lineBreak.utf8) }
        appended += Array(additions.map { ProcedureYAML.item($0, lineBreak: lineBreak) }.joined().utf8)
        // Appending is right only where `procedures:` is a block list that
        // ends the file: check that the file reads with all of them.
        let before = CatalogDecoder(traits: traits).decode(bytes: bytes, path: path)
        let after = CatalogDecoder(traits: traits).decode(bytes: appended, path: path)
        guard after.procedureEntries == before.procedureEntries + additions.count,
            !after.findings.contains(where: { $0.rule == BuiltinRule.syntax.rawValue })
        else {
            findings.append(
                Finding(
                    rule: BuiltinRule.schema.rawValue, severity: .warning, message: .importing(.notAppended(count: additions.count)),
                    location: Location(file: path, line: 1, column: 1)))
            return Output(bytes: bytes, findings: findings)
        }
        return Output(bytes: appended, findings: findings)
    }

    /// `original` with each field of each procedure (by code) given its new
    /// value: a value the file writes as one scalar (or one scalar per item
    /// of a list) rewritten in place; then a key the procedure lacks, or a
    /// list of another length, placed in the file's own style and checked by
    /// reading the result. Returns the new bytes and, in their order, the
    /// fields that could not be written. Used by `import` and `suggest`.
    static func rewrite(
        _ original: [UInt8], path: String, fields: [(code: String, change: CatalogDiff.FieldChange)],
        traits: [String: TraitDeclaration]
    ) -> (bytes: [UInt8], unwritten: [(code: String, change: CatalogDiff.FieldChange)]) {
        var bytes = original
        var pending: [(code: String, change: CatalogDiff.FieldChange)] = []
        if !fields.isEmpty, let yaml = try? YAMLLoader.load(original), let root = yaml.documents.first {
            var edits: [ScalarRewriter.Edit] = []
            for (code, field) in fields {
                guard let procedure = Self.procedure(code, in: root) else { continue }
                if let written = Self.edits(field, of: procedure) {
                    edits += written
                } else {
                    pending.append((code, field))
                }
            }
            if let rewritten = try? ScalarRewriter(original).apply(edits) { bytes = rewritten }
        }
        guard !pending.isEmpty, let yaml = try? YAMLLoader.load(bytes), let root = yaml.documents.first else {
            return (bytes, pending)
        }
        let insertion = KeyInsertion(bytes: bytes, lineBreak: Self.lineBreak(of: original))
        var edits: [KeyInsertion.Edit] = []
        var unwritten: [(code: String, change: CatalogDiff.FieldChange)] = []
        for (code, field) in pending {
            let path = field.field.split(separator: ".").map(String.init)
            let edit = Self.procedure(code, in: root).flatMap { procedure -> KeyInsertion.Edit? in
                if case .texts(let items)? = field.after {
                    return insertion.replaceList(path, items: items, in: procedure)
                }
                return insertion.insert(path, value: Self.text(field.after), in: procedure)
            }
            if let edit { edits.append(edit) } else { unwritten.append((code, field)) }
        }
        let before = CatalogDecoder(traits: traits).decode(bytes: bytes, path: path)
        guard let inserted = KeyInsertion.apply(edits, to: bytes) else { return (bytes, pending) }
        let after = CatalogDecoder(traits: traits).decode(bytes: inserted, path: path)
        guard after.procedureEntries == before.procedureEntries,
            !after.findings.contains(where: { $0.rule == BuiltinRule.syntax.rawValue })
        else { return (bytes, pending) }
        return (inserted, unwritten)
    }

    /// The file's own line break: CR LF where it has a CR anywhere.
    private static func lineBreak(of bytes: [UInt8]) -> String {
        bytes.contains(0x0D) ? "\r\n" : "\n"
    }

    /// The node at a dotted path below `start` (`deadline.proposed`,
    /// `steps.2.days`: a number indexes a list), if the file gives it a value.
    static func node(_ start: Node, at path: [String]) -> Node? {
        var node = start
        for key in path {
            if let list = node.sequence {
                guard let index = Int(key), index >= 0, index < list.count else { return nil }
                node = list[list.index(list.startIndex, offsetBy: index)]
            } else {
                guard let next = node.mapping?.first(where: { $0.key.isScalar(key) })?.value, !next.isNull else {
                    return nil
                }
                node = next
            }
        }
        return node
    }

    /// The mapping of the procedure with `code` in a catalog file's tree.
    static func procedure(_ code: String, in root: Node) -> Node? {
        guard let procedures = root.mapping?.first(where: { $0.key.isScalar("procedures") })?.value.sequence else { return nil }
        return procedures.first { item in
            guard let written = item.mapping?.first(where: { $0.key.isScalar("code") })?.value.scalar else { return false }
            return InvisibleCharacters.scan(TextNormalization.nfc(written), identifier: true).cleaned
                .trimmingCharacters(in: .whitespaces) == code
        }
    }

    /// The scalar edits that write `field`'s new value, or nil when the file
    /// does not hold it as one value (or one value per item of a list).
    static func edits(_ field: CatalogDiff.FieldChange, of procedure: Node) -> [ScalarRewriter.Edit]? {
        guard let node = Self.node(procedure, at: field.field.split(separator: ".").map(String.init)) else { return nil }
        switch field.after {
        case .texts(let items)?:
            guard let list = node.sequence, list.count == items.count else { return nil }
            var edits: [ScalarRewriter.Edit] = []
            for (item, text) in zip(list, items) {
                guard let edit = ScalarRewriter.Edit(item, to: text) else { return nil }
                edits.append(edit)
            }
            return edits
        case let value?:
            guard node.scalar != nil else { return nil }
            let plain: Node.ScalarStyle? = if case .number = value { .plain } else { nil }
            return ScalarRewriter.Edit(node, to: text(value), preferredStyle: plain).map { [$0] }
        case nil:
            return nil
        }
    }

    /// A field's value as the catalog writes it.
    static func text(_ value: CatalogDiff.FieldValue?) -> String {
        switch value {
        case .number(let n)?: NumberText.format(n)
        case .text(let s)?: s
        case .flag(let b)?: b ? "true" : "false"
        case .texts(let list)?: list.joined(separator: "; ")
        case nil: ""
        }
    }
}
