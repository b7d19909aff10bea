/// Rewrites the text of chosen scalars of a YAML file and leaves every other
/// byte as it was: comments, key order, blank lines, the quoting of the other
/// scalars, CR LF line endings and a byte-order mark. What `tthc fix` and
/// `tthc import` write with (SPEC §8.5).
///
/// Each new text is written in the scalar's style when that style can hold it
/// (a plain scalar stays plain if the text is safe bare in its context, a
/// single-quoted one stays single-quoted on one line, a literal block keeps its
/// header and indentation), and in double quotes otherwise.
public struct ScalarRewriter: Sendable {
    /// One scalar to rewrite.
    public struct Edit: Sendable, Equatable {
        /// The scalar's token in the original bytes (`Node.sourceRange`).
        public var range: Range<Int>
        /// The style the scalar is written in now.
        public var style: Node.ScalarStyle
        /// Whether the scalar is inside `[ ]` or `{ }`, where `,[]{}` and `:`
        /// cannot be written bare.
        public var inFlowCollection: Bool
        /// The text the scalar holds now, if known: an edit to the same text
        /// changes nothing, and a literal block needs it to keep its form.
        public var current: String?
        /// The new text.
        public var value: String
        /// A style to write in instead of the current one where it can hold
        /// the text (`fix` writes a duration of `"10 ngày"` as a bare `10`).
        public var preferredStyle: Node.ScalarStyle?

        public init(
            range: Range<Int>, style: Node.ScalarStyle, inFlowCollection: Bool = false, current: String? = nil,
            value: String, preferredStyle: Node.ScalarStyle? = nil
        ) {
            self.range = range
            self.style = style
            self.inFlowCollection = inFlowCollection
            self.current = current
            self.value = value
            self.preferredStyle = preferredStyle
        }

        /// An edit of a loaded scalar node; nil for a collection.
        public init?(_ node: Node, to value: String, preferredStyle: Node.ScalarStyle? = nil) {
            guard let current = node.scalar, let style = node.scalarStyle else { return nil }
            self.init(
                range: node.sourceRange, style: style, inFlowCollection: node.isInFlowCollection, current: current,
                value: value, preferredStyle: preferredStyle)
        }

        /// Whether the edit would leave the scalar as it is.
        var changesNothing: Bool { current == value && (preferredStyle ?? style) == style }
    }

    /// Where one edit landed: the original bytes it replaced and the new bytes
    /// in the output (for a diff, or to check that nothing else moved).
    public struct Replacement: Sendable, Equatable {
        public var original: Range<Int>
        public var written: Range<Int>
    }

    public struct Rewrite: Sendable, Equatable {
        public var bytes: [UInt8]
        /// In the order of the file.
        public var replacements: [Replacement]
    }

    public enum Failure: Error, Sendable, Equatable {
        /// Two edits touch the same bytes.
        case overlapping(Range<Int>, Range<Int>)
        /// An edit's range is not inside the file.
        case outOfBounds(Range<Int>)
        /// An edit's range is empty: the scalar has no token to rewrite (an
        /// empty value such as `key:`).
        case noToken(Range<Int>)
    }

    public let original: [UInt8]

    public init(_ original: [UInt8]) {
        self.original = original
    }

