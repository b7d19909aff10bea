import Reporters
import Testing

/// SPEC §8.6: catalog text in the Markdown outputs of `check`, `report` and
/// `diff` cannot add rows, cells, links, images, emphasis, code, HTML,
/// mentions or issue references, whatever it holds — and escaping it takes
/// time and space in proportion to it.
@Suite struct MarkdownTextTests {
    static let wj = "\u{2060}"

    static let plainTable: [(input: String, shown: String, why: String)] = [
        ("Cấp giấy phép xây dựng", "Cấp giấy phép xây dựng", "ordinary text stays as it is"),
        ("a | b", "a \\| b", "a pipe cannot start another cell"),
        ("a\nb\r\nc\rd", "a<br>b<br>c<br>d", "a line break cannot end the row or the list item"),
        ("[x](http://e.vil)", "\\[x\\](http:\(wj)//e.vil)", "no link, and the URL is not linked either"),
        ("![i](a.png)", "\\!\\[i\\](a.png)", "no image"),
        ("<http://e.vil>", "\\<http:\(wj)//e.vil\\>", "no autolink"),
        ("see https://e.vil/x", "see https:\(wj)//e.vil/x", "a bare URL is not linked (GFM autolink extension)"),
        ("www.e.vil and WWW.E.VIL", "www\(wj).e.vil and WWW\(wj).E.VIL", "nor a bare www. address"),
        ("*em* _u_ ~s~ **b**", "\\*em\\* \\_u\\_ \\~s\\~ \\*\\*b\\*\\*", "no emphasis or strikethrough"),
        ("`code`", "\\`code\\`", "no code span"),
        ("<b>bold</b> <img src=x onerror=y>", "\\<b\\>bold\\</b\\> \\<img src=x onerror=y\\>", "no HTML tag"),
        ("&amp; &#64;", "\\&amp; \\&\\#\(wj)64;", "no entity"),
        ("@octocat @org/team", "@\(wj)octocat @\(wj)org/team", "no mention (GitHub reads the rendered text)"),
        ("a@b.vn", "a@\(wj)b.vn", "no e-mail link"),
        ("#12 and owner/repo#3", "\\#\(wj)12 and owner/repo\\#\(wj)3", "no issue reference"),
        ("Điều 5 # a", "Điều 5 \\# a", "a # not before a digit is only escaped (no closing heading sequence)"),
        ("$x$ 50%", "\\$x\\$ 50%", "no math"),
        ("C:\\dir", "C:\\\\dir", "a backslash cannot escape what follows it"),
        ("a\u{1B}[31m\u{202E}b", "a\\\\u{1B}\\[31m\\\\u{202E}b", "controls and bidi marks shown as in text"),
    ]

    @Test("plain text is inert Markdown that shows the text as written", arguments: plainTable.indices)
    func plain(_ index: Int) {
        let row = Self.plainTable[index]
        #expect(MarkdownText.plain(row.input) == row.shown, "\(row.why)")
    }

    @Test("a code span's fence outgrows any backtick run in it; pipes escaped only in a table")
    func codeSpans() {
        #expect(MarkdownText.code("1.001234.H37") == "`1.001234.H37`")
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.code("`a") == "`` `a ``")
        #expect(MarkdownText.code(" a ") == "`  a  `", "one space each side is dropped by the renderer")
        #expect(MarkdownText.code("a|b") == "`a\\|b`")
        #expect(MarkdownText.code("a|b", inTable: false) == "`a|b`")
        #expect(MarkdownText.code("a\nb\u{1B}") == "`a\\nb\\u{1B}`", "a line break cannot end the row")
        #expect(MarkdownText.code("@x #1 http://y") == "`@x #1 http://y`", "GitHub links nothing in code")
        #expect(MarkdownText.code("") == "` `")
    }

    @Test("a message keeps its code spans, matched as CommonMark matches them, and escapes the rest")
    func inlineMessages() {
        #expect(MarkdownText.inline("x `a|b` y*") == "x `a\\|b` y\\*")
        #expect(MarkdownText.inline("an ` unmatched") == "an \\` unmatched")
        #expect(MarkdownText.inline("``a`b`` c") == "``a`b`` c")
        #expect(MarkdownText.inline("`a` ``` `b`") == "`a` \\`\\`\\` `b`", "a run nothing closes is literal")
        #expect(MarkdownText.inline("``x` ``y``") == "``x` ``y\\`\\`", "a run closes only at a run of its own width")
        #expect(MarkdownText.inline("code `1.0\n::x` @me") == "code `1.0\\n::x` @\(Self.wj)me")
        #expect(MarkdownText.inline("`a`", inTable: false) == "`a`")
    }

    /// `count` backtick runs of widths 1, 2, 3, … that nothing closes, then
    /// `tail`: the worst case of searching ahead from every opening run.
    static func growingRuns(bytes: Int, tail: String = "") -> String {
        var text = ""
        var width = 1
        while text.utf8.count + width + 1 <= bytes {
            text += String(repeating: "`", count: width) + "x"
            width += 1
        }
        return text + tail
    }

    @Test("a megabyte of backtick runs is escaped in one pass: every run literal, output twice the input")
    func megabyteOfUnmatchedRuns() {
        let input = Self.growingRuns(bytes: 1 << 20)
        let output = MarkdownText.inline(input)
        let backticks = input.utf8.count { $0 == UInt8(ascii: "`") }
        // Each backtick escaped once, nothing else added: exactly twice the backticks.
        #expect(output.utf8.count == input.utf8.count + backticks)
        #expect(!output.contains("x`"), "no backtick left unescaped")
    }

    @Test("a megabyte of runs that each close at the next one of its width: spans kept, output the input's size")
    func megabyteOfMatchedRuns() {
        // Widths 1…k, then k…1: the run of width w opens at the start and closes
        // at its mirror, so the outermost span swallows everything between.
        var left = ""
        var right = ""
        var width = 1
        while left.utf8.count * 2 < 1 << 20 {
            left += String(repeating: "`", count: width) + "a"
            right = "a" + String(repeating: "`", count: width) + right
            width += 1
        }
        let input = left + "|" + right
        let output = MarkdownText.inline(input)
        #expect(output.hasPrefix("`a``a"))
        #expect(output.utf8.count == input.utf8.count + 1, "only the pipe inside the span gains a backslash")
    }

    @Test("plain text, a code span and a message stay on one line and within three times a hostile megabyte")
    func outputIsBoundedByTheInput() {
        let hostile = Self.growingRuns(bytes: 1 << 20, tail: "|\n@a#1<&>*_~[]!$\u{1B}\u{202E}")
        for output in [MarkdownText.plain(hostile), MarkdownText.code(hostile), MarkdownText.inline(hostile)] {
            #expect(output.utf8.count <= 3 * hostile.utf8.count + 64)
            #expect(!output.contains("\n"), "one line: it cannot end a table row")
        }
    }
}
