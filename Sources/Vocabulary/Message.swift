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
    /// An error of the rule language (parse, type or evaluation).
    case expression(ExpressionMessage)
}

/// A rule's message from rules/ interpolated in each language (numbers written
/// as that language writes them), so the edge can still choose.
public struct RuleText: Hashable, Sendable {
    public var texts: [Language: String]

    public init(_ texts: [Language: String]) {
        self.texts = texts
    }

    /// One text for every language: a rule's `description`, written once.
    public init(single text: String) {
        texts = [.en: text]
    }

    /// The text in `language`, else English, else any.
    public func text(in language: Language) -> String {
        texts[language] ?? texts[.en] ?? texts.sorted { $0.key.rawValue < $1.key.rawValue }.first?.value ?? ""
    }
}
