import Catalog
import Review
import Vocabulary
import YAMLTree

/// The place in the file of every character of a YAML scalar's value, so an
/// error inside a rule's expression points at its token — whether the scalar
/// is plain, quoted or a block, on one line or several. Worked out when the
/// rules are read, for the review to look up by offset (`LocatedText`).
///
/// The source after the scalar's start is decoded as its style reads it
/// (escapes of double quotes, `''` of single quotes, block headers skipped),
/// each character keeping its mark; the value is then aligned with that
/// stream: equal characters advance both, and a run of whitespace (a folded
/// line break, an indentation) matches a run of whitespace.
enum ExpressionLocator {
    /// The scalar's text as it is compiled (NFC) with the mark of each of its
    /// Unicode scalars, and of the end.
    static func located(_ node: Node, in source: SourceCharacters) -> LocatedText {
        let value = TextNormalization.nfc(node.scalar ?? "")
        return LocatedText(text: value, marks: marks(node, value: value, source: source))
    }

    /// The mark of each offset of `value` (Unicode scalars of the NFC text)
    /// and of its end: for each, the character it starts in the written text,
    /// found in the decoded source.
    static func marks(_ node: Node, value: String, source: SourceCharacters) -> [Mark] {
        let written = node.scalar ?? value
        let target = Array(written.unicodeScalars)
        let stream = decodedSource(node, source: source, budget: target.count * 4 + 4096)
        // One pass: the alignment of the first `end` characters only ever
        // extends that of the first `end - 1`, so the cursors carry over.
        var byEnd: [Mark] = []
        byEnd.reserveCapacity(target.count + 1)
        var i = 0
        var j = stream.startIndex
        // The value's trailing whitespace (the line break a `|` block keeps)
        // is written where the next key starts: an offset there, or at the
        // end after it, is placed just after the last character written.
        let content = (target.lastIndex { !$0.isSpace } ?? -1) + 1
        let trailing = content > 0 && content < target.count
        var lastWritten: Mark?
        for end in 0...target.count {
            while i < end && j < stream.endIndex {
                if target[i].isSpace {
                    while i < end && target[i].isSpace { i += 1 }
                    while j < stream.endIndex && stream[j].0.isSpace { j += 1 }
                    continue
                }
                while j < stream.endIndex && stream[j].0 != target[i] { j += 1 }
                if j < stream.endIndex { lastWritten = stream[j].1 }
                i += 1
                j += 1
            }
            if trailing, end >= content, let last = lastWritten {
                byEnd.append(Mark(line: last.line, column: last.column + 1))
                continue
            }
            // The character at `end` is the next one in the stream that equals it.
            var k = j
            if end < target.count {
                while k < stream.endIndex && stream[k].0 != target[end] { k += 1 }
            }
            byEnd.append(k < stream.endIndex ? stream[k].1 : node.mark)
        }
        return writtenOffsets(nfc: value, written: written).map { byEnd[min($0, target.count)] }
    }

    /// For each offset of the NFC text and its end, the offset of the same
    /// character in the written text: Vietnamese pasted as NFD has more
    /// scalars than its NFC.
    static func writtenOffsets(nfc: String, written: String) -> [Int] {
        let count = nfc.unicodeScalars.count
        guard nfc != written || count != written.unicodeScalars.count else { return Array(0...count) }
        // Before each character: the scalars of the NFC text and of the written one.
        var before: [(nfc: Int, written: Int)] = []
        var nfcCount = 0
        var writtenCount = 0
        for character in written {
            before.append((nfcCount, writtenCount))
            nfcCount += TextNormalization.nfc(String(character)).unicodeScalars.count
            writtenCount += character.unicodeScalars.count
        }
        // An offset is at the first character whose NFC text starts at or
        // after it; past the last, at the end.
        var offsets: [Int] = []
        offsets.reserveCapacity(count + 1)
        var index = 0
        for offset in 0...count {
            while index < before.count && before[index].nfc < offset { index += 1 }
            offsets.append(index < before.count ? before[index].written : writtenCount)
        }
        return offsets
    }

    /// The characters of the file from the scalar on (at most `budget`), as
    /// the scalar's style reads them, each with the mark where it is written.
    static func decodedSource(
        _ node: Node, source: SourceCharacters, budget: Int
    ) -> ArraySlice<(Unicode.Scalar, Mark)> {
        styled(source.from(node.mark, count: budget), node.scalarStyle)
    }

    /// `raw`, the file's characters from a scalar's start, as a scalar of
    /// `style` reads them (plain and block scalars read in place, not copied).
    static func styled(
        _ raw: ArraySlice<(Unicode.Scalar, Mark)>, _ style: Node.ScalarStyle?
    ) -> ArraySlice<(Unicode.Scalar, Mark)> {
        switch style {
        case .doubleQuoted?: return doubleQuoted(raw.dropFirst())[...]
        case .singleQuoted?: return singleQuoted(raw.dropFirst())[...]
        case .literal?, .folded?:
            // Content starts on the line after the `|` or `>` header.
            return raw.drop { $0.0 != "\n" }
        default: return raw
        }
    }

    private static func doubleQuoted(_ source: ArraySlice<(Unicode.Scalar, Mark)>) -> [(Unicode.Scalar, Mark)] {
        var out: [(Unicode.Scalar, Mark)] = []
        out.reserveCapacity(source.count)
        var k = source.startIndex
        while k < source.endIndex {
            let (c, mark) = source[k]
            guard c == "\\", k + 1 < source.endIndex else {
                out.append((c, mark))
                k += 1
                continue
            }
            let e = source[k + 1].0
            let hexDigits: Int? =
                switch e {
                case "x": 2
                case "u": 4
                case "U": 8
                default: nil
                }
            if let hexDigits {
                let end = min(k + 2 + hexDigits, source.endIndex)
                let hex = String(String.UnicodeScalarView(source[(k + 2)..<end].map(\.0)))
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { out.append((scalar, mark)) }
                k = end
                continue
            }
            if e == "\n" {
                // An escaped line break joins the lines: no character.
                k += 2
                while k < source.endIndex && (source[k].0 == " " || source[k].0 == "\t") { k += 1 }
                continue
            }
            let decoded: Unicode.Scalar =
                switch e {
                case "n": "\n"
                case "t", "\t": "\t"
                case "r": "\r"
                case "0": "\0"
                case "_": "\u{A0}"
                case "N": "\u{85}"
                case "L": "\u{2028}"
                case "P": "\u{2029}"
                default: e
                }
            out.append((decoded, mark))
            k += 2
        }
        return out
    }

    private static func singleQuoted(_ source: ArraySlice<(Unicode.Scalar, Mark)>) -> [(Unicode.Scalar, Mark)] {
        var out: [(Unicode.Scalar, Mark)] = []
        out.reserveCapacity(source.count)
        var k = source.startIndex
        while k < source.endIndex {
            out.append(source[k])
            // `''` is one quote of the value.
            k += source[k].0 == "'" && k + 1 < source.endIndex && source[k + 1].0 == "'" ? 2 : 1
        }
        return out
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space, answered without the property tables for ASCII,
    /// which is nearly every character of an expression.
    fileprivate var isSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}
