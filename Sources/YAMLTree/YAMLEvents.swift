import Vocabulary

/// libyaml's events, for a reader that decodes a stream as it is parsed
/// instead of building a tree (`YAMLLoader`). The checks the loader makes
/// before parsing on size and UTF-16 are made here too; invalid UTF-8 is
/// libyaml's to refuse as it reads (it refuses all the loader does, and
/// control characters besides), which ends the events early, so a reader
/// that gives up then leaves the loader to say where. The limits on nesting
/// and expansion are the reader's to keep. Events carry no byte offsets
/// (`source` and `at` are 0): only a tree's fixes need them.
public struct YAMLEvents: ~Copyable {
    private var parser: LibYAMLParser

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        parser = LibYAMLParser(bytes: bytes, measuresSource: false)
    }

    /// `body`'s result on a reader of `bytes`' events (the parser lives no
    /// longer than the call); nil, without calling it, when the loader would
    /// refuse the bytes for their size or as UTF-16 before parsing them (then
    /// it is the loader that says why).
    public static func read<R>(_ bytes: [UInt8], limits: Limits, _ body: (consuming YAMLEvents) -> R?) -> R? {
        guard bytes.count <= limits.maxFileBytes, !bytes.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> R? in
            guard !UTF8Validation.looksLikeUTF16(buffer) else { return nil }
            // Consumed by `body`, so the parser goes before the buffer it reads.
            return body(YAMLEvents(buffer))
        }
    }

    /// The next event; nil where the stream is not valid YAML (the loader
    /// reports the error). A scalar's bytes are valid until the next call.
    public mutating func next() -> ParserEvent? {
        do {
            return try parser.next()
        } catch {
            return nil
        }
    }
}
