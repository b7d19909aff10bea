import Vocabulary

/// Why a YAML source could not be turned into a tree. Each one becomes a
/// `syntax` finding at `mark`.
public struct YAMLError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// libyaml rejected the text.
        case syntax
        /// The bytes are not UTF-8.
        case encoding
        /// One of `Limits` was exceeded.
        case limit
    }

    public var kind: Kind
    public var message: SyntaxMessage
    public var mark: Mark

    public init(_ kind: Kind, _ message: SyntaxMessage, at mark: Mark) {
        self.kind = kind
        self.message = message
        self.mark = mark
    }
}

/// A mapping that repeats a key: both places, so neither is lost.
public struct DuplicateKey: Sendable, Equatable {
    public var key: String
    public var first: Mark
    public var duplicate: Mark
}
