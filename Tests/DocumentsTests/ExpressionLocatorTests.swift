import Catalog
@testable import Documents
import Foundation
import Review
import Testing
import Vocabulary
import YAMLTree

/// `ExpressionLocator` works out the mark of every offset of an expression
/// once, when the rules are read, from the file's characters indexed once. It
/// must place each offset exactly where the search it replaced (one offset at
/// a time, walking the file from its start, on a compile error) placed it:
/// that search is kept here as the reference — with one correction: an
/// offset in the value's trailing whitespace (the line break a `|` block
/// keeps) is placed after the last character written, not where the next
/// key starts.
@Suite("ExpressionLocator: the mark of every offset, in one pass")
struct ExpressionLocatorTests {
    /// The per-offset search `ExpressionLocator` made before the review lost
    /// its YAML: align the written text with the decoded source up to
    /// `offset`, then find the character there.
    static func reference(ofOffset offset: Int, in value: String, scalar node: Node, fileText: String) -> Mark {
        let written = node.scalar ?? value
        let target = Array(written.unicodeScalars)
        let stream = decodedSource(node, fileText: fileText, budget: target.count * 4 + 4096)
        let end = min(writtenOffset(offset, nfc: value, written: written), target.count)
        var i = 0
        var j = 0
        var lastWritten: Mark?
        while i < end && j < stream.count {
            if target[i].properties.isWhitespace {
                while i < end && target[i].properties.isWhitespace { i += 1 }
                while j < stream.count && stream[j].0.properties.isWhitespace { j += 1 }
                continue
            }
            while j < stream.count && stream[j].0 != target[i] { j += 1 }
            if j < stream.count { lastWritten = stream[j].1 }
            i += 1
            j += 1
        }
        let content = (target.lastIndex { !$0.properties.isWhitespace } ?? -1) + 1
        if content > 0, content < target.count, end >= content, let last = lastWritten {
            return Mark(line: last.line, column: last.column + 1)
        }
        if end < target.count {
            while j < stream.count && stream[j].0 != target[end] { j += 1 }
        }
        return j < stream.count ? stream[j].1 : node.mark
    }

    /// The file walked from its start to the scalar, then read as its style reads it.
    static func decodedSource(_ node: Node, fileText: String, budget: Int) -> [(Unicode.Scalar, Mark)] {
        var raw: [(Unicode.Scalar, Mark)] = []
        var line = 1
        var column = 1
        var previous: Unicode.Scalar?
        for scalar in fileText.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\u{FEFF}" && line == 1 && column == 1 { continue }
            if scalar == "\n" && previous == "\r" { continue }
            let isBreak = scalar == "\n" || scalar == "\r"
            if line > node.mark.line || (line == node.mark.line && column >= node.mark.column) {
                raw.append((isBreak ? "\n" : scalar, Mark(line: line, column: column)))
                if raw.count >= budget { break }
            }
            if isBreak {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return Array(ExpressionLocator.styled(raw[...], node.scalarStyle))
    }

    static func writtenOffset(_ offset: Int, nfc: String, written: String) -> Int {
        guard nfc != written || nfc.unicodeScalars.count != written.unicodeScalars.count else { return offset }
        var nfcCount = 0
        var writtenCount = 0
        for character in written {
            if nfcCount >= offset { break }
            nfcCount += TextNormalization.nfc(String(character)).unicodeScalars.count
            writtenCount += character.unicodeScalars.count
        }
        return writtenCount
    }

    /// Every scalar value below `node` (keys left out: they are not expressions).
    static func values(_ node: Node) -> [Node] {
        if let pairs = node.mapping { return pairs.flatMap { values($0.value) } }
        if let items = node.sequence { return items.flatMap { values($0) } }
        return [node]
    }

    static let nfd = "Th\u{1A1}\u{300}i ha\u{323}n"  // "Thời hạn" decomposed

    static let files: [String] = [
        "rules:\n  - assert: deadline.proposed < deadline.legal\n    when: has(deadline.proposed)\n",
        "rules:\n  - assert: \"has(x) && \\\"a\\tb\\\" == name && note == \\u00e9\\x41\"\n",
        "rules:\n  - assert: 'name != ''x'' && code == \"y\"'\n",
        "rules:\n  - assert: |\n      deadline.legal > 0 &&\n        deadline.legal < 90\n    message: |-\n      {code} quá {deadline.legal}\n",
        "rules:\n  - assert: >\n      deadline.legal > 0 &&\n      deadline.legal < 90\n\n      || false\n",
        "rules:\n  - assert: deadline.legal > 0 &&\n      deadline.legal <\n      90\n",
        "rules:\n  - message: \"\(nfd): {code} và \(nfd) \"\n    assert: name == '\(nfd)'\n",
        "\u{FEFF}rules:\r\n  - assert: a &&\r\n      b\r\n    message: \"x\\\r\n      y {z}\"\r\n",
        "rules:\n  - { id: r, assert: a && b, when: 'c || d', message: { vi: \"Sai {x}\", en: Wrong } }\n",
        "define:\n  cut_rate(p): (p.deadline.legal - p.deadline.proposed) / p.deadline.legal\n",
        "rules:\n  - assert: \n",
        // Past the budget of characters read after a scalar.
        "rules:\n  - assert: >\n      a &&\n      b\n# " + String(repeating: "x ", count: 3000) + "\n  - assert: c\n",
    ]

    @Test("every offset, and offsets past the end, are placed as the one-at-a-time search placed them",
          arguments: files.indices)
    func sameAsTheReference(_ index: Int) throws {
        let text = Self.files[index]
        let yaml = try YAMLLoader.load(text)
        let nodes = yaml.documents.flatMap(Self.values)
        #expect(!nodes.isEmpty)
        for node in nodes {
            let located = ExpressionLocator.located(node, in: SourceCharacters(text))
            let count = located.text.unicodeScalars.count
            #expect(located.text == TextNormalization.nfc(node.scalar ?? ""))
            #expect(located.marks.count == count + 1)
            for offset in 0...(count + 3) {
                let expected = Self.reference(ofOffset: offset, in: located.text, scalar: node, fileText: text)
                #expect(
                    located.mark(ofOffset: offset) == expected,
                    "offset \(offset) of \(located.text.debugDescription) in file \(index)")
            }
        }
    }

    @Test("a token on the second line of a plain scalar is placed on that line")
    func secondLine() throws {
        let text = "rules:\n  - assert: deadline.legal > 0 &&\n      deadline.legl < 90\n"
        let node = try #require(try YAMLLoader.load(text).documents.first.map(Self.values)?.first)
        let located = ExpressionLocator.located(node, in: SourceCharacters(text))
        let offset = try #require(located.text.range(of: "deadline.legl")).lowerBound
        let scalars = located.text.unicodeScalars.distance(from: located.text.startIndex, to: offset)
        #expect(located.mark(ofOffset: scalars) == Mark(line: 3, column: 7))
    }
}
