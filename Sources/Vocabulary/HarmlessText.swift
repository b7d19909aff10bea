/// Text from the catalog or the rules as it may reach a terminal, a log or
/// standard error (SPEC §8.6): every character that could act on the reader's
/// screen instead of being read is shown as a Swift-style escape.
///
/// - C0 controls, DEL and C1 controls (ESC starts a terminal's escape
///   sequences; BEL, backspace and carriage return rewrite what is shown):
///   `\u{1B}`, with `\n`, `\r` and `\t` for the three everyone knows;
/// - bidirectional marks, embeddings, overrides and isolates (U+061C,
///   U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which reorder what
///   follows them on the line ("Trojan Source");
/// - the line and paragraph separators U+2028 and U+2029, and NEL (U+0085,
///   a C1 control), which some viewers break lines at.
///
/// Line feeds are escaped too unless the caller lays them out itself
/// (`keepingLineBreaks`), so a value written `"a\nb"` cannot print a line of
/// its own — a forged `catalog/x.yaml:1:1: error: …` line. The notation is for
/// reading, not for reading back: a backslash is left as it is, so a name that
/// spells `\n` looks like one that holds a line break, and neither harms.
public enum HarmlessText {
    /// `text` with its harmful characters escaped; line breaks (LF, CR and
    /// CR LF) kept as they are when `keepingLineBreaks`.
    public static func escape(_ text: String, keepingLineBreaks: Bool = false) -> String {
        // Most text is harmless: return it as it is without building a copy.
        guard text.unicodeScalars.contains(where: { isHarmful($0) && !(keepingLineBreaks && isLineBreak($0)) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isHarmful(scalar), !(keepingLineBreaks && isLineBreak(scalar)) else {
                out.append(scalar)
                continue
            }
            out.append(contentsOf: notation(scalar).unicodeScalars)
        }
        return String(out)
    }

    /// Whether `scalar` is shown escaped.
    public static func isHarmful(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x2028, 0x2029: true
        default: false
        }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r"
    }

    /// `\n`, `\r`, `\t`, else `\u{X}` in upper-case hex without padding.
    private static func notation(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
