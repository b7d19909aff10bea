/// An immutable YAML node with the place it was written.
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

    public indirect enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([Node])
        case mapping([Pair])
    }

    public var content: Content
    public var mark: Mark
    /// The explicit tag, if any (`!!str`, `!custom`), as libyaml resolved it.
    public var tag: String?
    /// How many nodes this one stands for once every alias below it is expanded;
    /// what the alias budget counts.
    public var weight: Int
    /// How many bytes of scalar text this node stands for once every alias
    /// below it is expanded; what the text budget counts.
    public var textBytes: Int

    public init(_ content: Content, mark: Mark, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tag = tag
        switch content {
        case .scalar(let text, _):
            weight = 1
            textBytes = text.utf8.count
        case .sequence(let items):
            weight = items.reduce(1) { $0 &+ $1.weight }
            textBytes = items.reduce(0) { $0 &+ $1.textBytes }
        case .mapping(let pairs):
            weight = pairs.reduce(1) { $0 &+ $1.key.weight &+ $1.value.weight }
            textBytes = pairs.reduce(0) { $0 &+ $1.key.textBytes &+ $1.value.textBytes }
        }
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// A plain empty, `~` or `null` scalar: YAML's way of writing "no value".
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content, tag == nil else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// What kind of node this is, in words for messages.
    public var kindName: String {
        switch content {
        case .scalar: return isNull ? "an empty value" : "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