    /// The new bytes with every edit applied; an edit that changes nothing is
    /// left out, so rewriting with the same texts gives the same bytes.
    public func rewrite(_ edits: [Edit]) throws(Failure) -> Rewrite {
        var sorted: [Edit] = []
        for edit in edits where !edit.changesNothing {
            guard edit.range.lowerBound >= 0, edit.range.upperBound <= original.count else {
                throw .outOfBounds(edit.range)
            }
            guard !edit.range.isEmpty else { throw .noToken(edit.range) }
            sorted.append(edit)
        }
        sorted.sort { $0.range.lowerBound < $1.range.lowerBound }
        // One node reached twice (through an alias) is one edit.
        var unique: [Edit] = []
        for edit in sorted {
            if let previous = unique.last {
                if previous == edit { continue }
                if previous.range.overlaps(edit.range) { throw .overlapping(previous.range, edit.range) }
            }
            unique.append(edit)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(original.count + original.count / 8)
        var replacements: [Replacement] = []
        var copied = 0
        for edit in unique {
            let (replaced, token) = write(edit)
            bytes.append(contentsOf: original[copied..<replaced.lowerBound])
            let writtenStart = bytes.count
            bytes.append(contentsOf: token)
            replacements.append(Replacement(original: replaced, written: writtenStart..<bytes.count))
            copied = replaced.upperBound
        }
        bytes.append(contentsOf: original[copied...])
        return Rewrite(bytes: bytes, replacements: replacements)
    }

    /// The new bytes; see `rewrite(_:)`.
    public func apply(_ edits: [Edit]) throws(Failure) -> [UInt8] {
        try rewrite(edits).bytes
    }

    /// The bytes an edit replaces and what it writes there.
    private func write(_ edit: Edit) -> (Range<Int>, [UInt8]) {
        let style = edit.preferredStyle ?? edit.style
        let value = edit.value
        guard edit.style == .literal || edit.style == .folded else {
            return (edit.range, flowToken(value, style: style, inFlowCollection: edit.inFlowCollection))
        }
        let block = BlockScalarToken(edit.range, in: original)
        if style == edit.style, let token = blockToken(value, edit: edit, block: block) {
            return (block.replaced, token)
        }
        // A flow token in place of the block keeps a comment of the header line.
        var token = flowToken(value, style: style, inFlowCollection: edit.inFlowCollection)
        if original[block.headerTail].contains(UInt8(ascii: "#")) {
            token.append(contentsOf: original[block.headerTail])
        }
        return (block.replaced, token)
    }

    private func flowToken(_ value: String, style: Node.ScalarStyle, inFlowCollection: Bool) -> [UInt8] {
        switch style {
        case .plain where ScalarWriting.plainCanHold(value, inFlowCollection: inFlowCollection):
            ScalarWriting.plain(value)
        case .singleQuoted where ScalarWriting.singleQuotedCanHold(value):
            ScalarWriting.singleQuoted(value)
        default:
            ScalarWriting.doubleQuoted(value)
        }
    }

    /// The block written anew with the same header, line breaks and
    /// indentation, when it can hold `value`: the same number of trailing line
    /// breaks as now (the chomping indicator and the blank lines after the block
    /// stay), lines without other breaks or unprintable characters, no line of
    /// spaces only, a first line that does not start with a space; a folded
    /// block only when it is one line and stays one line. Nil otherwise.
    private func blockToken(_ value: String, edit: Edit, block: BlockScalarToken) -> [UInt8]? {
        guard let current = edit.current, let indentation = block.indentation, !block.hasIndentationIndicator,
            trailingBreaks(current) == trailingBreaks(value)
        else { return nil }
        let body = value.dropLast(trailingBreaks(value))
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first(where: { !$0.isEmpty }), first.first != " ", first.first != "\t" else { return nil }
        for line in lines {
            guard !line.unicodeScalars.contains(where: { !ScalarWriting.isPrintable($0) || ScalarWriting.isLineBreak($0) }),
                line.isEmpty || line.contains(where: { $0 != " " && $0 != "\t" })
            else { return nil }
        }
        if edit.style == .folded && (block.contentLines != 1 || lines.count != 1) { return nil }
        let lineBreak = block.lineBreak ?? [0x0A]
        var token = Array(original[block.header])
        let indent = [UInt8](repeating: 0x20, count: indentation)
        for line in lines {
            token.append(contentsOf: lineBreak)
            if !line.isEmpty {
                token.append(contentsOf: indent)
                token.append(contentsOf: line.utf8)
            }
        }
        return token
    }

    private func trailingBreaks(_ text: String) -> Int {
        text.reversed().prefix { $0 == "\n" }.count
    }
}
