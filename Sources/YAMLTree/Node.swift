import Vocabulary
/// An immutable YAML node with the place it was written: a view of one entry of
/// its stream's `NodeStore`, which it keeps alive.
///
/// Scalars stay text: typing is the schema's business, not YAML 1.1 guessing.
/// An alias is replaced by the node its anchor names (shared, not copied), so
/// the marks of an aliased value point at the anchor's definition.
public struct Node: Sendable {
    public enum ScalarStyle: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded

        public var isQuoted: Bool { self != .plain }
    }

    public struct Pair: Sendable {
        public var key: Node
        public var value: Node
    }

    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence(Items)
        case mapping(Pairs)
    }

    /// The items of a sequence, read in place.
    public struct Items: RandomAccessCollection, Sendable {
        let store: NodeStore
        let start: Int
        public let count: Int

        public var startIndex: Int { 0 }
        public var endIndex: Int { count }

        public subscript(position: Int) -> Node {
            Node(store, store.children[start + position])
        }
    }

    /// The key and value pairs of a mapping (merges applied), read in place.
    public struct Pairs: RandomAccessCollection, Sendable {
        let store: NodeStore
        let start: Int
        public let count: Int

        public var startIndex: Int { 0 }
        public var endIndex: Int { count }

        public subscript(position: Int) -> Pair {
            let at = start + 2 * position
            return Pair(key: Node(store, store.children[at]), value: Node(store, store.children[at + 1]))
        }
    }

    let store: NodeStore
    let index: Int32

    init(_ store: NodeStore, _ index: Int32) {
        self.store = store
        self.index = index
    }

    private var entry: NodeStore.Entry { store.entries[Int(index)] }

    public var mark: Mark { entry.mark }

    /// Where the node is in the file's bytes (a leading byte-order mark
    /// counted): for a scalar, exactly its token — quotes, block indicators and
    /// a block's trailing line breaks included, an anchor or tag before it not;
    /// for an empty scalar (`key:`) and for a collection, an empty range where
    /// it is. An aliased node is where its anchor defines it.
    public var sourceRange: Range<Int> {
        let entry = entry
        return Int(entry.sourceStart)..<Int(max(entry.sourceStart, entry.sourceEnd))
    }

    /// Whether the node is inside a flow collection (`[ ]`, `{ }`), where `,`,
    /// `[`, `]`, `{` and `}` would end a plain scalar.
    public var isInFlowCollection: Bool { entry.inFlow }

    /// The explicit tag, if any (`!!str`, `!custom`), as libyaml resolved it.
    public var tag: String? {
        let tag = entry.tag
        return tag < 0 ? nil : store.tags[Int(tag)]
    }

    /// How many nodes this one stands for once every alias below it is expanded;
    /// what the alias budget counts.
    public var weight: Int { entry.weight }

    /// How many bytes of scalar text this node stands for once every alias
    /// below it is expanded; what the text budget counts.
    public var textBytes: Int { entry.textBytes }

    public var content: Content {
        if let items = sequence { return .sequence(items) }
        if let pairs = mapping { return .mapping(pairs) }
        return .scalar(NodeStore.string(entry, in: store.text), scalarStyle ?? .plain)
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        let entry = entry
        return NodeStore.isScalar(entry) ? NodeStore.string(entry, in: store.text) : nil
    }

    public var scalarStyle: ScalarStyle? { entry.kind.style }

    public var sequence: Items? {
        let entry = entry
        return entry.kind == .sequence ? Items(store: store, start: entry.start, count: entry.count) : nil
    }

    public var mapping: Pairs? {
        let entry = entry
        return entry.kind == .mapping ? Pairs(store: store, start: entry.start, count: entry.count / 2) : nil
    }

    /// Whether this is a scalar whose text is exactly `literal` (byte for
    /// byte, without making a String): how one key is looked for.
    public func isScalar(_ literal: String) -> Bool {
        let entry = entry
        return NodeStore.isScalar(entry) && NodeStore.bytes(of: entry, in: store.text, equal: literal)
    }

    /// The position in `names` of this scalar's text, compared byte for byte
    /// (lengths first); nil for a collection or a text not in `names`.
    public func scalarIndex(in names: [String]) -> Int? {
        let entry = entry
        guard NodeStore.isScalar(entry) else { return nil }
        return names.firstIndex { $0.utf8.count == entry.count && NodeStore.bytes(of: entry, in: store.text, equal: $0) }
    }

    /// `body` given the scalar's UTF-8 bytes, without making a String; nil
    /// for a collection. How the decoder reads the common forms (`10`,
    /// `province`, `true`) before it needs the text.
    public func withScalarBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let entry = entry
        guard NodeStore.isScalar(entry) else { return nil }
        return NodeStore.withBytes(of: entry, in: store.text, body)
    }

    /// A plain empty, `~` or `null` scalar: YAML's way of writing "no value".
    public var isNull: Bool { NodeStore.isNull(entry, in: store.text) }

    /// What kind of node this is, in words for messages.
    public var nodeKind: NodeKind { NodeStore.nodeKind(entry, in: store.text) }
}
