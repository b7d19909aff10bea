import Catalog
import Testing

/// `InvisibleCharacters`: what hides in pasted text, where, by its Unicode
/// name, and the text cleaned.
@Suite("InvisibleCharacters: named, placed and cleaned")
struct InvisibleCharactersTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var text: String
        var identifier: Bool
        /// `name@line:column` of each character found.
        var found: [String]
        var cleaned: String
        var testDescription: String { "\(identifier ? "identifier" : "text") \(text.unicodeScalars.map { $0.isASCII ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined())" }

        init(_ text: String, identifier: Bool = false, _ found: [String], _ cleaned: String) {
            self.text = text
            self.identifier = identifier
            self.found = found
            self.cleaned = cleaned
        }
    }

    @Test("found and cleaned", arguments: [
        Row("Tư pháp", [], "Tư pháp"),
        Row("Sở\u{A0}Tư pháp", ["U+00A0 NO-BREAK SPACE@1:3"], "Sở Tư pháp"),
        Row("1.001234.000.00.00.H37\u{A0}", identifier: true, ["U+00A0 NO-BREAK SPACE@1:23"], "1.001234.000.00.00.H37 "),
        Row("a\u{202F}b\u{2007}c", ["U+202F NARROW NO-BREAK SPACE@1:2", "U+2007 FIGURE SPACE@1:4"], "a b c"),
        Row("tu\u{200B}-phap", identifier: true, ["U+200B ZERO WIDTH SPACE@1:3"], "tu-phap"),
        Row("\u{FEFF}code", ["U+FEFF ZERO WIDTH NO-BREAK SPACE@1:1"], "code"),
        Row("a\u{200C}b\u{200D}c\u{2060}d", ["U+200C ZERO WIDTH NON-JOINER@1:2", "U+200D ZERO WIDTH JOINER@1:4", "U+2060 WORD JOINER@1:6"], "abcd"),
        Row("thẩm\u{AD}định", ["U+00AD SOFT HYPHEN@1:5"], "thẩmđịnh"),
        Row("a\u{2028}b\u{2029}c", ["U+2028 LINE SEPARATOR@1:2", "U+2029 PARAGRAPH SEPARATOR@1:4"], "a b c"),
        Row("a\u{85}b", ["U+0085 NEXT LINE@1:2"], "a b"),
        Row("H37\n", identifier: true, ["U+000A LINE FEED@1:4"], "H37"),
        Row("Tên\r\n", ["U+000D CARRIAGE RETURN@1:4", "U+000A LINE FEED@1:5"], "Tên"),
        Row("dòng 1\ndòng 2\n\n", ["U+000A LINE FEED@2:7", "U+000A LINE FEED@3:1"], "dòng 1\ndòng 2"),
        Row("dòng 1\r\ndòng\t2", [], "dòng 1\r\ndòng\t2"),
        Row("a\u{07}b\u{1B}c\u{7F}d", ["U+0007 ALERT@1:2", "U+001B ESCAPE@1:4", "U+007F DELETE@1:6"], "abcd"),
        Row("a\u{9B}b", ["U+009B <control>@1:2"], "ab"),
        Row("a\rb", ["U+000D CARRIAGE RETURN@1:2"], "ab"),
        Row("co\tde", identifier: true, ["U+0009 CHARACTER TABULATION@1:3"], "code"),
        Row("ab\ncd", identifier: true, ["U+000A LINE FEED@1:3"], "abcd"),
        Row("tu-ph\u{430}p", identifier: true, ["U+0430 CYRILLIC SMALL LETTER A@1:6"], "tu-ph\u{430}p"),
        Row("\u{111}at-dai", identifier: true, ["U+0111 LATIN SMALL LETTER D WITH STROKE@1:1"], "\u{111}at-dai"),
        Row("1.00123\u{41D}.H37", identifier: true, ["U+041D CYRILLIC CAPITAL LETTER EN@1:8"], "1.00123\u{41D}.H37"),
        Row("H\u{FF13}7", identifier: true, ["U+FF13 FULLWIDTH DIGIT THREE@1:2"], "H\u{FF13}7"),
        Row("tư-pháp", identifier: true, ["U+01B0 LATIN SMALL LETTER U WITH HORN@1:2", "U+00E1 LATIN SMALL LETTER A WITH ACUTE@1:6"], "tư-pháp"),
        Row("tư pháp", [], "tư pháp"),
        Row("x\u{E000}", identifier: true, ["U+E000 <unnamed>@1:2"], "x\u{E000}"),
        Row("🎉\u{A0}", ["U+00A0 NO-BREAK SPACE@1:2"], "🎉 "),
        Row("e\u{301}\u{A0}", ["U+00A0 NO-BREAK SPACE@1:3"], "e\u{301} "),
    ])
    func scan(_ row: Row) {
        let scan = InvisibleCharacters.scan(row.text, identifier: row.identifier)
        #expect(scan.found.map { "\($0.name)@\($0.line):\($0.column)" } == row.found)
        #expect(scan.cleaned == row.cleaned)
    }

    @Test("each character found says what kind it is")
    func kinds() {
        let found = InvisibleCharacters.scan("\u{A0}\u{200B}\u{AD}\u{2028}\u{1}а\n", identifier: true).found.map(\.kind)
        #expect(found == [.noBreakSpace, .zeroWidth, .softHyphen, .lineSeparator, .control, .notASCII, .trailingLineBreak])
    }

    @Test("blank once invisible characters are gone", arguments: [
        ("", true), (" ", true), ("\u{A0}", true), ("\u{200B}\u{FEFF}", true), (" \u{AD}\n\t", true), ("\u{2028}", true),
        ("\u{1}", true), ("a", false), ("\u{200B}a", false), (".", false), ("\u{430}", false),
    ])
    func blank(_ text: String, _ isBlank: Bool) {
        #expect(InvisibleCharacters.isBlank(text) == isBlank)
    }
}
