import Foundation
import Testing

/// Errors of the rule language — when the rules load and when they run — in
/// the run's language: Vietnamese with `--lang vi`, English word for word as
/// docs/rule-language.md quotes it otherwise.
@Suite("Rule language messages")
struct RuleLanguageMessageTests {
    /// One load error per rule, from each stage: lexer, parser, names, operator
    /// and call types, a pattern, the type of an `assert`, a message, a macro.
    static let brokenRules = """
        rules:
          - id: b-lex
            assert: deadline.legal = 10
          - id: b-parse
            assert: (deadline.legal > 1
          - id: b-name
            assert: deadline.propsed < 10
          - id: b-type
            assert: deadline.legal + "x" == 1
          - id: b-call
            assert: round(deadline.legal) > 1
          - id: b-pattern
            assert: matches(code, "(a+)+")
          - id: b-bool
            assert: deadline.legal
          - id: b-message
            assert: deadline.legal > 1
            message: "{code"
          - id: b-in
            assert: level in "province"
          - id: b-method
            assert: legal_basis.any(x, x == "L")

        """

    static let vietnameseLoadErrors = [
        "rules/broken.yaml:3:28: trong quy tắc `b-lex`: không dùng `=` đơn; viết `==` để so sánh [schema]",
        "rules/broken.yaml:5:13: trong quy tắc `b-parse`: cần `)` để đóng `(`, nhưng gặp cuối biểu thức [schema]",
        "rules/broken.yaml:7:22: trong quy tắc `b-name`: `propsed` không phải là trường của `deadline`; có phải là `proposed`? [schema]",
        "rules/broken.yaml:9:30: trong quy tắc `b-type`: `+` cần hai số, hai chuỗi hoặc hai danh sách cùng kiểu, nhưng hai vế có kiểu `number` và `string` [schema]",
        "rules/broken.yaml:11:13: trong quy tắc `b-call`: `round` nhận 2 đối số, nhưng được gọi với 1: `round(number, digits) → number` [schema]",
        "rules/broken.yaml:13:27: trong quy tắc `b-pattern`: biểu thức chính quy `(a+)+` có thể chạy mất thời gian theo hàm mũ "
            + "trên văn bản không khớp: `(a+)+` lặp lại một nhóm mà bản thân nhóm chỉ là một phép lặp; "
            + "hãy viết mỗi phép lặp sao cho chỉ có một cách khớp (`(a+)+` thành `a+`) [schema]",
        "rules/broken.yaml:15:13: trong quy tắc `b-bool`: biểu thức phải có kiểu `bool`, nhưng có kiểu `number` [schema]",
        "rules/broken.yaml:18:15: trong quy tắc `b-message`: thông báo có `{` chưa được đóng; đóng bằng `}` "
            + "hoặc viết `{{` để in một dấu ngoặc nhọn [schema]",
        "rules/broken.yaml:20:22: trong quy tắc `b-in`: vế phải của `in` phải là một danh sách, nhưng có kiểu `string`; "
            + "để tìm một đoạn trong chuỗi, viết `contains(\"province\", level)` [schema]",
        "rules/broken.yaml:22:25: trong quy tắc `b-method`: không có phương thức `any`; "
            + "các phương thức là `all`, `exists`, `exists_one`, `filter`, `map` và `sum` [schema]",
    ]

    static let englishLoadErrors = [
        "rules/broken.yaml:3:28: in rule `b-lex`: unexpected `=`; write `==` to compare [schema]",
        "rules/broken.yaml:5:13: in rule `b-parse`: expected `)` to close `(`, found the end of the expression [schema]",
        "rules/broken.yaml:7:22: in rule `b-name`: `propsed` is not a field of deadline; did you mean `proposed`? [schema]",
        "rules/broken.yaml:9:30: in rule `b-type`: `+` needs two numbers, two strings or two lists of one type, found number and string [schema]",
        "rules/broken.yaml:11:13: in rule `b-call`: `round` takes 2 arguments, found 1: round(number, digits) → number [schema]",
        "rules/broken.yaml:13:27: in rule `b-pattern`: the regular expression `(a+)+` can take exponential time on a text "
            + "it does not match: `(a+)+` repeats a group that is itself only a repetition; write each repetition so that "
            + "only one way of matching is possible (`(a+)+` as `a+`) [schema]",
        "rules/broken.yaml:15:13: in rule `b-bool`: the expression must be a bool, found number [schema]",
        "rules/broken.yaml:18:15: in rule `b-message`: unclosed `{` in the message; close it with `}` or write `{{` "
            + "for a literal brace [schema]",
        "rules/broken.yaml:20:22: in rule `b-in`: `in` needs a list on its right, found string; for a substring write "
            + "`contains(\"province\", level)` [schema]",
        "rules/broken.yaml:22:25: in rule `b-method`: unknown method `any`; the methods are all, exists, exists_one, filter, map and sum [schema]",
    ]

