/// What a finding or an error says: an identifier (the case) with its typed
/// arguments, as swift-syntax's diagnostics are. The words, in English or
/// Vietnamese, are chosen only where the message is printed (`MessageText` in
/// Reporters), with the arguments escaped for that medium — so no finding
/// carries a finished sentence, `--lang` reaches every message, and a
/// fingerprint never depends on wording.
public enum Message: Hashable, Sendable {
    /// A catalog or rules file that does not fit its schema.
    case schema(SchemaMessage)
    /// A file that is not well-formed YAML or not UTF-8, or passes a limit.
    case syntax(SyntaxMessage)
    /// A finding of the review: duplicates, waivers, rules that cannot be evaluated.
    case review(ReviewMessage)
    /// An error in rules/ that stops the run.
    case rules(RulesMessage)
    /// A rule's own message from rules/, already interpolated for the item in
    /// each language the rule writes; the province's words, not ours.
    case rule(RuleText)
    /// A cell of a spreadsheet or CSV table brought in by `tthc import`.
    case importing(ImportMessage)
    /// An error of the rule language (parse, type or evaluation).
    case expression(ExpressionMessage)
}

/// A rule's message from rules/ interpolated in each language (numbers written
/// as that language writes them), so the edge can still choose. The rule
/// author's words and the values from the catalog stay apart, so that each
/// medium escapes the values whatever the author's markup around them.
public struct RuleText: Hashable, Sendable {
    /// A piece of the message: the rule author's text, or a value.
    public struct Segment: Hashable, Sendable {
        public var text: String
        /// A value interpolated from the catalog or the plan, not the author's words.
        public var isValue: Bool

        public init(_ text: String, isValue: Bool) {
            self.text = text
            self.isValue = isValue
        }
    }

    public var texts: [Language: [Segment]]

    public init(_ texts: [Language: [Segment]]) {
        self.texts = texts
    }

    /// One text for every language: a rule's `description`, written once.
    public init(single text: String) {
        texts = [.en: [Segment(text, isValue: false)]]
    }

    /// The segments in `language`, else English, else any.
    public func segments(in language: Language) -> [Segment] {
        texts[language] ?? texts[.en] ?? texts.sorted { $0.key.rawValue < $1.key.rawValue }.first?.value ?? []
    }

    /// The text in `language`, else English, else any.
    public func text(in language: Language) -> String {
        segments(in: language).map(\.text).joined()
    }
}
