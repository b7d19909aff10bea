import Vocabulary
import YAMLTree

/// The byte edits that write what a scalar edit cannot: a key the procedure
/// does not have yet (`agency`, `deadline.proposed`, `traits.interagency`),
/// and a legal basis list of another length. Placed beside what the file
/// already writes, in its style — `, key: value` inside `{ }`, a line of the
/// same indentation in a block mapping — so the rest of the file stays as
/// it is.
struct KeyInsertion {
    /// Replace `range` of the file's bytes with `text`.
    struct Edit {
        var range: Range<Int>
        var text: String
    }

    let bytes: [UInt8]
    let lineBreak: String

    /// The edit that gives `procedure` the value `value` at `path`, or nil
    /// when the file's layout leaves no safe place for it.
    func insert(_ path: [String], value: String, in procedure: Node) -> Edit? {
        // The deepest mapping of the path the file has, and what is left.
        var mapping = procedure
        var rest = path[...]
        while let key = rest.first, let next = mapping.mapping?.first(where: { $0.key.isScalar(key) })?.value,
            next.mapping != nil
        {
            mapping = next
            rest = rest.dropFirst()
        }
        guard let key = rest.first, let pairs = mapping.mapping,
            !pairs.contains(where: { $0.key.isScalar(key) })
        else { return nil }
        // After the last pair whose value is a one-line scalar the file writes.
        guard
            let anchor = pairs.last(where: {
                $0.value.scalar != nil && $0.value.scalarStyle != .literal && $0.value.scalarStyle != .folded
                    && !$0.value.sourceRange.isEmpty
            })
        else { return nil }
        let inFlow = anchor.key.isInFlowCollection
        var entry = ScalarWriting.scalar(value, inFlowCollection: true)
        for name in rest.dropFirst().reversed() { entry = "{ \(name): \(entry) }" }
        entry = "\(key): " + (rest.count == 1 ? ScalarWriting.scalar(value, inFlowCollection: inFlow) : entry)
        let end = anchor.value.sourceRange.upperBound
        if inFlow { return Edit(range: end..<end, text: ", " + entry) }
        // The next line, indented as the anchor's key.
        var lineEnd = end
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        guard lineEnd < bytes.count else {
            let indent = String(repeating: " ", count: anchor.key.mark.column - 1)
            return Edit(range: lineEnd..<lineEnd, text: lineBreak + indent + entry + lineBreak)
        }
        let indent = String(repeating: " ", count: anchor.key.mark.column - 1)
        return Edit(range: (lineEnd + 1)..<(lineEnd + 1), text: indent + entry + lineBreak)
    }

    /// The edit that makes the list at `path` hold `items`, when every item
    /// the file writes is a one-line scalar.
    func replaceList(_ path: [String], items: [String], in procedure: Node) -> Edit? {
        var node = procedure
        for key in path {
            guard let next = node.mapping?.first(where: { $0.key.isScalar(key) })?.value else { return nil }
            node = next
        }
        guard let list = node.sequence, let first = list.first, let last = list.last, !items.isEmpty,
            list.allSatisfy({ $0.scalar != nil && !$0.sourceRange.isEmpty && $0.scalarStyle != .literal && $0.scalarStyle != .folded })
        else { return nil }
        let range = first.sourceRange.lowerBound..<last.sourceRange.upperBound
        if first.isInFlowCollection {
            return Edit(range: range, text: items.map { ScalarWriting.scalar($0, inFlowCollection: true) }.joined(separator: ", "))
        }
        // A block list: each item on its line, `- ` at the first item's dash.
        let indent = String(repeating: " ", count: max(0, first.mark.column - 3))
        let text = items.map { ScalarWriting.scalar($0) }.joined(separator: lineBreak + indent + "- ")
        return Edit(range: range, text: text)
    }

    /// `bytes` with `edits` applied (they must not overlap), back to front.
    static func apply(_ edits: [Edit], to bytes: [UInt8]) -> [UInt8]? {
        // Back to front; two insertions at one place keep their given order.
        let sorted = edits.enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) > ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
        for (a, b) in zip(sorted, sorted.dropFirst())
        where b.range.upperBound > a.range.lowerBound && !(a.range.isEmpty && b.range.isEmpty) {
            return nil
        }
        var result = bytes
        for edit in sorted { result.replaceSubrange(edit.range, with: Array(edit.text.utf8)) }
        return result
    }
}
