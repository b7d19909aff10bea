/// The parts of a literal (`|`) or folded (`>`) scalar's token that a rewrite
/// must tell apart. libyaml's token runs from the indicator to the start of the
/// next line after the block, trailing blank lines included; a rewrite replaces
/// only up to the end of the last line with content, so the line break that
/// ends it, the blank lines after it and the next line's indentation stay.
struct BlockScalarToken {
    /// The header line without its line break: `|-`, `>2 # comment`.
    var header: Range<Int>
    /// What follows the indicators on the header line (spaces and a comment).
    var headerTail: Range<Int>
    /// Whether the header carries an indentation indicator (`|2`).
    var hasIndentationIndicator: Bool
    /// The header's line break (`\n` or `\r\n`); nil when the file ends there.
    var lineBreak: [UInt8]?
    /// The part a rewrite replaces: the indicator to the end of the last
    /// content line.
    var replaced: Range<Int>
    /// The spaces before the first content line, when there is one.
    var indentation: Int?
    /// How many content lines are not empty.
    var contentLines: Int

    init(_ token: Range<Int>, in bytes: [UInt8]) {
        let start = token.lowerBound
        let end = min(token.upperBound, bytes.count)
        var headerEnd = start
        while headerEnd < end && bytes[headerEnd] != 0x0A && bytes[headerEnd] != 0x0D { headerEnd += 1 }
        header = start..<headerEnd
        var indicatorsEnd = min(start + 1, headerEnd)
        var digit = false
        while indicatorsEnd < headerEnd, [UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[indicatorsEnd])
            || (0x31...0x39).contains(bytes[indicatorsEnd])
        {
            digit = digit || (0x31...0x39).contains(bytes[indicatorsEnd])
            indicatorsEnd += 1
        }
        headerTail = indicatorsEnd..<headerEnd
        hasIndentationIndicator = digit
        if headerEnd < end {
            lineBreak = bytes[headerEnd] == 0x0D && headerEnd + 1 < end && bytes[headerEnd + 1] == 0x0A ? [0x0D, 0x0A] : [bytes[headerEnd]]
        }
        // The last byte of content, then the end of its line.
        var last = end
        while last > headerEnd && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[last - 1]) { last -= 1 }
        var contentEnd = headerEnd
        if last > headerEnd {
            contentEnd = last
            while contentEnd < end && bytes[contentEnd] != 0x0A && bytes[contentEnd] != 0x0D { contentEnd += 1 }
        }
        replaced = start..<contentEnd
        // Count the content lines and the first one's indentation.
        indentation = nil
        contentLines = 0
        var lineStart = headerEnd
        while lineStart < contentEnd {
            while lineStart < contentEnd && (bytes[lineStart] == 0x0A || bytes[lineStart] == 0x0D) { lineStart += 1 }
            var at = lineStart
            while at < contentEnd && bytes[at] == 0x20 { at += 1 }
            var lineEnd = at
            while lineEnd < contentEnd && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
            if at < lineEnd {
                contentLines += 1
                if indentation == nil { indentation = at - lineStart }
            }
            lineStart = lineEnd
        }
    }
}
