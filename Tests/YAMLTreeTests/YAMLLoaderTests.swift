import Testing
import Vocabulary
import YAMLTree

// What a user of YAMLLoader sees: trees with 1-based line:column marks, and
// errors with a kind, a message and the exact place.

// MARK: - Helpers

private func load(_ text: String, limits: Limits = .standard) throws -> LoadedYAML {
    try YAMLLoader.load(text, limits: limits)
}

/// The error `bytes` are rejected with, or nil (recorded as a failure) when they load.
private func loadError(
    _ bytes: [UInt8], limits: Limits = .standard, sourceLocation: SourceLocation = #_sourceLocation
) -> YAMLError? {
    do {
        let loaded = try YAMLLoader.load(bytes, limits: limits)
        Issue.record("expected an error, loaded \(loaded.documents.count) document(s)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

private func loadError(
    _ text: String, limits: Limits = .standard, sourceLocation: SourceLocation = #_sourceLocation
) -> YAMLError? {
    loadError(Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
}

private func mark(_ line: Int, _ column: Int) -> Mark { Mark(line: line, column: column) }

fileprivate extension Node {
    /// The value of the first pair whose key is the scalar `key`.
    subscript(key: String) -> Node? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// The first pair whose key is the scalar `key`.
    func pair(_ key: String) -> Pair? {
        mapping?.first { $0.key.scalar == key }
    }
}

private func only(_ loaded: LoadedYAML, sourceLocation: SourceLocation = #_sourceLocation) throws -> Node {
    try #require(loaded.documents.count == 1, sourceLocation: sourceLocation)
    return loaded.documents[0]
}

// MARK: - Marks

@Suite("Marks are 1-based line:column, columns in Unicode scalars")
struct MarkTests {
    // Vietnamese text written with precomposed letters (one Unicode scalar each;
    // two or three UTF-8 bytes each).
    static let catalog = """
        tên: Việt Nam
        danh sách:
          - một
          - "hai"
        thủ tục: {mã: 1.001, tên: 'Đăng ký'}
        lồng:
        - a: b
          c: d
        """

    @Test("the input really uses multi-byte, single-scalar letters")
    func inputIsPrecomposed() {
        let line = "thủ tục: {mã: 1.001, tên: 'Đăng ký'}"
        #expect(line.unicodeScalars.count == 36)
        #expect(line.utf8.count > line.unicodeScalars.count)
    }

    @Test("keys and scalar values")
    func scalarMarks() throws {
        let root = try only(load(Self.catalog))
        #expect(root.mark == mark(1, 1))
        let ten = try #require(root.pair("tên"))
        #expect(ten.key.mark == mark(1, 1))
        // "tên: " is 5 scalars but 6 bytes: the value starts at column 6, not 7.
        #expect(ten.value.mark == mark(1, 6))
        #expect(ten.value.scalar == "Việt Nam")
        #expect(root.pair("danh sách")?.key.mark == mark(2, 1))
        #expect(root.pair("thủ tục")?.key.mark == mark(5, 1))
        #expect(root.pair("lồng")?.key.mark == mark(6, 1))
    }

    @Test("sequences and their items")
    func sequenceMarks() throws {
        let root = try only(load(Self.catalog))
        let list = try #require(root["danh sách"])
        #expect(list.sequence?.count == 2)
        #expect(list.mark == mark(3, 3))  // the first "-"
        #expect(list.sequence?[0].mark == mark(3, 5))
        #expect(list.sequence?[0].scalar == "một")
        #expect(list.sequence?[1].mark == mark(4, 5))  // the opening quote
        // A sequence indented no more than its key starts at its first "-".
        #expect(root["lồng"]?.mark == mark(7, 1))
    }

    @Test("mappings, flow and block, after multi-byte letters")
    func mappingMarks() throws {
        let root = try only(load(Self.catalog))
        let flow = try #require(root["thủ tục"])
        // "thủ tục: " is 9 scalars (12 bytes): "{" is at column 10.
        #expect(flow.mark == mark(5, 10))
        #expect(flow.pair("mã")?.key.mark == mark(5, 11))
        #expect(flow["mã"]?.mark == mark(5, 15))
        #expect(flow.pair("tên")?.key.mark == mark(5, 22))
        #expect(flow["tên"]?.mark == mark(5, 27))
        #expect(flow["tên"]?.scalar == "Đăng ký")
        let nested = try #require(root["lồng"]?.sequence?.first)
        #expect(nested.mark == mark(7, 3))  // the block mapping starts at its first key
        #expect(nested.pair("c")?.key.mark == mark(8, 3))
        #expect(nested["c"]?.mark == mark(8, 6))
    }

    @Test("a leading UTF-8 byte-order mark is not a column")
    func byteOrderMark() throws {
        let root = try only(YAMLLoader.load([0xEF, 0xBB, 0xBF] + Array("k: v\n".utf8)))
        #expect(root.pair("k")?.key.mark == mark(1, 1))
        #expect(root["k"]?.mark == mark(1, 4))
    }
}

// MARK: - Scalar styles

@Suite("Scalar styles are kept, text is never typed")
struct ScalarStyleTests {
    static let yaml = """
        plain: 10
        double: "10"
        single: '10'
        literal: |
          line one
          line two
        folded: >
          folded
          text
        empty:
        """

    @Test("plain, quoted, literal and folded")
    func styles() throws {
        let root = try only(load(Self.yaml))
        #expect(root["plain"]?.scalarStyle == .plain)
        #expect(root["double"]?.scalarStyle == .doubleQuoted)
        #expect(root["single"]?.scalarStyle == .singleQuoted)
        #expect(root["literal"]?.scalarStyle == .literal)
        #expect(root["folded"]?.scalarStyle == .folded)
        #expect(root["literal"]?.scalar == "line one\nline two\n")
        #expect(root["folded"]?.scalar == "folded text\n")
    }

    @Test("\"10\" and 10 have the same text; only the style tells them apart")
    func quotedNumber() throws {
        let root = try only(load(Self.yaml))
        let plain = try #require(root["plain"])
        let quoted = try #require(root["double"])
        #expect(plain.scalar == "10")
        #expect(quoted.scalar == "10")
        #expect(plain.scalarStyle?.isQuoted == false)
        #expect(quoted.scalarStyle?.isQuoted == true)
        #expect(root["single"]?.scalarStyle?.isQuoted == true)
    }

    @Test("an empty plain value is null; a quoted empty string is not")
    func nulls() throws {
        let root = try only(load("a:\nb: ~\nc: null\nd: ''\ne: \"null\"\n"))
        #expect(root["a"]?.isNull == true)
        #expect(root["b"]?.isNull == true)
        #expect(root["c"]?.isNull == true)
        #expect(root["d"]?.isNull == false)
        #expect(root["e"]?.isNull == false)
    }

    @Test("explicit tags are reported as libyaml resolves them")
    func tags() throws {
        let root = try only(load("a: !!str 10\nb: !local x\nc: 10\n"))
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["b"]?.tag == "!local")
        #expect(root["c"]?.tag == nil)
    }
}

// MARK: - Anchors, aliases, merge keys

@Suite("Anchors, aliases and merge keys")
struct AliasTests {
    @Test("an alias shares the anchored node, marks included")
    func aliasesShareContent() throws {
        let root = try only(load("""
            base: &b
              name: Hà Nội
              code: 01
            copy: *b
            word: &w hello
            again: *w
            """))
        let base = try #require(root["base"])
        let copy = try #require(root["copy"])
        #expect(copy.mapping?.map(\.key.scalar) == ["name", "code"])
        #expect(copy["name"]?.scalar == "Hà Nội")
        #expect(copy.mark == base.mark)  // points at the definition, not at *b
        #expect(copy.pair("name")?.key.mark == mark(2, 3))
        #expect(copy["name"]?.mark == mark(2, 9))
        #expect(root["again"]?.scalar == "hello")
        #expect(root["again"]?.mark == mark(5, 7))
    }

    static let sources = """
        a: &a {x: a1, y: a2}
        b: &b {y: b2, z: b3}
        """

    @Test("<< with one mapping: explicit keys win wherever they are written")
    func mergeMapping() throws {
        let root = try only(load(Self.sources + "\nm:\n  x: own\n  <<: *a\n  w: own\n"))
        let m = try #require(root["m"])
        #expect(m.mapping?.compactMap(\.key.scalar) == ["x", "y", "w"])
        #expect(m["x"]?.scalar == "own")
        #expect(m["y"]?.scalar == "a2")
        #expect(m.pair("y")?.key.mark == mark(1, 15))  // inherited pairs keep their source's marks
        #expect(m["y"]?.mark == mark(1, 18))
        #expect(m.mapping?.contains { $0.key.scalar == "<<" } == false)
    }

    @Test("<< with a list of mappings: explicit keys win, then earlier sources")
    func mergeList() throws {
        let loaded = try load(Self.sources + "\nm:\n  <<: [*a, *b]\n  x: own\n")
        let m = try #require(try only(loaded)["m"])
        #expect(m["x"]?.scalar == "own")
        #expect(m["y"]?.scalar == "a2")  // *a comes before *b
        #expect(m["z"]?.scalar == "b3")
        #expect(m.mapping?.count == 3)
        #expect(loaded.duplicateKeys.isEmpty)  // overriding a merged key is not a duplicate
    }

    @Test("<< whose value is a scalar is a syntax error at the value")
    func mergeScalar() throws {
        let error = try #require(loadError("m:\n  <<: 5\n  x: 9\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == mark(2, 7))
        #expect(error.english.contains("<<"))
        #expect(error.english.contains("mapping"))
    }

    @Test("<< whose list holds a scalar is a syntax error at that item")
    func mergeListOfScalar() throws {
        let error = try #require(loadError("a: &a {x: 1}\nm:\n  <<: [*a, oops]\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == mark(3, 12))
        #expect(error.english.contains("<<"))
    }

    @Test("a quoted \"<<\" is an ordinary key")
    func quotedMergeKeyIsAKey() throws {
        let root = try only(load("m:\n  \"<<\": 5\n"))
        #expect(root["m"]?["<<"]?.scalar == "5")
    }

    @Test("an alias to an unknown anchor is a syntax error at the alias")
    func unknownAlias() throws {
        let error = try #require(loadError("a: 1\nb: *nope\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == mark(2, 4))
        #expect(error.english.contains("*nope"))
    }

    @Test("anchors do not reach into the next document")
    func anchorsArePerDocument() throws {
        let error = try #require(loadError("a: &x 1\n---\nb: *x\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == mark(3, 4))
    }

    @Test("an alias inside the collection it names is a syntax error", arguments: [
        ("a: &x [1, *x]\n", mark(1, 11)),
        ("a: &x\n  b: *x\n", mark(2, 6)),
    ])
    func recursiveAlias(yaml: String, at expected: Mark) throws {
        let error = try #require(loadError(yaml))
        #expect(error.kind == .syntax)
        #expect(error.mark == expected)
        #expect(error.english.contains("*x"))
        #expect(error.english.contains("recursive"))
    }
}

// MARK: - Duplicate keys

@Suite("Duplicate keys")
struct DuplicateKeyTests {
    @Test("reported with both marks, both pairs kept")
    func duplicates() throws {
        let loaded = try load("""
            mã: 1.001
            tên: Đăng ký
            mã: 1.002
            """)
        let duplicate = try #require(loaded.duplicateKeys.first)
        #expect(loaded.duplicateKeys.count == 1)
        #expect(duplicate.key == "mã")
        #expect(duplicate.first == mark(1, 1))
        #expect(duplicate.duplicate == mark(3, 1))
        let root = try only(loaded)
        let values = root.mapping?.filter { $0.key.scalar == "mã" }.map { $0.value.scalar }
        #expect(values == ["1.001", "1.002"])
        #expect(root.mapping?.count == 3)
    }

    @Test("quoted and plain spellings of a key are the same key")
    func quotedDuplicate() throws {
        let loaded = try load("a: 1\n\"a\": 2\n")
        #expect(loaded.duplicateKeys.map(\.duplicate) == [mark(2, 1)])
    }

    @Test("a key in NFD is the same key as its NFC spelling")
    func decomposedDuplicate() throws {
        let nfd = "tên".decomposedStringWithCanonicalMapping
        #expect(Array(nfd.utf8) != Array("tên".utf8))
        let loaded = try load("tên: 1\n\(nfd): 2\nten: 3\n")
        #expect(loaded.duplicateKeys.map(\.duplicate) == [mark(2, 1)])
        #expect(loaded.duplicateKeys.first?.first == mark(1, 1))
    }

    @Test("in a mapping of many keys a repeated key is still found, at both places")
    func duplicateAmongMany() throws {
        let keys = (1...40).map { "key\($0): \($0)" }.joined(separator: "\n")
        let loaded = try load(keys + "\nkey7: again\nkey40: again\n")
        #expect(loaded.duplicateKeys.map(\.key) == ["key7", "key40"])
        #expect(loaded.duplicateKeys.map(\.first) == [mark(7, 1), mark(40, 1)])
        #expect(loaded.duplicateKeys.map(\.duplicate) == [mark(41, 1), mark(42, 1)])
        #expect(try only(loaded).mapping?.count == 42)
    }
}

// MARK: - Limits

@Suite("Limits stop hostile input with a .limit error naming the limit")
struct LimitTests {
    /// The classic attack: 9 levels, each a list of 9 aliases to the level
    /// before; 9^9 (387 million) nodes once expanded, from under 400 bytes.
    static var billionLaughs: String {
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        var text = "a: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ", ") + "]\n"
        for level in 1..<9 {
            let aliases = Array(repeating: "*\(names[level - 1])", count: 9).joined(separator: ", ")
            text += "\(names[level]): &\(names[level]) [\(aliases)]\n"
        }
        return text
    }

    @Test("billion laughs is rejected")
    func billionLaughs() throws {
        let error = try #require(loadError(Self.billionLaughs))
        #expect(error.kind == .limit)
        #expect(error.english.contains("limit of \(Limits.standard.maxExpandedNodes) nodes"))
        #expect(error.english.contains("aliases"))
        // Stopped at the first level that crosses a million nodes (9^7 by "g"),
        // long before the 387 million the file stands for.
        #expect(error.mark.line == 7)
    }

    @Test("a few levels of laughs stay within the budget and load")
    func smallLaughs() throws {
        let text = Self.billionLaughs.split(separator: "\n").prefix(3).joined(separator: "\n")
        let root = try only(load(text))
        #expect(root["a"]?.weight == 10)  // the list and its 9 scalars
        #expect(root["b"]?.weight == 91)  // 1 + 9 × 10
        #expect(root["c"]?.weight == 820)  // 1 + 9 × 91
        // *b inside c is b's list itself, whose first item is a's list: an
        // anchored node's mark is where its anchor is written.
        #expect(root["c"]?.sequence?.first?.mark == mark(2, 4))
        #expect(root["c"]?.sequence?.first?.sequence?.first?.mark == mark(1, 4))
    }

    @Test("the alias budget is the one given in Limits")
    func customExpansionLimit() throws {
        let limits = Limits(maxExpandedNodes: 50)
        let error = try #require(loadError(Self.billionLaughs, limits: limits))
        #expect(error.kind == .limit)
        #expect(error.english.contains("limit of 50 nodes"))
        #expect(error.mark.line == 2)
    }

    @Test("a document over the node budget without aliases is told to split, not blamed on aliases")
    func manyPlainNodes() throws {
        let limits = Limits(maxExpandedNodes: 100)
        let text = "[" + (1...150).map(String.init).joined(separator: ", ") + "]\n"
        let error = try #require(loadError(text, limits: limits))
        #expect(error.kind == .limit)
        #expect(error.english.contains("more than the limit of 100 nodes"), "\(error.english)")
        #expect(error.english.contains("split it into smaller files"))
        #expect(!error.english.contains("alias"))
        // The 100th scalar is the 101st node: the list counts too.
        #expect(error.mark == mark(1, 1 + "[".count + (1...99).map(String.init).joined(separator: ", ").count + 2))
        let laughs = try #require(loadError(Self.billionLaughs, limits: limits))
        #expect(laughs.english.contains("aliases expand the document beyond the limit of 100 nodes"))
    }

    @Test("100,000 nested flow sequences")
    func deepFlow() throws {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try #require(loadError(text))
        #expect(error.kind == .limit)
        #expect(error.english.contains("limit of \(Limits.standard.maxDepth) levels"))
        #expect(error.mark == mark(1, Limits.standard.maxDepth + 1))  // the first "[" too deep
    }

    @Test("5,000 nested block sequences")
    func deepBlock() throws {
        let text = String(repeating: "- ", count: 5_000) + "x\n"
        let error = try #require(loadError(text))
        #expect(error.kind == .limit)
        #expect(error.english.contains("limit of \(Limits.standard.maxDepth) levels"))
        #expect(error.mark == mark(1, 2 * Limits.standard.maxDepth + 1))
    }

    @Test("1,000 nested block mappings")
    func deepBlockMappings() throws {
        var text = ""
        for level in 0..<1_000 { text += String(repeating: " ", count: level) + "k:\n" }
        let error = try #require(loadError(text))
        #expect(error.kind == .limit)
        #expect(error.english.contains("levels"))
        #expect(error.mark == mark(Limits.standard.maxDepth + 1, Limits.standard.maxDepth + 1))
    }

    @Test("exactly maxDepth levels load; one more does not")
    func depthBoundary() throws {
        let limits = Limits(maxDepth: 3)
        #expect(try YAMLLoader.load("[[[1]]]", limits: limits).documents.count == 1)
        let error = try #require(loadError("[[[[1]]]]", limits: limits))
        #expect(error.kind == .limit)
        #expect(error.english.contains("limit of 3 levels"))
        #expect(error.mark == mark(1, 4))
    }

    @Test("a file over maxFileBytes is rejected before parsing")
    func fileTooLarge() throws {
        let limits = Limits(maxFileBytes: 16)
        let fits = "a: 0123456789ab\n"  // 16 bytes
        #expect(fits.utf8.count == 16)
        #expect(try YAMLLoader.load(fits, limits: limits).documents.count == 1)
        // One byte more, and not even valid YAML: the size is checked first.
        let error = try #require(loadError(fits + "[", limits: limits))
        #expect(error.kind == .limit)
        #expect(error.english.contains("17 bytes"))
        #expect(error.english.contains("limit of 16 bytes"))
        #expect(error.mark == mark(1, 1))
        #expect(YAMLLoader.tooLarge(size: 17, limits: limits) == error)
    }
}

// MARK: - Encoding

@Suite("Bytes that are not UTF-8")
struct EncodingTests {
    @Test("invalid UTF-8 is reported at its line and column")
    func invalidUTF8() throws {
        let bytes = Array("a: 1\nb: 2\nc: d".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let error = try #require(loadError(bytes))
        #expect(error.kind == .encoding)
        #expect(error.mark == mark(3, 5))
        #expect(error.english.contains("0xC3"))
        #expect(error.english.contains("UTF-8"))
    }

    @Test("a bad byte after any length of ASCII is found at its own column", arguments: 0...24)
    func invalidUTF8AfterASCII(_ length: Int) throws {
        // Bytes are checked eight at a time where they are ASCII; the bad byte
        // must be found whatever its place in a group of eight.
        let bytes = Array("k: ".utf8) + Array(repeating: UInt8(ascii: "x"), count: length) + [0xFF] + Array("xyz\n".utf8)
        let error = try #require(loadError(bytes))
        #expect(error.kind == .encoding)
        #expect(error.mark == mark(1, 4 + length))
        #expect(error.english.contains("0xFF"))
    }

    @Test("after Vietnamese letters the column counts Unicode scalars")
    func invalidUTF8AfterVietnamese() throws {
        // "tên: Việt " is 10 scalars (13 bytes): the bad byte is at column 11.
        let bytes = Array("a: 1\nb: 2\ntên: Việt ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let error = try #require(loadError(bytes))
        #expect(error.kind == .encoding)
        #expect(error.mark == mark(3, 11))
    }

    @Test("libyaml's other line breaks and a byte-order mark are counted as libyaml counts them")
    func invalidUTF8AfterUnusualBreaks() throws {
        // NEL, LS, lone CR and CR LF each end a line for libyaml.
        let prefix = Array("- a\u{2028}- b\u{85}- c\r- d\r\n- ".utf8)
        #expect(try only(YAMLLoader.load(prefix + Array("e".utf8))).sequence?.last?.mark == mark(5, 3))
        let error = try #require(loadError(prefix + [0xC3, 0x28]))
        #expect(error.mark == mark(5, 3))
        let afterBOM = try #require(loadError([0xEF, 0xBB, 0xBF] + Array("k: ".utf8) + [0xFF]))
        #expect(afterBOM.kind == .encoding)
        #expect(afterBOM.mark == mark(1, 4))
    }

    @Test("overlong forms and surrogates are not UTF-8", arguments: [
        [0xC0, 0xAF] as [UInt8],  // overlong "/"
        [0xED, 0xA0, 0x80],  // surrogate U+D800
        [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
        [0xE1, 0x80],  // truncated at end of file
    ])
    func notUTF8(bytes: [UInt8]) throws {
        let error = try #require(loadError(Array("k: ".utf8) + bytes))
        #expect(error.kind == .encoding)
        #expect(error.mark == mark(1, 4))
    }

    @Test("UTF-16 with a byte-order mark")
    func utf16WithBOM() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("a: 1\n".utf8).flatMap { [$0, 0] }
        let error = try #require(loadError(bytes))
        #expect(error.kind == .encoding)
        #expect(error.english.contains("UTF-16"))
        #expect(error.mark == mark(1, 1))
    }

    @Test("UTF-16 without a byte-order mark, either byte order", arguments: [false, true])
    func utf16WithoutBOM(bigEndian: Bool) throws {
        let bytes: [UInt8] = Array("a: 1\n".utf8).flatMap { bigEndian ? [0, $0] : [$0, 0] }
        let error = try #require(loadError(bytes))
        #expect(error.kind == .encoding)
        #expect(error.english.contains("UTF-16"))
    }

    @Test("a control character is a syntax error at its place")
    func controlCharacter() throws {
        let error = try #require(loadError(Array("a: 1\nk: ".utf8) + [0x01]))
        #expect(error.kind == .syntax)
        #expect(error.mark == mark(2, 4))
        #expect(error.english.contains("control characters"))
    }
}

// MARK: - Syntax and streams

@Suite("Syntax errors and streams")
struct SyntaxTests {
    @Test("a tab as indentation is a syntax error at the tab")
    func tabIndentation() throws {
        let error = try #require(loadError("a:\n\tb: 1\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == mark(2, 1))
        #expect(error.english.contains("cannot start any token"))
    }

    @Test("a tab among space-indented keys is a syntax error at the tab")
    func tabAfterSpaces() throws {
        let error = try #require(loadError("a:\n  b: 1\n\tc: 2\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == mark(3, 1))
        #expect(error.english.contains("tab"))
    }

    @Test("%YAML 9.9 is a syntax error; %YAML 1.1 and 1.2 load")
    func yamlDirective() throws {
        let error = try #require(loadError("%YAML 9.9\n---\na: 1\n"))
        #expect(error.kind == .syntax)
        #expect(error.mark == mark(1, 1))
        #expect(error.english.contains("incompatible YAML document"))
        #expect(try load("%YAML 1.1\n---\na: 1\n").documents.count == 1)
        #expect(try load("%YAML 1.2\n---\na: 1\n").documents.count == 1)
    }

    @Test("libyaml's context is in the message, the problem's place in the mark")
    func unclosedFlow() throws {
        let error = try #require(loadError("a: [1, 2\nb: 3\n"))
        #expect(error.kind == .syntax)
        #expect(error.english.contains("flow sequence started at 1:4"))
        #expect(error.mark.line == 2)
    }

    @Test("an empty file, or only comments, holds zero documents", arguments: ["", "# only a comment\n", "\n\n"])
    func emptyStream(text: String) throws {
        let loaded = try load(text)
        #expect(loaded.documents.isEmpty)
        #expect(loaded.duplicateKeys.isEmpty)
    }

    @Test("a multi-document stream holds each document in order")
    func multiDocument() throws {
        let loaded = try load("a: 1\n---\nb: 2\n---\n- x\n...\n")
        #expect(loaded.documents.count == 3)
        #expect(loaded.documents.map(\.mark) == [mark(1, 1), mark(3, 1), mark(5, 1)])
        #expect(loaded.documents[0]["a"]?.scalar == "1")
        #expect(loaded.documents[1]["b"]?.scalar == "2")
        #expect(loaded.documents[2].sequence?.first?.scalar == "x")
    }

    @Test("an explicit empty document is one null node")
    func emptyDocument() throws {
        let loaded = try load("---\n...\n")
        #expect(loaded.documents.count == 1)
        #expect(loaded.documents.first?.isNull == true)
    }
}
