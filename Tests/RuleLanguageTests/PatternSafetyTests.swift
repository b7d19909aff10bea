import Testing

@testable import RuleLanguage

/// `matches()` cannot be made to hang (SPEC §6): patterns shaped to backtrack
/// exponentially are refused when the rule loads, and every match runs on a
/// budget of backtracking steps counted by the engine, so a pattern that slips
/// through is an evaluation error on the one item, not a hang.
@Suite struct PatternSafetyTests {
    /// A rule's pattern, the fragment the message names.
    static let catastrophic: [(String, String)] = [
        ("^(a+)+$", "(a+)+"),
        ("(a*)*b", "(a*)*"),
        ("^(a+)*$", "(a+)*"),
        ("(x+x+)+y", "(x+x+)+"),
        ("^(a|a)*$", "(a|a)*"),
        ("^(a|aa)+$", "(a|aa)+"),
        (#"^(\\d|\\d\\d)+$"#, #"(\d|\d\d)+"#),
        (#"^(\\w+\\s?)+$"#, #"(\w+\s?)+"#),
        (#"^(\\d+(\\.\\d+)?)+$"#, #"(\d+(\.\d+)?)+"#),
        ("^((a+))+$", "((a+))+"),
        ("^(?:a+|b)+$", "(?:a+|b)+"),
        ("^(?<word>[a-z]+)*$", "(?<word>[a-z]+)*"),
        ("^(a{1,3})+$", "(a{1,3})+"),
        ("^(a+){5}$", "(a+){5}"),
        ("(?x) ( a + ) + $", "( a + ) +"),
    ]

    @Test("a catastrophic literal pattern is an error at the pattern when the rule loads", arguments: catastrophic)
    func refusedAtLoad(pattern: String, fragment: String) throws {
        let source = "matches(code, '\(pattern)')"
        let error = try #require(TestScope.languageError(source))
        #expect(error.text.contains("exponential time"), "\(error.text)")
        #expect(error.text.contains("`\(fragment)`"), "\(error.text)")
        // The range is the pattern argument, quotes included.
        let start = "matches(code, ".unicodeScalars.count
        #expect(error.range == TestScope.range(start, source.unicodeScalars.count - 1), "\(source)")
    }

    /// Patterns that look alike but backtrack at most polynomially, or not at all.
    static let safe: [String] = [
        #"^(\\d+\\.)+\\d+$"#,  // each repetition must end at a dot
        "^[0-9][.][0-9]{6}([.]000[.]00[.]00[.]H[0-9]{2}|[.]H[0-9]{2})?$",  // the shipped code-format rule
        "^(a++)+$",  // possessive: never gives back
        "^(?>a+)+$",  // atomic group
        "^(a+)?$",  // at most once
        "^(a+){2}$",  // twice: quadratic at worst
        "^(ab|ac)*$",  // alternatives that start alike but differ
        "^[(a+)+]$",  // a character class, not a group
        #"\\Q(a+)+\\E"#,  // quoted text
        "(?x) ( a b ) + # a comment (a+)+",
        "^(a{3})+$",  // a fixed count inside
    ]

    @Test("patterns that only look alike still load and match", arguments: safe)
    func accepted(pattern: String) throws {
        let compiled = try #require(TestScope.compile("matches(code, '\(pattern)')"))
        _ = try compiled.evaluate(TestScope.record())
    }

    @Test("a computed catastrophic pattern is an evaluation error at the pattern")
    func computedPatternRefused() throws {
        let source = "matches(code, level + '(a+)+')"
        let error = try #require(TestScope.evaluationError(source))
        #expect(error.text.contains("`province(a+)+`"), "\(error.text)")
        #expect(error.text.contains("exponential time"), "\(error.text)")
        #expect(error.range == TestScope.range(14, 29))
    }

    @Test("a pattern the shape check misses runs out of steps instead of hanging, on a long text that does not match")
    func budgetStopsBacktracking() throws {
        // `(a|[ab])*`: alternatives that overlap without being equal; 2^10000 ways.
        let long = String(repeating: "a", count: 10_000) + "!"
        let source = "matches(code, '^(a|[ab])*$')"
        let error = try #require(TestScope.evaluationError(source, TestScope.record(code: long)))
        #expect(error.text.contains("backtracking steps"), "\(error.text)")
        #expect(error.text.contains("10001 characters"), "\(error.text)")
        #expect(error.text.contains("simplify the pattern"), "\(error.text)")
        #expect(error.range == TestScope.range(0, source.unicodeScalars.count))
        // The same pattern on a text it matches, or a short one, is fine.
        #expect(TestScope.value(source, TestScope.record(code: String(repeating: "ab", count: 5_000))) == .bool(true))
        #expect(TestScope.value(source, TestScope.record(code: "aab!")) == .bool(false))
    }

    @Test("polynomial backtracking is bounded the same way")
    func budgetStopsPolynomialBacktracking() throws {
        let long = String(repeating: "a", count: 10_000)
        let error = try #require(TestScope.evaluationError("matches(code, 'a*a*a*a*b')", TestScope.record(code: long)))
        #expect(error.text.contains("backtracking steps"), "\(error.text)")
    }

    @Test("the budget grows with the text: a plain search of a million characters is not cut short")
    func budgetScalesWithText() throws {
        let long = String(repeating: "a", count: 1_000_000)
        #expect(TestScope.value("matches(code, 'x')", TestScope.record(code: long + "x")) == .bool(true))
        #expect(TestScope.value("matches(code, 'x')", TestScope.record(code: long)) == .bool(false))
        #expect(TestScope.value("matches(code, '^[a-z]+$')", TestScope.record(code: long)) == .bool(true))
    }

    @Test("when the engine gives up (its backtracking stack is full) the result is an error, never a silent false")
    func engineLimitIsAnError() throws {
        // ICU saves a state for each `a` of `a+`; a million of them overflow its 8 MB stack.
        let long = String(repeating: "a", count: 1_000_000)
        switch TestScope.evaluate("matches(code, '^a+$')", TestScope.record(code: long)) {
        case .success(let value): #expect(value == .bool(true))
        case .failure(let error): #expect(error.text.contains("memory"), "\(error.text)")
        case nil: Issue.record("did not compile")
        }
    }

    /// The search runs as `[\s\S]*?(?:pattern)` anchored at the start; these
    /// are the constructs that could tell the difference.
    static let meaning: [(String, String, Bool)] = [
        ("^b", "ab", false),
        ("(?m)^b", "a\nb", true),
        ("(?<=a)b", "ab", true),
        (#"\\Gb"#, "ab", false),
        (#"\\Ga"#, "ab", true),
        (#"(a)\\1"#, "xaa", true),
        ("(?i)ABC|d", "D", true),
        ("a|", "zzz", true),
        ("$", "abc", true),
        ("é", "café", true),
        (#"\\Qa+"#, "xa+", true),  // a quote left open at the end
        ("(?x) a b # a comment at the end", "xab", true),
        ("b$", "ab\n", true),
    ]

    @Test("the bounded search means what the pattern means", arguments: meaning)
    func boundedSearchKeepsMeaning(pattern: String, text: String, expected: Bool) throws {
        let compiled = try #require(TestScope.compile("matches(code, '\(pattern)')"))
        #expect(try compiled.evaluate(TestScope.record(code: text)) == .bool(expected), "\(pattern) on \(text)")
    }

    @Test("the shape check never overflows the stack or fails on odd text")
    func shapeOfHostileText() {
        let deep = String(repeating: "(", count: 100_000) + "a+" + String(repeating: ")+", count: 100_000)
        #expect(PatternShape(deep).problem?.reason == .nestedRepetition)
        let unbalanced = String(repeating: "(", count: 50_000) + String(repeating: "[", count: 50_000)
        #expect(PatternShape(unbalanced).problem == nil)
        for text in ["", "\\", "(?", "(?<", "(?#", "[", "[^", "\\x{", "\\p{", "a{", "a{1,", "a{99999999999999999999}", ")))", "|||*"] {
            _ = PatternShape(text)
        }
        // Many alternatives are compared in close to linear time.
        let many = "(" + (0..<5_000).map { "a\($0)" }.joined(separator: "|") + ")*"
        #expect(PatternShape(many).problem == nil)
    }
}
