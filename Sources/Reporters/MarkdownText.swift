import Vocabulary

/// Text from the catalog or the rules as it enters a Markdown output (`check`,
/// `report` and `diff --format markdown`), made inert for GitHub-flavoured
/// Markdown and for GitHub's own filters (SPEC §8.6): it cannot add a table row
/// or cell, a heading, a link, an image, an autolink, emphasis, a code span, an
/// HTML tag or entity, math, a mention or an issue reference. What a reader
/// sees is the text as written.
///
/// - Markdown punctuation (`\ ` * _ ~ [ ] < > & | ! # $`) is backslash-escaped.
///   `<` and `&` so escaped cannot open a tag, an autolink `<http://…>` or an
///   entity; `[` and `]` cannot make a link or an image.
/// - Line breaks become `<br>` (which a table cell renders), so a value cannot
///   end a table row or a list item; other controls and bidirectional marks
///   are shown as `HarmlessText` shows them (`\u{1B}`).
/// - Mentions (`@name`), issue references (`#12`), e-mail addresses and bare
///   URLs (`http://…`, `www.…`) are recognised by GitHub in the rendered text,
///   after backslash escapes and entities (`&#64;`) have been decoded, so
///   neither prevents them. A WORD JOINER (U+2060, invisible and of no width)
///   goes after the `@`, after the `#`, between `:` and `//`, and between
///   `www` and `.`: the text looks the same and no longer matches.
///
/// Every function here is one pass over the text (code spans are matched with
/// a cursor per fence width, as CommonMark's reference parser does), and the
/// output is at most a few times the input's length.
public enum MarkdownText {
    /// U+2060 WORD JOINER: no width, no line break opportunity.
    static let joiner: Unicode.Scalar = "\u{2060}"

