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
        // The sector's declared totals, which belong to no procedure, first.
        guard let yaml = try? YAMLLoader.load(original), let root = yaml.documents.first else { return nil }
        var edits: [ScalarRewriter.Edit] = []
        for total in declared {
            let text = total.field == "rate" ? String(format: "%.4f", total.after) : NumberText.format(total.after)
            guard let node = ImportWriter.node(root, at: ["sector", "declared", total.field]),
                let edit = ScalarRewriter.Edit(node, to: text, preferredStyle: .plain)
            else { return nil }
            edits.append(edit)
        }
        guard let withTotals = try? ScalarRewriter(original).apply(edits) else { return nil }
        // Then each procedure's field and the steps that follow it, as `import` writes fields.
        var fields: [(code: String, change: CatalogDiff.FieldChange)] = []
        for change in changes {
            let after: CatalogDiff.FieldValue =
                switch change.after {
                case .duration(let duration): .duration(duration)
                case .flag(let flag): .flag(flag)
                }
            fields.append((change.code, CatalogDiff.FieldChange(field: change.field, before: nil, after: after)))
            for step in change.steps {
                fields.append(
                    (change.code, CatalogDiff.FieldChange(field: "steps.\(step.index).days", before: nil, after: .duration(step.after))))
            }
        }
        let (bytes, unwritten) = ImportWriter.rewrite(withTotals, path: path, fields: fields, traits: traits)
        guard unwritten.isEmpty else { return nil }
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
}
