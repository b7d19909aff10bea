import Vocabulary
/// The nodes of one YAML stream, flat: a node is an index into `entries`, a
/// collection's children a run of `children` (a mapping's as key, value, key,
/// value…), a scalar's text a run of `text`. A file's tree is four arrays
/// rather than an allocation per node, and a scalar becomes a `String` only
/// when someone asks for it.
final class NodeStore: Sendable {
    enum Kind: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded, sequence, mapping

        init(_ style: Node.ScalarStyle) {
            switch style {
            case .plain: self = .plain
            case .singleQuoted: self = .singleQuoted
            case .doubleQuoted: self = .doubleQuoted
            case .literal: self = .literal
            case .folded: self = .folded
            }
        }

        /// The scalar style, or nil for a collection.
        var style: Node.ScalarStyle? {
            switch self {
            case .plain: .plain
            case .singleQuoted: .singleQuoted
            case .doubleQuoted: .doubleQuoted
            case .literal: .literal
            case .folded: .folded
            case .sequence, .mapping: nil
            }
        }
    }

    struct Entry: Sendable {
        var kind: Kind
        /// Inside a flow collection (`[ ]`, `{ }`), where `,[]{}` end a plain
        /// scalar. Beside `kind`, in what would otherwise be padding.
        var inFlow: Bool
        var mark: Mark
        /// Index into `tags`, or -1 for no explicit tag.
        var tag: Int32
        /// The bytes of a scalar's token in the file (see `Node.sourceRange`);
        /// 32 bits each, as files are limited far below 4 GiB.
        var sourceStart: UInt32
        var sourceEnd: UInt32
        /// Where the node's bytes (scalar) or children (collection) start.
        var start: Int
        /// Bytes of a scalar, items of a sequence, keys and values of a mapping.
        var count: Int
        /// Nodes and bytes of scalar text this node stands for once every alias
        /// below it is expanded: what the alias budgets count.
        var weight: Int
        var textBytes: Int
    }

    let entries: [Entry]
    let children: [Int32]
    let text: [UInt8]
    let tags: [String]

    init(entries: [Entry], children: [Int32], text: [UInt8], tags: [String]) {
        self.entries = entries
        self.children = children
        self.text = text
        self.tags = tags
    }

    // Static over `text`, so that the builder can use them before a store exists.
    // A collection's `start` and `count` index `children`, not `text`: these
    // text accessors assert they are given a scalar.

    static func string(_ entry: Entry, in text: [UInt8]) -> String {
        assert(isScalar(entry), "the text of a collection entry")
        return text.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[entry.start..<entry.start + entry.count]), as: UTF8.self)
        }
    }

    /// Whether a scalar's bytes are those of `literal`, without making a String.
    static func bytes(of entry: Entry, in text: [UInt8], equal literal: String) -> Bool {
        assert(isScalar(entry), "the text of a collection entry")
        return withBytes(of: entry, in: text) { ScalarBytes.same($0, literal) }
    }

    /// `body` given a scalar's bytes in place.
    static func withBytes<R>(of entry: Entry, in text: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.withUnsafeBufferPointer { all in body(UnsafeBufferPointer(rebasing: all[entry.start..<entry.start + entry.count])) }
    }

    /// Whether two scalars have the same bytes.
    static func bytes(of entry: Entry, in text: [UInt8], equal other: Entry) -> Bool {
        assert(isScalar(entry) && isScalar(other), "the text of a collection entry")
        guard entry.count == other.count else { return false }
        return text.withUnsafeBufferPointer { all in
            (0..<entry.count).allSatisfy { all[entry.start + $0] == all[other.start + $0] }
        }
    }

    /// Whether a scalar's bytes are all ASCII.
    static func isASCII(_ entry: Entry, in text: [UInt8]) -> Bool {
        assert(isScalar(entry), "the text of a collection entry")
        return text.withUnsafeBufferPointer { all in (0..<entry.count).allSatisfy { all[entry.start + $0] < 0x80 } }
    }

    static func isScalar(_ entry: Entry) -> Bool {
        entry.kind != .sequence && entry.kind != .mapping
    }

    /// A plain empty, `~` or `null` scalar: YAML's way of writing "no value".
    static func isNull(_ entry: Entry, in text: [UInt8]) -> Bool {
        guard entry.kind == .plain, entry.tag < 0 else { return false }
        return withBytes(of: entry, in: text, ScalarBytes.isNull(plain:))
    }

    /// What kind of node this is, for messages.
    static func nodeKind(_ entry: Entry, in text: [UInt8]) -> NodeKind {
        switch entry.kind {
        case .sequence: .list
        case .mapping: .mapping
        default: isNull(entry, in: text) ? .empty : .scalar
        }
    }
}
