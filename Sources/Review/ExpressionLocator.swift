import Catalog
import Vocabulary
import YAMLTree

/// Maps an offset inside a YAML scalar's value back to the line and column of
/// the file, so an error inside a rule's expression points at its token —
/// whether the scalar is plain, quoted or a block, on one line or several.
///
/// The source after the scalar's start is decoded as its style reads it
/// (escapes of double quotes, `''` of single quotes, block headers skipped),
/// each character keeping its mark; the value is then aligned with that
/// stream: equal characters advance both, and a run of whitespace (a folded
/// line break, an indentation) matches a run of whitespace.
public enum ExpressionLocator {
    /// `offset` counts Unicode scalars of `value`, the NFC text that was
    /// compiled; the node's own scalar is the text as written.
    public static func mark(ofOffset offset: Int, in value: String, scalar node: Node, fileText: String) -> Mark {
        let written = node.scalar ?? value
        let target = Array(written.unicodeScalars)
        let stream = decodedSource(node, fileText: fileText, budget: target.count * 4 + 4096)
        let end = min(writtenOffset(offset, nfc: value, written: written), target.count)
        var i = 0
        var j = 0
        while i < end && j < stream.count {
            if target[i].properties.isWhitespace {
                while i < end && target[i].properties.isWhitespace { i += 1 }
                while j < stream.count && stream[j].0.properties.isWhitespace { j += 1 }
                continue
            }
            while j < stream.count && stream[j].0 != target[i] { j += 1 }
            i += 1
            j += 1
        }
        if end < target.count {
            while j < stream.count && stream[j].0 != target[end] { j += 1 }
        }
        return j < stream.count ? stream[j].1 : node.mark
    }

    /// The offset in the written text of the character at `offset` in its NFC
    /// form: Vietnamese pasted as NFD has more scalars than its NFC.
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

    /// The characters of the file from the scalar on, as the scalar's style
    /// reads them, each with the mark where it is written.
    static func decodedSource(_ node: Node, fileText: String, budget: Int) -> [(Unicode.Scalar, Mark)] {
        // Lines as libyaml counts them: CRLF, CR and LF each end a line, and a
        // byte-order mark takes no column.
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
        switch node.scalarStyle {
        case .doubleQuoted?: return doubleQuoted(raw.dropFirst())
        case .singleQuoted?: return singleQuoted(raw.dropFirst())
        case .literal?, .folded?:
            // Content starts on the line after the `|` or `>` header.
            return Array(raw.drop { $0.0 != "\n" })
        default: return raw
        }
    }

    private static func doubleQuoted(_ source: ArraySlice<(Unicode.Scalar, Mark)>) -> [(Unicode.Scalar, Mark)] {
        var out: [(Unicode.Scalar, Mark)] = []
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
        var k = source.startIndex
        while k < source.endIndex {
            out.append(source[k])
            // `''` is one quote of the value.
            k += source[k].0 == "'" && k + 1 < source.endIndex && source[k + 1].0 == "'" ? 2 : 1
        }
        return out
    }
}
