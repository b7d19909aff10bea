import Vocabulary
/// What one YAML stream holds: its documents and the keys it repeats.
public struct LoadedYAML: Sendable {
    public var documents: [Node]
    public var duplicateKeys: [DuplicateKey]

    public init(documents: [Node], duplicateKeys: [DuplicateKey]) {
        self.documents = documents
        self.duplicateKeys = duplicateKeys
    }
}

/// Loads YAML text into immutable node trees through libyaml's event API.
public enum YAMLLoader {
    /// Parses `bytes` (expected UTF-8) into documents. Throws the first problem
    /// that makes the stream unusable: a syntax error, bytes that are not UTF-8,
    /// or a limit exceeded. The file-size limit is the caller's to check before
    /// reading; this checks it again so no path skips it.
    public static func load(_ bytes: [UInt8], limits: Limits = .standard) throws(YAMLError) -> LoadedYAML {
        guard bytes.count <= limits.maxFileBytes else {
            throw tooLarge(size: bytes.count, limits: limits)
        }
        let result: Result<LoadedYAML, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(YAMLError) {
                return .success(try parse(buffer, limits: limits))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    public static func load(_ text: String, limits: Limits = .standard) throws(YAMLError) -> LoadedYAML {
        try load(Array(text.utf8), limits: limits)
    }

    /// The error for a file past `maxFileBytes`, for callers that check the size
    /// before reading.
    public static func tooLarge(size: Int, limits: Limits = .standard) -> YAMLError {
        YAMLError(
            .limit,
            .tooLarge(size: size, limit: limits.maxFileBytes),
            at: Mark(line: 1, column: 1))
    }

    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, limits: Limits) throws(YAMLError) -> LoadedYAML {
        if UTF8Validation.looksLikeUTF16(buffer) {
            throw YAMLError(.encoding, .utf16, at: Mark(line: 1, column: 1))
        }
        if let offset = UTF8Validation.firstInvalidOffset(buffer) {
            throw YAMLError(
                .encoding, .invalidUTF8(byte: buffer[offset]),
                at: UTF8Validation.mark(ofOffset: offset, in: buffer))
        }
        // An empty stream holds no document.
        guard buffer.count > 0 else { return LoadedYAML(documents: [], duplicateKeys: []) }
        var parser = LibYAMLParser(bytes: buffer)
        var builder = TreeBuilder(limits: limits, expectedBytes: buffer.count)
        while true {
            let event = try parser.next()
            try builder.consume(event)
            if case .streamEnd = event { break }
        }
        return LoadedYAML(documents: builder.documents(), duplicateKeys: builder.duplicateKeys)
    }
}