    /// The shipped rules/ and plan, `rules/broken.yaml` holding `rules`, and
    /// one procedure without a proposed deadline.
    func scratch(rules: String) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-expression-messages")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try dir.write("rules/broken.yaml", rules)
        try dir.write(
            "catalog/s.yaml",
            "sector: { id: s, name: S }\nprocedures:\n"
                + "  - { code: \"1.000001\", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }\n")
        return dir
    }

    func ruleLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("rules/broken.yaml:") }
    }

    @Test("rules with load errors, --lang vi: every error in Vietnamese, where English puts it; exit 2")
    func loadErrorsInVietnamese() throws {
        let dir = try scratch(rules: Self.brokenRules)
        let result = try TTHC.run(["check", "--as-of", "2026-11-26", "--lang", "vi"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(ruleLines(result.stderr) == Self.vietnameseLoadErrors, "\(result)")
    }

    @Test("rules with load errors, --lang en: the English words are unchanged")
    func loadErrorsInEnglish() throws {
        let dir = try scratch(rules: Self.brokenRules)
        let result = try TTHC.run(["check", "--as-of", "2026-11-26", "--lang", "en"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(ruleLines(result.stderr) == Self.englishLoadErrors, "\(result)")
    }

    static let unguarded = """
        rules:
          - id: unguarded
            assert: deadline.legal - deadline.proposed >= 3
          - id: out-of-range
            assert: legal_basis[3] == "L"

        """

    @Test("a rule-error finding (null in arithmetic, an index out of range) in Vietnamese, and in English as documented")
    func ruleErrorInBothLanguages() throws {
        let dir = try scratch(rules: Self.unguarded)
        let vi = try TTHC.run(["check", "--as-of", "2026-11-26", "--lang", "vi"], in: dir.url)
        #expect(vi.status == 1, "\(vi)")
        let viErrors = vi.stdoutLines.filter { $0.hasSuffix("[rule-error]") }
        #expect(
            viErrors == [
                "catalog/s.yaml:3:64: lỗi: không tính được quy tắc `out-of-range` cho thủ tục `1.000001`: "
                    + "chỉ số 3 nằm ngoài phạm vi: `legal_basis` có 1 phần tử [rule-error]",
                "catalog/s.yaml:3:88: lỗi: không tính được quy tắc `unguarded` cho thủ tục `1.000001`: "
                    + "`deadline.proposed` không có giá trị (null); thêm điều kiện `when: has(deadline.proposed)` "
                    + "cho quy tắc [rule-error]",
            ], "\(vi)")
        let en = try TTHC.run(["check", "--as-of", "2026-11-26", "--lang", "en"], in: dir.url)
        let enErrors = en.stdoutLines.filter { $0.hasSuffix("[rule-error]") }
        #expect(
            enErrors == [
                "catalog/s.yaml:3:64: error: rule `out-of-range` could not be evaluated for procedure `1.000001`: "
                    + "the index 3 is out of range: `legal_basis` has 1 element [rule-error]",
                "catalog/s.yaml:3:88: error: rule `unguarded` could not be evaluated for procedure `1.000001`: "
                    + "`deadline.proposed` is null; guard the rule with `when: has(deadline.proposed)` [rule-error]",
            ], "\(en)")
    }

    @Test("explain --lang vi: the verdict, the power-assert line and the failed sub-expression in Vietnamese; JSON too")
    func explainInVietnamese() throws {
        let dir = try scratch(rules: Self.unguarded)
        let args = ["explain", "1.000001", "--as-of", "2026-11-26", "--rule", "unguarded"]
        let null = "`deadline.proposed` không có giá trị (null); thêm điều kiện `when: has(deadline.proposed)` cho quy tắc"
        let vi = try TTHC.run(args + ["--lang", "vi"], in: dir.url)
        #expect(vi.status == 0, "\(vi)")
        #expect(vi.stdoutLines.contains("unguarded (procedure, warning): LỖI, báo là rule-error: \(null)"), "\(vi)")
        #expect(vi.stdoutLines.contains("    … >= 3 → lỗi: \(null)"), "\(vi)")
        #expect(vi.stdoutLines.contains("      deadline.legal - deadline.proposed = lỗi: \(null)"), "\(vi)")

        let en = try TTHC.run(args + ["--lang", "en"], in: dir.url)
        let englishNull = "`deadline.proposed` is null; guard the rule with `when: has(deadline.proposed)`"
        #expect(en.stdoutLines.contains("    … >= 3 → error: \(englishNull)"), "\(en)")
        #expect(en.stdoutLines.contains("      deadline.legal - deadline.proposed = error: \(englishNull)"), "\(en)")

        let json = try TTHC.run(args + ["--lang", "vi", "--format", "json"], in: dir.url)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any], "\(json)")
        let rules = try #require(object["rules"] as? [[String: Any]], "\(json)")
        let trace = try #require(rules.first?["trace"] as? [[String: Any]], "\(json)")
        let failed = trace.first { $0["expr"] as? String == "deadline.legal - deadline.proposed" }
        #expect(failed?["value"] as? String == "error: \(null)", "\(json)")
    }
}