    /// Plain text for a table cell, a list item or a heading.
    public static func plain(_ text: String) -> String {
        let scalars = Array(HarmlessText.escape(text, keepingLineBreaks: true).unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var index = 0
        func next(_ offset: Int) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\r":
                out.append(contentsOf: "<br>".unicodeScalars)
                if next(1) == "\n" { index += 1 }
            case "\n":
                out.append(contentsOf: "<br>".unicodeScalars)
            case "\\", "`", "*", "_", "~", "[", "]", "<", ">", "&", "|", "!", "$":
                out.append("\\")
                out.append(scalar)
            case "#":
                out.append(contentsOf: "\\#".unicodeScalars)
                if let following = next(1), isDigit(following) { out.append(joiner) }
            case "@":
                out.append(scalar)
                if let following = next(1), isLetterOrDigit(following) { out.append(joiner) }
            case ":":
                out.append(scalar)
                if next(1) == "/" && next(2) == "/" { out.append(joiner) }
            case "w", "W":
                // `www.` starts a link where a word starts; the joiner goes before the dot.
                if let a = next(1), let b = next(2), next(3) == ".", a == "w" || a == "W", b == "w" || b == "W" {
                    out.append(scalar)
                    out.append(a)
                    out.append(b)
                    out.append(joiner)
                    index += 3
                    continue
                }
                out.append(scalar)
            default:
                out.append(scalar)
            }
            index += 1
        }
        return String(out)
    }

    /// `text` as one code span: its fence one backtick longer than the
    /// longest run of backticks in it, line breaks and controls shown as
    /// `\n` and `\u{1B}`, and in a table `|` as `\|` (which GitHub's tables
    /// read as a pipe even inside a code span, and which is literal elsewhere).
    public static func code(_ text: String, inTable: Bool = true) -> String {
        let content = codeContent(text, inTable: inTable)
        guard !content.isEmpty else { return "` `" }
        var longest = 0
        var run = 0
        for byte in content.utf8 {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        // A code span drops one space at each end when both ends have one,
        // and cannot start or end with its fence's character: pad with a space.
        let first = content.utf8.first
        let last = content.utf8.last
        let pad =
            first == UInt8(ascii: "`") || last == UInt8(ascii: "`")
            || (first == UInt8(ascii: " ") && last == UInt8(ascii: " ") && content.utf8.contains { $0 != UInt8(ascii: " ") })
            ? " " : ""
        return fence + pad + content + pad + fence
    }

    /// A message as written, its `code spans` kept as code spans and the rest
    /// escaped as `plain`. Spans are matched as CommonMark matches them — a
    /// run of backticks closes at the next run of exactly its width, and a
    /// run that nothing closes is literal — so what renders as code is what
    /// the message's author and the renderer both take for code.
    public static func inline(_ text: String, inTable: Bool = true) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var plainStart = 0
        for span in codeSpans(scalars, counts: { _ in true }) {
            out += plain(slice(scalars, plainStart..<span.open))
            let fence = String(repeating: "`", count: span.width)
            out += fence + codeContent(slice(scalars, (span.open + span.width)..<span.close), inTable: inTable) + fence
            plainStart = span.close + span.width
        }
        return out + plain(slice(scalars, plainStart..<scalars.count))
    }

    /// A rule's message: code spans are matched in the author's words only, so
    /// a backtick in a value from the catalog is shown as a backtick; a span
    /// that holds a value is written with a fence longer than the value's
    /// backtick runs. Everything outside spans is escaped as `plain`.
    public static func inline(segments: [RuleText.Segment], inTable: Bool = true) -> String {
        var scalars: [Unicode.Scalar] = []
        var isValue: [Bool] = []
        for segment in segments {
            for scalar in segment.text.unicodeScalars {
                scalars.append(scalar)
                isValue.append(segment.isValue)
            }
        }
        var out = ""
        var plainStart = 0
        for span in codeSpans(scalars, counts: { !isValue[$0] }) {
            out += plain(slice(scalars, plainStart..<span.open))
            out += code(slice(scalars, (span.open + span.width)..<span.close), inTable: inTable)
            plainStart = span.close + span.width
        }
        return out + plain(slice(scalars, plainStart..<scalars.count))
    }

    /// The code spans of `scalars` as CommonMark matches them — a run of
    /// backticks closes at the next run of exactly its width, and a run that
    /// nothing closes is literal —, counting only the backticks at offsets
    /// for which `counts` holds: where each span opens, its fence's width,
    /// and where its closing run starts.
    private static func codeSpans(
        _ scalars: [Unicode.Scalar], counts: (Int) -> Bool
    ) -> [(open: Int, width: Int, close: Int)] {
        // Every maximal run of counted backticks, in order.
        var runs: [(start: Int, width: Int)] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "`", counts(index) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, scalars[index] == "`", counts(index) { index += 1 }
            runs.append((start, index - start))
        }
        // The runs of each width, and a cursor into each list that only moves
        // forward: finding a closing run is amortized constant time, so the
        // whole is linear (the first version searched ahead from every
        // opening run, quadratic on a code made of backtick runs).
        var byWidth: [Int: [Int]] = [:]
        for (number, run) in runs.enumerated() { byWidth[run.width, default: []].append(number) }
        var cursor: [Int: Int] = [:]
        var spans: [(open: Int, width: Int, close: Int)] = []
        var number = 0
        while number < runs.count {
            let run = runs[number]
            let candidates = byWidth[run.width] ?? []
            var position = cursor[run.width] ?? 0
            while position < candidates.count && candidates[position] <= number { position += 1 }
            cursor[run.width] = position
            guard position < candidates.count else {
                number += 1  // Nothing closes it: literal backticks, escaped with the plain text.
                continue
            }
            spans.append((run.start, run.width, runs[candidates[position]].start))
            number = candidates[position] + 1
        }
        return spans
    }

    private static func slice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The inside of a code span: no line break, no control, and in a table no bare `|`.
    private static func codeContent(_ text: String, inTable: Bool) -> String {
        let shown = HarmlessText.escape(text)
        guard inTable, shown.utf8.contains(UInt8(ascii: "|")) else { return shown }
        var out = ""
        out.reserveCapacity(shown.utf8.count + 8)
        for character in shown.unicodeScalars {
            if character == "|" { out += "\\" }
            out.unicodeScalars.append(character)
        }
        return out
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
