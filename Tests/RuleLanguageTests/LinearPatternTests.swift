import Foundation
import Testing

@testable import RuleLanguage

/// `LinearPattern` stands in for ICU on the patterns it reads (issue 13): it
/// must answer as NSRegularExpression answers, on every text, and leave every
/// other pattern to it.
@Suite struct LinearPatternTests {
    /// ICU's own answer: a match anywhere in the text.
    static func icu(_ pattern: String, _ text: String) throws -> Bool {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    static let codeFormat = #"^[0-9][.][0-9]{6}([.]000[.]00[.]00[.]H[0-9]{2}|[.]H[0-9]{2})?$"#

    @Test func theDefaultPacksCodeFormatIsReadAndAnswersAsICU() throws {
        let pattern = try #require(LinearPattern(Self.codeFormat))
        let texts = [
            "1.000001", "2.001134.000.00.00.H37", "1.005454.H37", "1.00001", "1.0000011", "1.000001.H3", "1.000001.H377",
            "1.000001.000.00.00.H3", "x1.000001", "1.000001\n", "1.000001\r\n", "1.000001\n\n", "1.000001\u{85}",
            "1.000001\u{2028}", "1.000001\u{2029}", "1.000001\u{0B}", "1.000001\u{0C}", "1.000001\r", "١.٠٠٠٠٠١", "1.000001 ",
            "", "1,000001", "1.000001.h37", "2.001134.000.00.00.H37.H37",
        ]
        for text in texts {
            #expect(pattern.decides(length: text.utf8.count))
            #expect(pattern.matches(text) == (try Self.icu(Self.codeFormat, text)), "\(text.debugDescription)")
        }
    }

    /// Patterns outside the part it reads, each for a reason in its comment.
    @Test(arguments: [
        "a*", "a+", "a{2,}", "a{1,3}+", "a?+", #"\d"#, #"\w"#, #"\s"#, ".", "(?i)a", "(?<=a)b", #"(a)\1"#, "[a-]", "[]a]",
        "[a&&b]", "[[a]]", "[^]", "é", #"\Qa"#, "a]", "a}", "{", "(a", "a)", "a{3,1}", "^*", "$?", "[z-a]", #"\u0041"#, "#",
        "a{1,2000}b{1,2000}",
    ])
    func leavesOtherPatternsToICU(pattern: String) {
        #expect(LinearPattern(pattern) == nil)
    }

    /// Random patterns of the part it reads on random texts: the same answer
    /// as ICU every time (seeded, so every run tries the same cases).
    @Test func randomPatternsAnswerAsICU() throws {
        var random = SplitMix64(seed: 20_261_202)
        let alphabet: [Character] = ["a", "b", "c", "0", "1", "9", ".", "-", " ", "H", "_", "é", "\n", "\r", "\u{85}", "٣", "😀"]
        var compared = 0
        for _ in 0..<600 {
            let pattern = Self.randomPattern(&random, depth: 0)
            guard (try? NSRegularExpression(pattern: pattern)) != nil, let linear = LinearPattern(pattern) else { continue }
            for _ in 0..<25 {
                let text = String((0..<random.below(9)).map { _ in random.pick(alphabet) })
                guard linear.decides(length: text.utf8.count) else { continue }
                #expect(linear.matches(text) == (try Self.icu(pattern, text)), "\(pattern) on \(text.debugDescription)")
                compared += 1
            }
        }
        #expect(compared > 5_000)
    }

    static func randomPattern(_ random: inout SplitMix64, depth: Int) -> String {
        var pattern = ""
        for _ in 0..<(1 + random.below(4)) {
            var atom: String
            switch random.below(10) {
            case 0 where depth < 3: atom = "(" + randomPattern(&random, depth: depth + 1) + ")"
            case 1 where depth < 3:
                atom = "(?:" + randomPattern(&random, depth: depth + 1) + "|" + randomPattern(&random, depth: depth + 1) + ")"
            case 2: atom = random.pick(["[abc]", "[^a]", "[0-9]", "[.]", "[^0-9.]", "[a-c_]", "[ H]"])
            case 3: atom = random.pick(["^", "$"])
            case 4: atom = random.pick([#"\."#, #"\-"#, #"\("#])
            default: atom = random.pick(["a", "b", "c", "0", "1", "9", "-", " ", "H", "_"])
            }
            if atom != "^", atom != "$", random.chance(35) {
                atom += random.pick(["?", "{2}", "{0,2}", "{1,3}", "??", "{1,2}?"])
            }
            pattern += atom
        }
        return random.chance(15) ? pattern + "|" + randomPattern(&random, depth: depth + 1) : pattern
    }

    /// The stand-in is used only where ICU's steps stay far inside its
    /// budget: long texts, and patterns with many ways through, go to ICU.
    @Test func longTextsStayWithICU() throws {
        let pattern = try #require(LinearPattern(Self.codeFormat))
        #expect(pattern.decides(length: 200))
        #expect(!pattern.decides(length: 100_000))
        let branching = try #require(LinearPattern("(a?){12}b"))
        #expect(!branching.decides(length: 10))
    }
}
