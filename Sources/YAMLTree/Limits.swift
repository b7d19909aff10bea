/// Bounds that keep a hostile file from exhausting time, memory or the stack.
/// libyaml 0.2.5 enforces none of these itself (SPEC §6).
public struct Limits: Sendable {
    /// Largest file read, checked against the file's size before reading it.
    public var maxFileBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes a document may stand for once aliases are expanded
    /// (a "billion laughs" file stands for 10^9).
    public var maxExpandedNodes: Int

    public init(maxFileBytes: Int = 16 << 20, maxDepth: Int = 200, maxExpandedNodes: Int = 1_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxExpandedNodes = maxExpandedNodes
    }

    public static let standard = Limits()
}
