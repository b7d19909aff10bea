/// Bounds that keep a hostile file from exhausting time, memory or the stack.
/// libyaml 0.2.5 enforces none of these itself (SPEC §6). Here, below every
/// layer, because the file's size is checked where it is read (the CLI, git)
/// and the rest where it is parsed (YAMLTree).
public struct Limits: Sendable {
    /// Largest file read, checked against the file's size before reading it.
    public var maxFileBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes a document may stand for once aliases are expanded
    /// (a "billion laughs" file stands for 10^9).
    public var maxExpandedNodes: Int
    /// Most bytes of scalar text a document may stand for once aliases are
    /// expanded: a million aliases of one long string are few nodes but a
    /// terabyte of text to read.
    public var maxExpandedBytes: Int

    public init(
        maxFileBytes: Int = 16 << 20, maxDepth: Int = 200, maxExpandedNodes: Int = 1_000_000,
        maxExpandedBytes: Int = 64 << 20
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxExpandedNodes = maxExpandedNodes
        self.maxExpandedBytes = maxExpandedBytes
    }

    public static let standard = Limits()
}
