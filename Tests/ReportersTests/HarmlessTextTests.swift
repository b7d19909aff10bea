import Testing
import Vocabulary

/// SPEC §8.6: what a text output or standard error shows for each kind of
/// character that could act on the reader's terminal instead of being read.
@Suite struct HarmlessTextTests {
    static let table: [(input: String, shown: String, why: String)] = [
        ("Tư pháp 1.001234", "Tư pháp 1.001234", "ordinary text, Vietnamese included, stays as it is"),
        ("a\u{1B}[31mred", "a\\u{1B}[31mred", "ESC cannot start a color or cursor sequence"),
        ("\u{1B}]8;;http://x\u{7}link", "\\u{1B}]8;;http://x\\u{7}link", "nor a hyperlink (OSC 8, ended by BEL)"),
        ("a\nb", "a\\nb", "a line feed cannot start a line of its own"),
        ("a\r\nb\rc", "a\\r\\nb\\rc", "nor can a carriage return overwrite the line"),
        ("a\tb", "a\\tb", "a tab is a C0 control too"),
        ("\u{0}\u{8}\u{1F}", "\\u{0}\\u{8}\\u{1F}", "other C0 controls, hex upper-case without padding"),
        ("\u{7F}", "\\u{7F}", "DEL"),
        ("\u{80}\u{85}\u{9B}\u{9F}", "\\u{80}\\u{85}\\u{9B}\\u{9F}", "C1 controls: NEL and the 8-bit CSI among them"),
        ("gnp\u{202E}exe.txt", "gnp\\u{202E}exe.txt", "a right-to-left override cannot reorder the line"),
        ("\u{202A}\u{202B}\u{202C}\u{202D}", "\\u{202A}\\u{202B}\\u{202C}\\u{202D}", "embeddings and the pop"),
        ("\u{2066}\u{2067}\u{2068}\u{2069}", "\\u{2066}\\u{2067}\\u{2068}\\u{2069}", "isolates"),
        ("\u{200E}\u{200F}\u{61C}", "\\u{200E}\\u{200F}\\u{61C}", "directional marks"),
        ("a\u{2028}b\u{2029}c", "a\\u{2028}b\\u{2029}c", "line and paragraph separators"),
        ("\u{200B}\u{A0}\u{AD}\u{FEFF}", "\u{200B}\u{A0}\u{AD}\u{FEFF}", "invisible but inert characters are left alone"),
        ("C:\\n", "C:\\n", "a backslash is not escaped: the notation is for reading"),
    ]

    @Test("each harmful character is shown as a Swift-style escape", arguments: table.indices)
    func escapes(_ index: Int) {
        let row = Self.table[index]
        #expect(HarmlessText.escape(row.input) == row.shown, "\(row.why)")
    }

    @Test("keeping line breaks leaves LF, CR and CR LF for the caller's layout, and still escapes the rest")
    func keepingLineBreaks() {
        #expect(HarmlessText.escape("a\nb\r\nc\u{1B}[2J", keepingLineBreaks: true) == "a\nb\r\nc\\u{1B}[2J")
        #expect(HarmlessText.escape("a\u{2028}b", keepingLineBreaks: true) == "a\\u{2028}b")
    }

    @Test("the escaped text holds no harmful character, whatever the input")
    func nothingHarmfulSurvives() {
        var everything = String.UnicodeScalarView()
        for value in UInt32(0)...0x2100 {
            if let scalar = Unicode.Scalar(value) { everything.append(scalar) }
        }
        let shown = HarmlessText.escape(String(everything))
        #expect(!shown.unicodeScalars.contains(where: HarmlessText.isHarmful))
    }
}
