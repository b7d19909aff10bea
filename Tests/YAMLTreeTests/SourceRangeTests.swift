import Testing
import Vocabulary
import YAMLTree

/// `Node.sourceRange`: the bytes of each scalar's token, counted in bytes of
/// the file although libyaml counts its marks in characters.
@Suite("Scalars know the bytes of their token")
struct SourceRangeTests {
    /// Every scalar of the first document, in the order written, with the
    /// bytes its range covers.
    static func tokens(_ bytes: [UInt8]) throws -> [(value: String, token: String)] {
        let root = try #require(try YAMLLoader.load(bytes).documents.first)
        var found: [(String, String)] = []
        var stack = [root]
        while let node = stack.popLast() {
            if let value = node.scalar {
                found.append((value, String(decoding: bytes[node.sourceRange], as: UTF8.self)))
            } else if let items = node.sequence {
                stack.append(contentsOf: items.reversed())
            } else if let pairs = node.mapping {
                for pair in pairs.reversed() { stack.append(contentsOf: [pair.value, pair.key]) }
            }
        }
        return found
    }

    static func tokens(_ text: String) throws -> [String] {
        try tokens(Array(text.utf8)).map(\.token)
    }

    @Test("after Vietnamese text on the same line, the range is in bytes, not characters")
    func multiByte() throws {
        #expect(try Self.tokens("tên: Tư pháp — Sở\nmã: H37\n") == ["tên", "Tư pháp — Sở", "mã", "H37"])
        #expect(try Self.tokens("{ tên: Tư pháp, cấp: tỉnh }\n") == ["tên", "Tư pháp", "cấp", "tỉnh"])
    }

    @Test("a leading byte-order mark is counted in the bytes")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("cấp: tỉnh\n".utf8)
        #expect(try Self.tokens(bytes).map(\.token) == ["cấp", "tỉnh"])
    }

    @Test("CR LF line endings and four-byte characters")
    func crlfAndAstral() throws {
        #expect(try Self.tokens("a: 🎉 x\r\nb: \"y\"\r\nc: 'ư'\r\n") == ["a", "🎉 x", "b", "\"y\"", "c", "'ư'"])
    }

    @Test("quotes belong to the token; an anchor, a tag and a comment do not")
    func quotesAndProperties() throws {
        let text = "a: &x !!str 'it''s'   # c\nb: !t \"q\\\"\"\nc: &y\n  # between\n  plain words\n"
        #expect(try Self.tokens(text) == ["a", "'it''s'", "b", "\"q\\\"\"", "c", "plain words"])
    }

    @Test("a multi-line plain scalar spans its lines, without the spaces after it")
    func multiLinePlain() throws {
        #expect(try Self.tokens("k: one\n  two   \nl: 1\n") == ["k", "one\n  two", "l", "1"])
    }

    @Test("a block scalar runs from its indicator over its trailing line breaks")
    func blockScalar() throws {
        #expect(try Self.tokens("k: |-\n  ưng\n\nl: >\n  a\n") == ["k", "|-\n  ưng\n\n", "l", ">\n  a\n"])
    }

    @Test("an empty value has an empty range; a collection an empty range where it starts")
    func emptyAndCollections() throws {
        let root = try #require(try YAMLLoader.load("a:\nb: &z\nc: [x]\n").documents.first)
        let values = Array(try #require(root.mapping).map(\.value))
        #expect(values[0].sourceRange.isEmpty)
        #expect(values[1].sourceRange.isEmpty)
        #expect(values[2].sourceRange == 12..<12)
    }

    @Test("an aliased node is where its anchor defines it")
    func alias() throws {
        let bytes = Array("a: &v ưng\nb: *v\n".utf8)
        let root = try #require(try YAMLLoader.load(bytes).documents.first)
        let values = try #require(root.mapping).map(\.value)
        #expect(values.map { String(decoding: bytes[$0.sourceRange], as: UTF8.self) } == ["ưng", "ưng"])
    }

    @Test("scalars inside [ ] and { } know it; others do not")
    func flowContext() throws {
        let root = try #require(try YAMLLoader.load("a: x\nb: [y, {c: z}]\n").documents.first)
        let pairs = try #require(root.mapping)
        #expect(!pairs[0].value.isInFlowCollection)
        #expect(!pairs[1].value.isInFlowCollection)
        let items = try #require(pairs[1].value.sequence)
        #expect(items[0].isInFlowCollection)
        #expect(try #require(items[1].mapping)[0].value.isInFlowCollection)
    }
}
