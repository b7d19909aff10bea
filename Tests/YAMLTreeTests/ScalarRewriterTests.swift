import Testing
import YAMLTree

/// Every scalar of the first document of `bytes`, keys and values, in the
/// order written.
func allScalars(_ bytes: [UInt8]) throws -> [Node] {
    guard let root = try YAMLLoader.load(bytes).documents.first else { return [] }
    var found: [Node] = []
    var stack = [root]
    while let node = stack.popLast() {
        if node.scalar != nil {
            found.append(node)
        } else if let items = node.sequence {
            stack.append(contentsOf: items.reversed())
        } else if let pairs = node.mapping {
            for pair in pairs.reversed() { stack.append(contentsOf: [pair.value, pair.key]) }
        }
    }
    return found
}

/// A file before and after some of its scalars are given new texts. Each
/// scalar to change is named by its current text, which must be unique.
struct RewriteCase: Sendable, CustomTestStringConvertible {
    var name: String
    var before: String
    var changes: [(from: String, to: String, style: Node.ScalarStyle?)]
    var after: String
    var testDescription: String { name }

    init(_ name: String, _ before: String, _ changes: [(String, String)], _ after: String) {
        self.name = name
        self.before = before
        self.changes = changes.map { ($0.0, $0.1, nil) }
        self.after = after
    }

    init(_ name: String, _ before: String, _ from: String, _ to: String, preferring style: Node.ScalarStyle? = nil, _ after: String) {
        self.name = name
        self.before = before
        self.changes = [(from, to, style)]
        self.after = after
    }
}

