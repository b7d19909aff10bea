import Vocabulary

/// The one place a `Message` becomes words: in English or Vietnamese, with
/// text from the catalog or rules escaped for the medium it is printed in.
public enum MessageText {
    public static func render(_ message: Message, in language: Language, medium: TextMedium = .plain) -> String {
        let words = Words(language: language, medium: medium)
        switch message {
        case .schema(let m): return language == .vi ? SchemaMessageText.vietnamese(m, words) : SchemaMessageText.english(m, words)
        case .syntax(let m): return language == .vi ? SyntaxMessageText.vietnamese(m, words) : SyntaxMessageText.english(m, words)
        case .review(let m): return language == .vi ? ReviewMessageText.vietnamese(m, words) : ReviewMessageText.english(m, words)
        case .rules(let m): return language == .vi ? RulesMessageText.vietnamese(m, words) : RulesMessageText.english(m, words)
        case .importing(let m): return language == .vi ? ImportMessageText.vietnamese(m, words) : ImportMessageText.english(m, words)
        case .rule(let text): return medium.rule(text.segments(in: language))
        case .expression(let m):
            return language == .vi ? ExpressionMessageText.vietnamese(m, words) : ExpressionMessageText.english(m, words)
        }
    }
}

/// How an output medium shows text that came from files: a terminal escapes
/// control characters, Markdown its markup, JSON nothing (its encoder does).
public struct TextMedium: Sendable {
    /// Text from a file, made harmless.
    public var text: @Sendable (String) -> String
    /// A name or value from a file, marked as code (`x`).
    public var code: @Sendable (String) -> String
    /// A rule's own message from rules/: the author's words, whose `code
    /// spans` are markup, around values from the catalog, which are not.
    public var rule: @Sendable ([RuleText.Segment]) -> String

    public init(
        text: @escaping @Sendable (String) -> String, code: @escaping @Sendable (String) -> String,
        rule: (@Sendable ([RuleText.Segment]) -> String)? = nil
    ) {
        self.text = text
        self.code = code
        self.rule = rule ?? { segments in segments.map { text($0.text) }.joined() }
    }

    /// As is, names in backticks: JSON, SARIF, XML (their writers escape).
    public static let plain = TextMedium(text: { $0 }, code: { "`\($0)`" })

    /// A terminal, a log or standard error: control characters, escape
    /// sequences and bidirectional overrides shown escaped (`HarmlessText`).
    public static let terminal = TextMedium(
        text: { HarmlessText.escape($0) }, code: { "`" + HarmlessText.escape($0) + "`" })

    /// Markdown (a pull-request comment, a table cell by default): text from
    /// files cannot add rows, links, images, mentions or emphasis.
    public static let markdown = markdown(inTable: true)

    public static func markdown(inTable: Bool) -> TextMedium {
        TextMedium(
            text: { MarkdownText.plain($0) }, code: { MarkdownText.code($0, inTable: inTable) },
            rule: { MarkdownText.inline(segments: $0, inTable: inTable) })
    }
}

/// The argument writers a message text uses, in one language and medium.
struct Words {
    var language: Language
    var medium: TextMedium

    /// A name or value from a file, as code.
    func code(_ text: String) -> String { medium.code(text) }
    /// Text from a file.
    func text(_ text: String) -> String { medium.text(text) }
    func number(_ value: Double) -> String { language.numberStyle.format(value) }
    func count(_ value: Int) -> String { language.numberStyle.format(Double(value)) }
    /// A large count with thousands grouped in either language: `10,000,000`, `10.000.000`.
    func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += language == .vi ? "." : "," }
            out.append(digit)
        }
        return out
    }
    func date(_ date: LocalDate) -> String { language.date(date) }
    /// Names from a file as code, joined with ` | ` (choices) or `, ` (lists).
    func choices(_ names: [String]) -> String { names.map(code).joined(separator: " | ") }
    func list(_ names: [String]) -> String { names.map(code).joined(separator: ", ") }
    func location(_ location: Location) -> String { medium.text(location.description) }

    /// `; did you mean `x`?` or nothing.
    func didYouMean(_ suggestion: String?) -> String {
        guard let suggestion else { return "" }
        return language == .vi ? "; có phải là \(code(suggestion))?" : "; did you mean \(code(suggestion))?"
    }

    /// What a value turned out to be.
    func kind(_ kind: NodeKind) -> String {
        switch (kind, language) {
        case (.empty, .en): "an empty value"
        case (.scalar, .en): "a scalar"
        case (.list, .en): "a list"
        case (.mapping, .en): "a mapping"
        case (.empty, .vi): "giá trị rỗng"
        case (.scalar, .vi): "một giá trị đơn"
        case (.list, .vi): "một danh sách"
        case (.mapping, .vi): "một ánh xạ (khóa: giá trị)"
        }
    }

    /// A kind of day: "working days", "ngày làm việc".
    func days(_ kind: DayKind) -> String {
        switch (kind, language) {
        case (.workingDays, .en): "working days"
        case (.calendarDays, .en): "calendar days"
        case (.workingDays, .vi): "ngày làm việc"
        case (.calendarDays, .vi): "ngày lịch"
        }
    }
}
