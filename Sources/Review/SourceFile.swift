/// A file handed to the review: its path as the user reached it and its bytes,
/// or its size when the size alone rules it out (so it is never read whole).
public struct SourceFile: Sendable {
    public enum Content: Sendable {
        case bytes([UInt8])
        case tooLarge(size: Int)
        /// A file or directory whose name is not UTF-8, never read; `name` is
        /// its last component shown escaped (`\xFF`).
        case unreadableName(name: String, isDirectory: Bool)
    }

    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}