@Suite("ScalarRewriter: only the edited scalars' bytes change")
struct ScalarRewriterTests {
    static let cases: [RewriteCase] = [
        // Plain scalars, block context.
        RewriteCase("plain stays plain", "a: 10  # legal\nb: x\n", "10", "7", "a: 7  # legal\nb: x\n"),
        RewriteCase("commas and brackets are safe bare in block context", "k: x\n", "x", "a, [b] {c}", "k: a, [b] {c}\n"),
        RewriteCase("`: ` needs quotes", "k: x # c\n", "x", "Trực tiếp: 10", "k: \"Trực tiếp: 10\" # c\n"),
        RewriteCase("` #` needs quotes", "k: x\n", "x", "a #b", "k: \"a #b\"\n"),
        RewriteCase("a trailing colon needs quotes", "k: x\n", "x", "a:", "k: \"a:\"\n"),
        RewriteCase("a leading indicator needs quotes", "- x\n- y\n", [("x", "*ref"), ("y", "- item")], "- \"*ref\"\n- \"- item\"\n"),
        RewriteCase("a negative number stays bare", "k: x\n", "x", "-5", "k: -5\n"),
        RewriteCase("what our loader reads as null is quoted", "a: x\nb: y\nc: z\n", [("x", ""), ("y", "~"), ("z", "null")],
                    "a: \"\"\nb: \"~\"\nc: \"null\"\n"),
        RewriteCase("yes and 1.10 stay bare: scalars are read as text", "a: x\nb: y\n", [("x", "yes"), ("y", "1.10")], "a: yes\nb: 1.10\n"),
        RewriteCase("leading and trailing spaces need quotes", "a: x\nb: y\n", [("x", " lead"), ("y", "trail ")],
                    "a: \" lead\"\nb: \"trail \"\n"),
        RewriteCase("a line break is escaped in double quotes", "k: x\n", "x", "a\nb", "k: \"a\\nb\"\n"),
        RewriteCase("an invisible character is escaped, never written raw", "a: x\nb: 'y'\n", [("x", "1\u{200B}2"), ("y", "a\u{A0}b")],
                    "a: \"1\\u200B2\"\nb: \"a\\_b\"\n"),
        RewriteCase("a key can be rewritten", "tỉnh: 1\n", "tỉnh", "province", "province: 1\n"),
        RewriteCase("a plain scalar over two lines becomes one", "k: one\n  two\nl: 1\n", "one two", "three", "k: three\nl: 1\n"),
        // Flow context.
        RewriteCase("inside [ ], a comma needs quotes", "k: [x, y]\n", "x", "a, b", "k: [\"a, b\", y]\n"),
        RewriteCase("inside { }, brackets and colons need quotes", "{a: x, b: y, c: z}\n", [("x", "[1]"), ("y", "10:30"), ("z", "ok")],
                    "{a: \"[1]\", b: \"10:30\", c: ok}\n"),
        RewriteCase("a flow step keeps its layout", "- { step: receive, by: center, days: \"0,5\" }\n", "0,5", "0.5", preferring: .plain,
                    "- { step: receive, by: center, days: 0.5 }\n"),
        // Quoted scalars.
        RewriteCase("single-quoted stays single-quoted, quotes doubled", "k: 'x'\n", "x", "it's", "k: 'it''s'\n"),
        RewriteCase("single quotes cannot hold a line break: double quotes", "k: 'x'\n", "x", "a\nb", "k: \"a\\nb\"\n"),
        RewriteCase("double-quoted escapes quotes and backslashes", "k: \"x\"\n", "x", "say \"hi\" \\", "k: \"say \\\"hi\\\" \\\\\"\n"),
        RewriteCase("a quoted value stays quoted even where bare would do", "a: \"x\"\nb: 'y'\n", [("x", "yes"), ("y", "10")],
                    "a: \"yes\"\nb: '10'\n"),
        RewriteCase("a preferred bare style is taken when it can hold the text", "legal: \"10 ngày làm việc\"\n", "10 ngày làm việc", "10",
                    preferring: .plain, "legal: 10\n"),
        RewriteCase("a preferred bare style that cannot hold the text falls back to double quotes", "d: 'x'\n", "x", "same day: 1",
                    preferring: .plain, "d: \"same day: 1\"\n"),
        RewriteCase("a double-quoted scalar over two lines becomes one", "k: \"one\n  two\"  # c\n", "one two", "x", "k: \"x\"  # c\n"),
        // Files as office tools save them.
        RewriteCase("CR LF line endings stay", "a: x\r\nb: y\r\n# c\r\n", "x", "z", "a: z\r\nb: y\r\n# c\r\n"),
        RewriteCase("a byte-order mark stays", "\u{FEFF}cấp: tỉnh\n", "tỉnh", "province", "\u{FEFF}cấp: province\n"),
        RewriteCase("Vietnamese before the edit on the same line", "{ tên: Tư pháp — Sở, cấp: tỉnh }\n", "tỉnh", "province",
                    "{ tên: Tư pháp — Sở, cấp: province }\n"),
        RewriteCase("a comment on the same line stays", "level: tỉnh   # cấp tỉnh, ghi chú\n", "tỉnh", "province",
                    "level: province   # cấp tỉnh, ghi chú\n"),
        RewriteCase("an anchor and a tag stay", "k: &a !!str x # c\nl: *a\n", "x", "y", "k: &a !!str y # c\nl: *a\n"),
        RewriteCase("two edits on one line, blank lines and comments between", "# head\n\na: [x, 'y']   # c\n\n\nb: z\n",
                    [("x", "1"), ("y", "2"), ("z", "ư ơ")], "# head\n\na: [1, '2']   # c\n\n\nb: ư ơ\n"),
        // Block scalars.
        RewriteCase("a | block with a trailing newline rewritten to \"code\"", "code: |\n  1.001234\nname: P\n", "1.001234\n", "code",
                    "code: \"code\"\nname: P\n"),
        RewriteCase("a block's trailing blank lines and the next line's indentation stay", "x:\n  a: |\n    abc\n\n  b: 1\n", "abc\n", "q",
                    "x:\n  a: \"q\"\n\n  b: 1\n"),
        RewriteCase("a block over CR LF lines keeps the line break that ends it", "a: >-\r\n  one\r\n  two\r\nb: 1\r\n", "one two", "x",
                    "a: \"x\"\r\nb: 1\r\n"),
        RewriteCase("a comment on a block's header line stays", "k: |  # giữ\n  a\nl: 1\n", "a\n", "b", "k: \"b\"  # giữ\nl: 1\n"),
        RewriteCase("a literal block keeps its form when it can hold the text", "note: |\n  dòng một\n\n  dòng hai\n# c\n",
                    "dòng một\n\ndòng hai\n", "dòng 1\n\ndòng 2\n", "note: |\n  dòng 1\n\n  dòng 2\n# c\n"),
        RewriteCase("a literal block keeps its CR LF lines and its chomping", "n: |-\r\n    a\r\n    b\r\nk: v\r\n", "a\nb", "x\ny\nz",
                    "n: |-\r\n    x\r\n    y\r\n    z\r\nk: v\r\n"),
        RewriteCase("a literal block whose text would start with a space becomes double-quoted", "n: |\n  a\n", "a\n", " b\n",
                    "n: \" b\\n\"\n"),
        RewriteCase("a one-line folded block stays one line", "k: >\n  one line\nl: 1\n", "one line\n", "other line\n",
                    "k: >\n  other line\nl: 1\n"),
        RewriteCase("a folded block over two lines becomes double-quoted", "k: >\n  a\n  b\n", "a b\n", "c\n", "k: \"c\\n\"\n"),
    ]

