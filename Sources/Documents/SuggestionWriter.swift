import Catalog
import Review
import Vocabulary
import YAMLTree

/// Writes a `tthc suggest` draft into one catalog file with the byte-exact
/// rewriting of `fix` and `import`: each changed value rewritten in place, a
/// key the procedure lacks (`proposed`, `four_on_spot`) added beside its
/// siblings in the file's style, everything else left byte for byte. The
/// result is read back: unless it decodes to exactly the drafted values,
/// nothing is written (nil).
public enum SuggestionWriter {
    public static func write(
        _ original: [UInt8], path: String, changes: [SuggestedChanges.Change],
        declared: [SuggestedChanges.DeclaredChange], traits: [String: TraitDeclaration]
    ) -> [UInt8]? {
        guard let yaml = try? YAMLLoader.load(original), let root = yaml.documents.first else { return nil }
        var edits: [ScalarRewriter.Edit] = []
        var missing: [(code: String, path: [String], value: String)] = []
        for change in changes {
            guard let procedure = ImportWriter.procedure(change.code, in: root) else { return nil }
            let path = change.field.split(separator: ".").map(String.init)
            if let node = Self.node(procedure, path), let edit = Self.edit(node, Self.text(change.after)) {
                edits.append(edit)
            } else {
                missing.append((change.code, path, Self.text(change.after)))
            }
            for step in change.steps {
                guard let node = Self.node(procedure, ["steps", String(step.index), "days"]),
                    let edit = Self.edit(node, step.after.description)
                else { return nil }
                edits.append(edit)
            }
        }
        for total in declared {
            let text = total.field == "rate" ? String(format: "%.4f", total.after) : NumberText.format(total.after)
            guard let node = Self.node(root, ["sector", "declared", total.field]), let edit = Self.edit(node, text)
            else { return nil }
            edits.append(edit)
        }
        guard var bytes = try? ScalarRewriter(original).apply(edits) else { return nil }
        if !missing.isEmpty {
            guard let yaml = try? YAMLLoader.load(bytes), let root = yaml.documents.first else { return nil }
            let insertion = KeyInsertion(bytes: bytes, lineBreak: original.contains(0x0D) ? "\r\n" : "\n")
            var insertions: [KeyInsertion.Edit] = []
            for key in missing {
                guard let procedure = ImportWriter.procedure(key.code, in: root),
                    let edit = insertion.insert(key.path, value: key.value, in: procedure)
                else { return nil }
                insertions.append(edit)
            }
            guard let inserted = KeyInsertion.apply(insertions, to: bytes) else { return nil }
            bytes = inserted
        }
        return Self.reads(bytes, as: changes, declared: declared, original: original, path: path, traits: traits)
            ? bytes : nil
    }

    /// Whether `bytes` decode to the same procedures as `original`, with the
    /// drafted values where the draft changes them.
    private static func reads(
        _ bytes: [UInt8], as changes: [SuggestedChanges.Change], declared: [SuggestedChanges.DeclaredChange],
        original: [UInt8], path: String, traits: [String: TraitDeclaration]
    ) -> Bool {
        let decoder = CatalogDecoder(traits: traits)
        let before = decoder.decode(bytes: original, path: path)
        let after = decoder.decode(bytes: bytes, path: path)
        guard after.procedureEntries == before.procedureEntries, after.procedures.count == before.procedures.count,
            after.findings.count <= before.findings.count
        else { return false }
        for change in changes {
            guard let procedure = after.procedures.first(where: { $0.code.value == change.code }) else { return false }
            switch change.after {
            case .duration(let duration):
                guard procedure.deadline.proposed?.value == duration else { return false }
                for step in change.steps where procedure.steps?[step.index].days.value != step.after { return false }
            case .flag(let flag):
                guard procedure.fourOnTheSpot?.value == flag else { return false }
            }
        }
        let totals = after.sector?.declared
        for total in declared {
            let value: Double? =
                switch total.field {
                case "procedures": totals?.procedures?.value
                case "legal_days": totals?.legalDays?.value
                case "cut_days": totals?.cutDays?.value
                default: totals?.rate?.value
                }
            guard let value, abs(value - total.after) < 1e-9 else { return false }
        }
        return true
    }

    /// The node at `path` (keys, or indices into lists), if the file has it.
    private static func node(_ start: Node, _ path: [String]) -> Node? {
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

    /// A scalar's rewrite; numbers are written bare, as `fix` writes them.
    private static func edit(_ node: Node, _ text: String) -> ScalarRewriter.Edit? {
        ScalarRewriter.Edit(node, to: text, preferredStyle: NumberText.parse(text) != nil ? .plain : nil)
    }

    private static func text(_ value: SuggestedChanges.FieldValue) -> String {
        switch value {
        case .duration(let duration): duration.description
        case .flag(let flag): flag ? "true" : "false"
        }
    }
}
