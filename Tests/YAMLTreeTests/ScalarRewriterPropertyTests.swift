import Testing
import YAMLTree

/// SplitMix64: a small seeded generator, so every run makes the same files.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Writes small random YAML files: block and flow mappings and lists, scalars
/// in every style, comments, blank lines, anchors and tags, LF or CR LF, with
/// or without a byte-order mark. Written by hand, not with the rewriter's own
/// rules, so the test does not check the rewriter against itself.
struct YAMLFileGenerator {
    var random: SeededRandom
    var lineBreak = "\n"

    static let words = ["10", "0.5", "tỉnh", "Tư pháp", "Sở", "ưng", "H37", "1.001234", "x", "yes", "Cấp", "đất", "🎉", "a-b", "v2"]
    static let quotedTexts = ["a: b", "a #b", "[x]", "{y}", "it's", "say \"hi\"", "back\\slash", "", " lead", "trail ", "null",
                              "- x", "Trực tiếp: 10 Ngày làm việc; Trực tuyến: 8", "tab\there"]

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    /// One to three words joined by single spaces: always safe bare.
    mutating func plainText() -> String {
        (0..<Int.random(in: 1...3, using: &random)).map { _ in pick(Self.words) }.joined(separator: " ")
    }

    /// A scalar in a random style that fits where it is written.
    mutating func scalar(inFlow: Bool, indent: Int) -> String {
        var properties = ""
        if chance(8) { properties += "&a\(Int.random(in: 0..<1000, using: &random)) " }
        if chance(5) { properties += "!!str " }
        switch Int.random(in: 0..<(inFlow ? 3 : 4), using: &random) {
        case 0:
            return properties + plainText()
        case 1:
            let text = chance(50) ? plainText() : pick(Self.quotedTexts.filter { !$0.contains("\t") })
            return properties + "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case 2:
            var text = chance(50) ? plainText() : pick(Self.quotedTexts)
            if chance(20) { text += "\n" + plainText() }
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
            return properties + "\"" + escaped + "\""
        default:
            let header = pick(["|", "|-", "|+", ">", ">-"])
            let pad = String(repeating: " ", count: indent + 2)
            let lines = (0..<Int.random(in: 1...3, using: &random)).map { _ in pad + plainText() }
            let trailing = chance(30) ? lineBreak : ""
            return properties + header + lineBreak + lines.joined(separator: lineBreak) + lineBreak + trailing
        }
    }

    mutating func flowCollection(depth: Int) -> String {
        let count = Int.random(in: 1...3, using: &random)
        if chance(50) {
            let items = (0..<count).map { _ in depth < 2 && chance(20) ? flowCollection(depth: depth + 1) : scalar(inFlow: true, indent: 0) }
            return "[" + items.joined(separator: ", ") + "]"
        }
        let pairs = (0..<count).map { i in "k\(i): " + (depth < 2 && chance(20) ? flowCollection(depth: depth + 1) : scalar(inFlow: true, indent: 0)) }
        return "{ " + pairs.joined(separator: ", ") + " }"
    }

    /// A value after `key:` or `- `: ends with a line break.
    mutating func blockValue(indent: Int, depth: Int) -> String {
        let comment = chance(25) ? "  # ghi chú ư" : ""
        switch depth < 3 ? Int.random(in: 0..<6, using: &random) : 0 {
        case 0, 1, 2:
            let value = scalar(inFlow: false, indent: indent)
            return " " + value + (value.hasSuffix(lineBreak) ? "" : comment + lineBreak)
        case 3:
            return " " + flowCollection(depth: 0) + comment + lineBreak
        case 4:
            return lineBreak + mapping(indent: indent + 2, depth: depth + 1)
        default:
            return lineBreak + sequence(indent: indent + 2, depth: depth + 1)
        }
    }

    mutating func mapping(indent: Int, depth: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var text = ""
        for i in 0..<Int.random(in: 1...4, using: &random) {
            if chance(10) { text += lineBreak }
            if chance(10) { text += pad + "# chú thích" + lineBreak }
            let key = chance(20) ? "\"khóa \(i)\"" : pick(["code", "tên", "level", "deadline", "cấp"]) + "\(i)"
            text += pad + key + ":" + blockValue(indent: indent, depth: depth)
        }
        return text
    }

    mutating func sequence(indent: Int, depth: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var text = ""
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            text += pad + "-" + blockValue(indent: indent, depth: depth)
        }
        return text
    }

    mutating func file() -> [UInt8] {
        lineBreak = chance(30) ? "\r\n" : "\n"
        let bom: [UInt8] = chance(20) ? [0xEF, 0xBB, 0xBF] : []
        return bom + Array(mapping(indent: 0, depth: 0).utf8)
    }
}