    @Test("before and after", arguments: cases)
    func table(_ row: RewriteCase) throws {
        let before = Array(row.before.utf8)
        let scalars = try allScalars(before)
        var edits: [ScalarRewriter.Edit] = []
        for change in row.changes {
            let matching = scalars.filter { $0.scalar == change.from }
            // One scalar, perhaps reached again through an alias.
            try #require(Set(matching.map(\.sourceRange)).count == 1, "`\(change.from)` is not one scalar of the file")
            edits.append(try #require(ScalarRewriter.Edit(matching[0], to: change.to, preferredStyle: change.style)))
        }
        let after = try ScalarRewriter(before).apply(edits)
        #expect(String(decoding: after, as: UTF8.self) == row.after)
        // The new file reads back with the new texts where they were written.
        let expected = scalars.map { node in row.changes.first { $0.from == node.scalar }?.to ?? node.scalar }
        #expect(try allScalars(after).map(\.scalar) == expected)
    }

    @Test("an edit to the text a scalar already holds changes no byte")
    func sameText() throws {
        let text = "a: \"caf\\u00e9\"\nb: one\n  two\nc: |\n  x\n"
        let bytes = Array(text.utf8)
        let edits = try allScalars(bytes).compactMap { ScalarRewriter.Edit($0, to: $0.scalar ?? "") }
        #expect(try ScalarRewriter(bytes).apply(edits) == bytes)
    }

    @Test("two edits of the same bytes are refused")
    func overlapping() throws {
        let bytes = Array("a: x\n".utf8)
        let node = try #require(try allScalars(bytes).last)
        let edits = [try #require(ScalarRewriter.Edit(node, to: "y")), try #require(ScalarRewriter.Edit(node, to: "z"))]
        #expect(throws: ScalarRewriter.Failure.overlapping(3..<4, 3..<4)) { try ScalarRewriter(bytes).apply(edits) }
    }

    @Test("the same edit reached twice through an alias is made once")
    func sameEditTwice() throws {
        let bytes = Array("a: &v x\nb: *v\n".utf8)
        let values = try #require(try YAMLLoader.load(bytes).documents.first?.mapping).map(\.value)
        let edits = try values.map { try #require(ScalarRewriter.Edit($0, to: "y")) }
        #expect(String(decoding: try ScalarRewriter(bytes).apply(edits), as: UTF8.self) == "a: &v y\nb: *v\n")
    }

    @Test("an empty value has no token to rewrite")
    func noToken() throws {
        let bytes = Array("a:\nb: 1\n".utf8)
        let node = try #require(try allScalars(bytes).dropFirst().first)
        #expect(node.scalar == "")
        let edit = try #require(ScalarRewriter.Edit(node, to: "x"))
        #expect(throws: ScalarRewriter.Failure.noToken(node.sourceRange)) { try ScalarRewriter(bytes).apply([edit]) }
    }

    @Test("a range outside the file is refused")
    func outOfBounds() {
        let edit = ScalarRewriter.Edit(range: 3..<9, style: .plain, value: "x")
        #expect(throws: ScalarRewriter.Failure.outOfBounds(3..<9)) { try ScalarRewriter(Array("a: b\n".utf8)).apply([edit]) }
    }

    @Test("each replacement says which bytes it replaced and where it wrote")
    func replacements() throws {
        let bytes = Array("a: x\nb: |\n  y\n\nc: z\n".utf8)
        let scalars = try allScalars(bytes)
        let edits = [try #require(ScalarRewriter.Edit(scalars[1], to: "ưng")), try #require(ScalarRewriter.Edit(scalars[3], to: "q"))]
        let rewrite = try ScalarRewriter(bytes).rewrite(edits)
        #expect(String(decoding: rewrite.bytes, as: UTF8.self) == "a: ưng\nb: \"q\"\n\nc: z\n")
        #expect(rewrite.replacements.map(\.original) == [3..<4, 8..<13])
        #expect(rewrite.replacements.map(\.written) == [3..<7, 11..<14])
    }
}
