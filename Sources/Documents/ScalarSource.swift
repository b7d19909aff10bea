import Vocabulary
import YAMLTree

/// What `NodeDecoder`'s scalar rules read of a value: a node of a loaded
/// tree, or a scalar read in place from libyaml's events (`EventScalar`), so
/// that both decoders read every value by the same rules.
protocol ScalarSource {
    var mark: Mark { get }
    /// The text of a scalar; nil for a collection.
    var scalar: String? { get }
    var scalarStyle: Node.ScalarStyle? { get }
    /// A plain empty, `~` or `null` scalar.
    var isNull: Bool { get }
    var nodeKind: NodeKind { get }
    func isScalar(_ literal: String) -> Bool
    func withScalarBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R?
    /// The rewrite of this scalar into `value` that `tthc fix` makes; nil
    /// where none is collected.
    func edit(to value: String, preferredStyle: Node.ScalarStyle?) -> ScalarRewriter.Edit?
}

extension Node: ScalarSource {
    func edit(to value: String, preferredStyle: Node.ScalarStyle?) -> ScalarRewriter.Edit? {
        ScalarRewriter.Edit(self, to: value, preferredStyle: preferredStyle)
    }
}