@Suite("ScalarRewriter on many generated files")
struct ScalarRewriterPropertyTests {
    /// New texts that test every rule of every style.
    static let newTexts = [
        "", " ", "7", "-5", "a: b", "a #b", "#x", "a,b", "[x]", "{y}", "-", "- x", "null", "~", "<<", "it's", "say \"hi\"",
        "back\\slash", "line\nbreak", "two\nlines\n", "tab\there", "\u{A0}nbsp", "zero\u{200B}width", "Tư pháp", "tỉnh",
        "ưng ý: có", "---", "...x", "?q", ":x", "x:", "%p", "@a", "`b", "!t", "&a", "*a", "|", ">", "'", "\"", "\u{85}nel",
        "bell\u{07}", "🎉 emoji", "a\r\nb", " lead", "trail ", "\u{2028}ls", "10 ngày làm việc", "same day", "dòng 1\ndòng 2\n",
    ]

    @Test("re-loading gives the new texts where written and the old ones elsewhere; other bytes stay", arguments: 0..<300)
    func generated(_ seed: Int) throws {
        var generator = YAMLFileGenerator(seed: UInt64(seed))
        let original = generator.file()
        let text = String(decoding: original, as: UTF8.self)
        let scalars = try allScalars(original)
        try #require(!scalars.isEmpty, "\(text)")
        // A random subset of the scalars that have a token, one edit each.
        var chosen: [Int: String] = [:]
        for (index, node) in scalars.enumerated() where !node.sourceRange.isEmpty && generator.chance(35) {
            chosen[index] = generator.pick(Self.newTexts)
        }
        let edits = try chosen.keys.sorted().map { try #require(ScalarRewriter.Edit(scalars[$0], to: chosen[$0] ?? "")) }
        let rewrite = try ScalarRewriter(original).rewrite(edits)

        // The texts read back.
        let rewritten = try allScalars(rewrite.bytes)
        let expected = scalars.indices.map { chosen[$0] ?? scalars[$0].scalar }
        try #require(rewritten.map(\.scalar) == expected, "\(text)\n→\n\(String(decoding: rewrite.bytes, as: UTF8.self))")

        // Each replacement lies within an edited scalar's token, and every
        // byte between replacements is where it was.
        for replacement in rewrite.replacements {
            #expect(edits.contains { $0.range.contains(replacement.original.lowerBound) && replacement.original.upperBound <= $0.range.upperBound })
        }
        var originalAt = 0
        var rewrittenAt = 0
        for replacement in rewrite.replacements {
            let gap = original[originalAt..<replacement.original.lowerBound]
            #expect(Array(rewrite.bytes[rewrittenAt..<replacement.written.lowerBound]) == Array(gap))
            originalAt = replacement.original.upperBound
            rewrittenAt = replacement.written.upperBound
        }
        #expect(Array(rewrite.bytes[rewrittenAt...]) == Array(original[originalAt...]))

        // Idempotent: the same texts written again change nothing.
        let again = try chosen.keys.sorted().map { try #require(ScalarRewriter.Edit(rewritten[$0], to: chosen[$0] ?? "")) }
        #expect(try ScalarRewriter(rewrite.bytes).apply(again) == rewrite.bytes)
        // The same texts as now change nothing either.
        let same = scalars.compactMap { $0.sourceRange.isEmpty ? nil : ScalarRewriter.Edit($0, to: $0.scalar ?? "") }
        #expect(try ScalarRewriter(original).apply(same) == original)
    }

    @Test("every scalar written anew, its text unknown to the rewriter, reads back the same", arguments: 0..<100)
    func everyScalarWrittenAnew(_ seed: Int) throws {
        var generator = YAMLFileGenerator(seed: UInt64(1000 + seed))
        let original = generator.file()
        let scalars = try allScalars(original)
        let edits = scalars.compactMap { node -> ScalarRewriter.Edit? in
            guard let value = node.scalar, let style = node.scalarStyle, !node.sourceRange.isEmpty else { return nil }
            return ScalarRewriter.Edit(range: node.sourceRange, style: style, inFlowCollection: node.isInFlowCollection, value: value)
        }
        // An alias's node is reached twice: once is enough.
        var seen = Set<Range<Int>>()
        let unique = edits.filter { seen.insert($0.range).inserted }
        let bytes = try ScalarRewriter(original).apply(unique)
        #expect(try allScalars(bytes).map(\.scalar) == scalars.map(\.scalar),
                "\(String(decoding: original, as: UTF8.self))\n→\n\(String(decoding: bytes, as: UTF8.self))")
    }
}
