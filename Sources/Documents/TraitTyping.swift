import Catalog
import Vocabulary
import YAMLTree

/// Reads a trait's value by the type its declaration gives it.
enum TraitTyping {
    static func read(_ node: some ScalarSource, as declaration: TraitDeclaration, _ d: inout NodeDecoder) -> Located<TraitValue>? {
        let what = "traits.\(declaration.name)"
        switch declaration.kind {
        case .bool:
            return d.bool(node, what).map { Located(.bool($0.value), at: $0.mark) }
        case .number:
            return d.number(node, what).map { Located(.number($0.value), at: $0.mark) }
        case .string:
            return d.text(node, what).map { Located(.string($0.value), at: $0.mark) }
        case .enumeration(let values):
            guard let text = d.identifier(node, what) else { return nil }
            // The declaration's own copy of the value, not one per procedure.
            guard let index = values.firstIndex(of: text.value) else {
                d.schema(
                    .notOneOf(
                        field: what, found: text.value, allowed: values,
                        suggestion: Suggestion.closest(to: text.value, in: values)),
                    at: text.mark)
                return nil
            }
            return Located(.string(values[index]), at: text.mark)
        }
    }
}
