import Testing

@testable import RuleLanguage

@Suite struct TemplateTests {
    func render(_ source: String, _ environment: Record = TestScope.record()) -> String? {
        do {
            return try RuleCompiler.compileTemplate(source, in: TestScope.procedure).render(environment)
        } catch let error as LanguageError {
            Issue.record("\(source): \(error.text)")
        } catch {
            Issue.record("\(source): \(error)")
        }
        return nil
    }

    func compileError(_ source: String) -> LanguageError? {
        do {
            _ = try RuleCompiler.compileTemplate(source, in: TestScope.procedure)
            Issue.record("\(source) compiled")
            return nil
        } catch {
            return error
        }
    }

    @Test func interpolatesValues() {
        #expect(render("proposed {deadline.proposed} is not below the legal {deadline.legal}")
            == "proposed 12 is not below the legal 10")
        #expect(render("{7} {0.5} {2.25} {1 / 4} {10 / 4} {-3}") == "7 0.5 2.25 0.25 2.5 -3")
        #expect(render("{0.1 + 0.2}") == "0.3")
        #expect(render("rate {pct(0.37032)} of {pct(plan.targets.reduction_rate)}") == "rate 37.03% of 30.00%")
        #expect(render("{code} at {level}: {legal_basis}") == "1.000001 at province: [\"Luật 1\"]")
        #expect(render("{deadline.current} {four_on_spot} {as_of}") == "null false 2025-06-01")
        #expect(render("{deadline}") == "{legal: 10, current: null, proposed: 12}")
        #expect(render("no holes") == "no holes")
        #expect(render("") == "")
        #expect(render("{{literal}} {{{code}}} }}") == "{literal} {1.000001} }")
        #expect(render("{lower(\"}{\")}") == "}{")
        #expect(render("{ deadline.legal }") == "10")
        #expect(render("Luật {code}") == "Luật 1.000001")
    }

    static let errors: [(String, String, Int, Int)] = [
        ("a {dedline.legal}", "unknown name `dedline`; did you mean `deadline`?", 3, 10),
        ("Luật {code + 1}", "`+` needs two numbers, two strings or two lists of one type, found string and number", 13, 14),
        ("a {code", "unclosed `{` in the message; close it with `}` or write `{{` for a literal brace", 2, 7),
        ("a {code {x}}", "unclosed `{` in the message; close it with `}` or write `{{` for a literal brace", 2, 8),
        ("a } b", "unmatched `}` in the message; write `}}` for a literal brace", 2, 3),
        ("a {} b", "empty `{}` in the message; write `{{}}` for literal braces", 2, 4),
        ("a { } b", "empty `{}` in the message; write `{{}}` for literal braces", 2, 5),
        ("x {'abc}", "unclosed `{` in the message; close it with `}` or write `{{` for a literal brace", 2, 8),
        ("x {(1 + 2}", "expected `)` to close `(`, found the end of the expression", 3, 4),
    ]

    @Test(arguments: errors)
    func errorsPointIntoTheWholeTemplate(source: String, message: String, lower: Int, upper: Int) {
        let error = compileError(source)
        #expect(error?.text == message, "\(source)")
        #expect(error?.range == TestScope.range(lower, upper), "\(source)")
    }

    @Test func evaluationErrorsPointIntoTheWholeTemplate() throws {
        let template = try RuleCompiler.compileTemplate("x {deadline.current + 1}", in: TestScope.procedure)
        #expect(template.expressions.map(\.source) == ["deadline.current + 1"])
        #expect(template.expressions.first?.range == TestScope.range(3, 23))
        do {
            _ = try template.render(TestScope.record())
            Issue.record("rendered")
        } catch {
            #expect(error.text == "`deadline.current` is null; guard the rule with `when: has(deadline.current)`")
            #expect(error.range == TestScope.range(3, 19))
        }
    }
}
