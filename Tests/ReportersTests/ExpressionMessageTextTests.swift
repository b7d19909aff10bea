import Reporters
import Testing
import Vocabulary

/// How errors of the rule language are worded at the edge: source text from
/// rules/ and values from the catalog escaped for the medium, numbers as the
/// run's language writes them.
@Suite struct ExpressionMessageTextTests {
    func render(_ message: ExpressionMessage, _ language: Language, _ medium: TextMedium = .plain) -> String {
        MessageText.render(.expression(message), in: language, medium: medium)
    }

    @Test("Vietnamese writes numbers as people do; English as the language's string() does")
    func numbers() {
        #expect(render(.evaluation(.indexNotWhole(0.5)), .en) == "the index 0.5 is not a whole number")
        #expect(render(.evaluation(.indexNotWhole(0.5)), .vi) == "chỉ số 0,5 không phải là số nguyên")
        #expect(
            render(.evaluation(.indexOutOfRange(1200, list: "steps", count: 1001)), .en)
                == "the index 1200 is out of range: `steps` has 1001 elements")
        #expect(
            render(.evaluation(.indexOutOfRange(1200, list: "steps", count: 1001)), .vi)
                == "chỉ số 1.200 nằm ngoài phạm vi: `steps` có 1.001 phần tử")
        let slow = ExpressionMessage.evaluation(.matchTooCostly(pattern: "a*a*b", characters: 10001, .steps(1_000_000)))
        #expect(render(slow, .en).hasPrefix("matching `a*a*b` against a text of 10001 characters takes more than 1000000 backtracking steps"))
        #expect(render(slow, .vi).hasPrefix("so khớp `a*a*b` với một văn bản 10.001 ký tự cần hơn 1.000.000 bước quay lui"))
    }

    @Test("in a Markdown table, source text is a code span that cannot end the cell, and our own operators too")
    func markdown() {
        let inTable = TextMedium.markdown
        #expect(render(.parse(.singleBar), .en, inTable) == "unexpected `\\|`; write `\\|\\|` (or `or`)")
        #expect(
            render(.evaluation(.null("a | `b`", guard: .none)), .en, inTable) == "`` a \\| `b` `` is null")
        #expect(
            render(.evaluation(.wrongValue("code", value: "\"<b>x</b>\"", expected: .number)), .vi, inTable)
                == "`code` có giá trị `\"<b>x</b>\"`, trong khi cần một số")
    }

    @Test("on a terminal, control characters in source text or values are shown escaped, in either language")
    func terminal() {
        let message = ExpressionMessage.type(.unknownName("x\u{1B}[2J", suggestion: nil))
        #expect(render(message, .en, .terminal) == "unknown name `x\\u{1B}[2J`")
        #expect(render(message, .vi, .terminal) == "không có tên `x\\u{1B}[2J`")
    }
}
