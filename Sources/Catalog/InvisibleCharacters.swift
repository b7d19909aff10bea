/// Characters that do not show, or that look like others, in text pasted from
/// office documents and web pages (SPEC §8.3): each found with its place and
/// Unicode name, so a finding can say `U+00A0 NO-BREAK SPACE at column 24`,
/// and the text as `fix` cleans it.
public enum InvisibleCharacters {
    public enum Kind: Sendable, Equatable {
        /// U+00A0, U+2007, U+202F: look like a space, are not one.
        case noBreakSpace
        /// U+200B–U+200D, U+2060, U+FEFF: show as nothing.
        case zeroWidth
        /// U+00AD: shows only where a line is broken.
        case softHyphen
        /// U+2028, U+2029 and NEL (U+0085): line breaks most tools do not show.
        case lineSeparator
        /// A line break at the end of the text (a cell or a `|` block's last
        /// newline).
        case trailingLineBreak
        /// Another C0 or C1 control character, or DEL.
        case control
        /// In an identifier: any character beyond ASCII (a Cyrillic `а`, a
        /// Vietnamese `đ` in a code).
        case notASCII
    }

    public struct Found: Sendable, Equatable {
        public var scalar: Unicode.Scalar
        public var kind: Kind
        /// 1-based, within the text: the line (after the text's own line
        /// breaks) and the column in Unicode scalars, as marks count.
        public var line: Int
        public var column: Int

        /// `U+00A0 NO-BREAK SPACE`.
        public var name: String { InvisibleCharacters.name(of: scalar) }
    }

    public struct Scan: Sendable, Equatable {
        public var found: [Found]
        /// The text with invisible characters and controls removed, no-break
        /// spaces and line separators made spaces, and line breaks at the end
        /// trimmed. Look-alike letters stay: which letter was meant is not for
        /// a tool to guess.
        public var cleaned: String
    }

    /// Looks through `text`. An `identifier` (code, sector id, trait name,
    /// enum value) may hold nothing but ASCII and no control at all; other
    /// text may hold tabs and line breaks inside it.
    public static func scan(_ text: String, identifier: Bool = false) -> Scan {
        let scalars = Array(text.unicodeScalars)
        // Where the trailing line breaks start.
        var trailing = scalars.count
        while trailing > 0, ["\n", "\r"].contains(scalars[trailing - 1]) { trailing -= 1 }
        var found: [Found] = []
        var cleaned = String.UnicodeScalarView()
        var line = 1
        var column = 1
        for (index, scalar) in scalars.enumerated() {
            let kind: Kind?
            if index >= trailing {
                kind = .trailingLineBreak
            } else if let invisible = invisibleKind(scalar) {
                kind = invisible
            } else if isControl(scalar) {
                let allowed =
                    !identifier
                    && (scalar == "\t" || scalar == "\n" || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"))
                kind = allowed ? nil : .control
            } else if identifier && !scalar.isASCII {
                kind = .notASCII
            } else {
                kind = nil
            }
            if let kind { found.append(Found(scalar: scalar, kind: kind, line: line, column: column)) }
            switch kind {
            case nil, .notASCII: cleaned.append(scalar)
            case .noBreakSpace, .lineSeparator: cleaned.append(" ")
            case .zeroWidth, .softHyphen, .control, .trailingLineBreak: break
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return Scan(found: found, cleaned: String(cleaned))
    }

    /// Whether nothing is left of `text` once invisible characters, controls
    /// and spaces of any kind are taken away: a name made only of those is no
    /// name.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy {
            $0.properties.isWhitespace || invisibleKind($0) != nil || isControl($0)
        }
    }

    /// `U+00A0 NO-BREAK SPACE`; controls by their Unicode alias (`U+0009
    /// CHARACTER TABULATION`), other unnamed scalars as `<unnamed>`.
    public static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let name = scalar.properties.name ?? scalar.properties.nameAlias ?? controlNames[scalar.value]
            ?? (isControl(scalar) ? "<control>" : "<unnamed>")
        return "\(code) \(name)"
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD: true
        default: false
        }
    }

    private static func invisibleKind(_ scalar: Unicode.Scalar) -> Kind? {
        switch scalar.value {
        case 0xA0, 0x2007, 0x202F: .noBreakSpace
        case 0x200B...0x200D, 0x2060, 0xFEFF: .zeroWidth
        case 0xAD: .softHyphen
        case 0x85, 0x2028, 0x2029: .lineSeparator
        default: nil
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The aliases Unicode gives the controls people meet (the platform's
    /// tables may have no name for them).
    private static let controlNames: [UInt32: String] = [
        0x00: "NULL", 0x07: "ALERT", 0x08: "BACKSPACE", 0x09: "CHARACTER TABULATION", 0x0A: "LINE FEED",
        0x0B: "LINE TABULATION", 0x0C: "FORM FEED", 0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE",
        0x85: "NEXT LINE",
    ]
}
