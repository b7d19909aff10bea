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
        var bytes = original
        let lineBreak = original.contains(0x0D) ? "\r\n" : "\n"
        // First the values the file writes as one scalar, rewritten in place.
        var pending: [(change: ImportPlan.Change, field: CatalogDiff.FieldChange)] = []
        if !changes.isEmpty, let yaml = try? YAMLLoader.load(original), let root = yaml.documents.first {
            var edits: [ScalarRewriter.Edit] = []
            for change in changes {
                guard let procedure = Self.procedure(change.code, in: root) else { continue }
                for field in change.fields {
                    if let written = Self.edits(field, of: procedure) {
                        edits += written
                    } else {
                        pending.append((change, field))
                    }
                }
            }
            if let rewritten = try? ScalarRewriter(original).apply(edits) { bytes = rewritten }
        }
        // Then the keys the file lacks and the lists of another length, placed
        // in the file's own style; checked by reading the result.
        if !pending.isEmpty, let yaml = try? YAMLLoader.load(bytes), let root = yaml.documents.first {
            let insertion = KeyInsertion(bytes: bytes, lineBreak: lineBreak)
            var edits: [KeyInsertion.Edit] = []
            var unwritten: [(change: ImportPlan.Change, field: CatalogDiff.FieldChange)] = []
            for (change, field) in pending {
                let path = field.field.split(separator: ".").map(String.init)
                let edit = Self.procedure(change.code, in: root).flatMap { procedure -> KeyInsertion.Edit? in
                    if case .texts(let items)? = field.after {
                        return insertion.replaceList(path, items: items, in: procedure)
                    }
                    return insertion.insert(path, value: Self.text(field.after), in: procedure)
                }
                if let edit { edits.append(edit) } else { unwritten.append((change, field)) }
            }
            let before = CatalogDecoder(traits: traits).decode(bytes: bytes, path: path)
            if let inserted = KeyInsertion.apply(edits, to: bytes) {
                let after = CatalogDecoder(traits: traits).decode(bytes: inserted, path: path)
                if after.procedureEntries == before.procedureEntries,
                    !after.findings.contains(where: { $0.rule == BuiltinRule.syntax.rawValue })
                {
                    bytes = inserted
                    pending = unwritten
                }
            }
        }
        for (change, field) in pending {
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
        let path = field.field.split(separator: ".").map(String.init)
        var node = procedure
        for key in path {
            guard let next = node.mapping?.first(where: { $0.key.isScalar(key) })?.value, !next.isNull else { return nil }
            node = next
        }
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
