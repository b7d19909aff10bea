import Vocabulary

/// An expression or message template of rules/ as it is compiled (NFC), with
/// the place in its file of every character: a compile error at an offset of
/// the text is placed at its token however the YAML wrote the scalar (plain,
/// quoted with escapes, a block), without the review reading YAML. The
/// places are worked out once, when the rules are read.
public struct LocatedText: Sendable {
    public var text: String
    /// The mark of the Unicode scalar at each offset of `text`, and one more
    /// for an offset at its end (an error such as "expected an operand").
    public var marks: [Mark]

    public init(text: String, marks: [Mark]) {
        self.text = text
        self.marks = marks
    }

    /// Where the scalar at `offset` is written; an offset past the end is at
    /// the end.
    public func mark(ofOffset offset: Int) -> Mark {
        guard !marks.isEmpty else { return Mark(line: 1, column: 1) }
        return marks[min(max(offset, 0), marks.count - 1)]
    }
}
