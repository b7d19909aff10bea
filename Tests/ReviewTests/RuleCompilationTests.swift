import Documents
import Review
import Testing
import Vocabulary

/// Rules loaded from inline YAML and compiled for the plan in force
/// (SPEC §4, §4.3, §4.4): every error inside an expression or a message is
/// reported at the file:line:column of the offending token in the YAML file,
/// whatever the style of the scalar that holds it.
@Suite struct RuleCompilationTests {
    static let plan = """
        plans:
          - id: lang-son
            effective: { from: 2021-01-01, until: 2030-12-31 }
            targets:
              reduction_rate: { 2021-01-01: 0.30, 2026-01-01: 0.40 }
              cut_scope_min_days: 3
              procedure_cut_rate: 0.30
        traits:
          interagency: { type: bool, default: false }
          online: { type: enum, values: [full, partial, none], default: none }

        """

    /// Loads `rules/plan.yaml` and the given files, selects the plan in force on
    /// 2026-11-26 and compiles; returns the compile errors as a user reads them.
    func errors(_ files: [SourceFile], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let ruleSet = try RuleSetLoader.load([source("rules/plan.yaml", Self.plan)] + files).get()
        let plan = try PlanSelection.select(from: ruleSet.plans, id: nil, on: LocalDate("2026-11-26")!).get()
        switch RuleContext.prepare(ruleSet, plan: plan, asOf: LocalDate("2026-11-26")!) {
        case .success:
            Issue.record("the rules compiled", sourceLocation: sourceLocation)
            return []
        case .failure(let errors):
            for finding in errors.findings {
                #expect(finding.rule == "schema", "\(finding)", sourceLocation: sourceLocation)
                #expect(finding.severity == .error, "\(finding)", sourceLocation: sourceLocation)
            }
            return errors.findings.map { "\($0.location): \($0.text)" }
        }
    }

    func errors(_ rules: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try errors([source("rules/r.yaml", rules)], sourceLocation: sourceLocation)
    }

    func compiles(_ rules: String) throws -> RuleContext {
        let ruleSet = try RuleSetLoader.load([source("rules/plan.yaml", Self.plan), source("rules/r.yaml", rules)]).get()
        let plan = try PlanSelection.select(from: ruleSet.plans, id: nil, on: LocalDate("2026-11-26")!).get()
        return try RuleContext.prepare(ruleSet, plan: plan, asOf: LocalDate("2026-11-26")!).get()
    }

    // MARK: (a) Plain scalars

    @Test func typeErrorInAPlainScalar() throws {
        // Line 3: `    assert: ` is 12 columns; the `1` is at offset 31 of the value.
        let found = try errors(
            """
            rules:
              - id: plain
                assert: deadline.legal <= 20 && code < 1

            """)
        #expect(
            found
                == ["rules/r.yaml:3:44: in rule `plain`: `<` compares values of one type, found string and number"])
    }

    @Test func unknownNameInAPlainScalarSuggestsTheRightOne() throws {
        let found = try errors(
            """
            rules:
              - id: plain
                assert: deadline.legal > 0 && dedline.legal > 1

            """)
        #expect(
            found
                == ["rules/r.yaml:3:35: in rule `plain`: unknown name `dedline`; did you mean `deadline`?"])
    }

    @Test func parseErrorInAPlainScalar() throws {
        let found = try errors(
            """
            rules:
              - id: plain
                assert: deadline.legal > 0 && level = "commune"

            """)
        #expect(
            found
                == ["rules/r.yaml:3:41: in rule `plain`: unexpected `=`; write `==` to compare"])
    }

    @Test func plainScalarOverSeveralLines() throws {
        // A plain scalar folds its line break into a space.
        let found = try errors(
            """
            rules:
              - id: plain
                assert: deadline.legal > 0
                  && deadline.proposd < 1

            """)
        #expect(
            found
                == ["rules/r.yaml:4:19: in rule `plain`: `proposd` is not a field of deadline; did you mean `proposed`?"])
    }

    @Test func errorInAFlowMapping() throws {
        let found = try errors(
            """
            rules:
              - { id: flow, severity: error, assert: "len(legal_basis) >= 1 && levl == 'x'" }

            """)
        #expect(
            found
                == [
                "rules/r.yaml:2:68: in rule `flow`: unknown name `levl`; did you mean `level`?"
            ])
    }

    // MARK: (b) Quoted scalars, with escapes before the error

    @Test func singleQuotedScalarWithDoubledQuotesBeforeTheError() throws {
        // The value is `agency != 'x' && code < 1`; each `''` is one character of it.
        let found = try errors(
            """
            rules:
              - id: single
                assert: 'agency != ''x'' && code < 1'

            """)
        #expect(
            found
                == ["rules/r.yaml:3:40: in rule `single`: `<` compares values of one type, found string and number"])
    }

    @Test func doubleQuotedScalarWithEscapedQuotesBeforeTheError() throws {
        let found = try errors(
            #"""
            rules:
              - id: double
                assert: "agency != \"x\" && dedline.legal > 1"

            """#)
        #expect(
            found
                == ["rules/r.yaml:3:33: in rule `double`: unknown name `dedline`; did you mean `deadline`?"])
    }

    @Test func doubleQuotedScalarWithAnEscapedBackslashBeforeTheError() throws {
        // The value is `name != "a\\b" && code < 1`: `\\\\` in YAML is `\\` in the value.
        let found = try errors(
            #"""
            rules:
              - id: double
                assert: "name != \"a\\\\b\" && code < 1"

            """#)
        #expect(
            found
                == ["rules/r.yaml:3:43: in rule `double`: `<` compares values of one type, found string and number"])
    }

    @Test func doubleQuotedScalarWithAnEscapedLineBreakBeforeTheError() throws {
        // `\n` is a line break of the value; the error is on `numbr`, two columns
        // after the `n` of the escape.
        let found = try errors(
            #"""
            rules:
              - id: double
                assert: "four_on_spot &&\n numbr > 1"

            """#)
        #expect(
            found
                == ["rules/r.yaml:3:32: in rule `double`: unknown name `numbr`"])
    }

    @Test func doubleQuotedScalarWithAUnicodeEscapeBeforeTheError() throws {
        // `\u0022` is a `"` of the value: the value is `agency == "x" && code < 1`.
        let found = try errors(
            #"""
            rules:
              - id: double
                assert: "agency == \u0022x\u0022 && code < 1"

            """#)
        #expect(
            found
                == ["rules/r.yaml:3:48: in rule `double`: `<` compares values of one type, found string and number"])
    }

    @Test func parseErrorInASingleQuotedScalar() throws {
        let found = try errors(
            """
            rules:
              - id: single
                assert: 'agency == ''x'' & four_on_spot'

            """)
        #expect(
            found
                == ["rules/r.yaml:3:30: in rule `single`: unexpected `&`; write `&&` (or `and`)"])
    }

    // MARK: (c) Block scalars over several lines

    @Test func typeErrorInALiteralBlock() throws {
        let found = try errors(
            """
            rules:
              - id: literal
                severity: error
                assert: |
                  has(deadline.proposed)
                    && deadline.proposed < deadline.legal
                    && code < 1

            """)
        #expect(
            found
                == ["rules/r.yaml:7:19: in rule `literal`: `<` compares values of one type, found string and number"])
    }

    @Test func unknownNameInAFoldedBlock() throws {
        let found = try errors(
            """
            rules:
              - id: folded
                assert: >-
                  deadline.legal > 0
                  && dedline.proposed > 1

            """)
        #expect(
            found
                == ["rules/r.yaml:5:10: in rule `folded`: unknown name `dedline`; did you mean `deadline`?"])
    }

    @Test func parseErrorInAFoldedBlockWithMoreIndentedLines() throws {
        // More-indented lines keep their line breaks in a folded scalar.
        let found = try errors(
            """
            rules:
              - id: folded
                assert: >-
                  deadline.legal > 0
                    && (deadline.legal < 100
                    || four_on_spot

            """)
        #expect(
            found
                == [
                "rules/r.yaml:5:12: in rule `folded`: expected `)` to close `(`, found the end of the expression"
            ])
    }

    @Test func errorInABlockWithAHeaderComment() throws {
        let found = try errors(
            """
            rules:
              - id: literal
                assert: |-  # the steps must be at the center (dedline)
                  steps.all(s, s.by == "center")
                  && steps.alll(s, s.days < 5)

            """)
        #expect(
            found
                == ["rules/r.yaml:5:16: in rule `literal`: unknown method `alll`; did you mean `all`?"])
    }

    // MARK: `when` and `message`

    @Test func errorInWhen() throws {
        let found = try errors(
            """
            rules:
              - id: guarded
                when: >-
                  has(deadline.proposed)
                  && deadline.proposed < deadline.legal
                  && levl == "province"
                assert: deadline.proposed > 0

            """)
        #expect(
            found
                == ["rules/r.yaml:6:10: in rule `guarded`: unknown name `levl`; did you mean `level`?"])
    }

    @Test func whenMustBeABool() throws {
        let found = try errors(
            """
            rules:
              - id: guarded
                when: len(legal_basis)
                assert: 'true'

            """)
        #expect(
            found
                == ["rules/r.yaml:3:11: in rule `guarded`: the expression must be a bool, found number"])
    }

    @Test func errorInAMessageTemplate() throws {
        let found = try errors(
            """
            rules:
              - id: msg
                assert: 'true'
                message: "proposed {deadline.proposd} days"

            """)
        #expect(
            found
                == ["rules/r.yaml:4:34: in rule `msg`: `proposd` is not a field of deadline; did you mean `proposed`?"])
    }

    @Test func errorInAVietnameseMessageOfALanguageMap() throws {
        // Vietnamese letters (NFC) are one column each.
        let found = try errors(
            """
            rules:
              - id: msg
                assert: 'true'
                message:
                  en: "proposed {deadline.proposed}"
                  vi: "thời hạn đề xuất {deadline.legal + code} ngày"

            """)
        #expect(
            found
                == [
                "rules/r.yaml:6:47: in rule `msg`: `+` needs two numbers, two strings or two lists of one type, found number and string"
            ])
    }

    @Test func errorAfterDecomposedVietnameseText() throws {
        // A rules file saved in NFD (as pasted from office documents): the
        // column counts the characters of the file as written, as for catalog
        // files (`thời` and `hạn` are 4 + 2 and 3 + 1 scalars): the `legl` is
        // at column 34.
        let nfd = "rules:\n  - id: nfd\n    assert: 'true'\n    message:\n      vi: \"tho\u{031B}\u{0300}i ha\u{0323}n {deadline.legl} ngày\"\n"
        let found = try errors(nfd)
        #expect(
            found
                == ["rules/r.yaml:5:34: in rule `nfd`: `legl` is not a field of deadline; did you mean `legal`?"])
    }

    @Test func errorInARulesFileWithCRLFLineEndings() throws {
        // Saved on Windows: the same places as with LF line endings.
        let crlf = "rules:\r\n  - id: folded\r\n    assert: >-\r\n      deadline.legal > 0\r\n      && levl == 1\r\n"
            + "  - id: plain\r\n    assert: deadline.legal > 0 && dedline.legal > 1\r\n"
        let found = try errors(crlf)
        #expect(
            found == [
                "rules/r.yaml:5:10: in rule `folded`: unknown name `levl`; did you mean `level`?",
                "rules/r.yaml:7:35: in rule `plain`: unknown name `dedline`; did you mean `deadline`?",
            ])
    }

    @Test func errorOnTheFirstLineOfAFileWithAByteOrderMark() throws {
        // The byte-order mark is not a column (as in catalog files): `==` is at 1:33.
        let bom = "\u{FEFF}rules: [{ id: r, assert: \"level == 1\" }]\n"
        let found = try errors(bom)
        #expect(found == ["rules/r.yaml:1:33: in rule `r`: `==` compares values of one type, found string and number"])
    }

    @Test func errorRightAfterADoubledSingleQuote() throws {
        // The value is `level != 'it''s'`: the error is on the second string,
        // `'s'`, whose quote is the second `''` pair (columns 29-30).
        let found = try errors("rules:\n  - id: r\n    assert: 'level != ''it''''s'''\n")
        #expect(found == ["rules/r.yaml:3:29: in rule `r`: unexpected `'s'` after a complete expression"])
    }

    @Test func escapedLineBreakInADoubleQuotedScalar() throws {
        // A `\` at the end of a line joins the lines without a space.
        let found = try errors("rules:\n  - id: r\n    assert: \"deadline.legal > 0 &&\\\n      levl == 1\"\n")
        #expect(found == ["rules/r.yaml:4:7: in rule `r`: unknown name `levl`; did you mean `level`?"])
    }

    @Test func blockScalarsWithIndicatorsAndKeepChomping() throws {
        let found = try errors(
            """
            rules:
              - id: keep
                assert: >+
                  deadline.legal > 0
                  && levl == 'x'

              - id: indicator
                assert: |2
                    deadline.legal > 0
                    && levl == 'y'
              - id: tab
                assert: "agency == \\t'x' && dedline.legal > 1"

            """)
        #expect(
            found
                == [
                "rules/r.yaml:5:10: in rule `keep`: unknown name `levl`; did you mean `level`?",
                "rules/r.yaml:10:12: in rule `indicator`: unknown name `levl`; did you mean `level`?",
                "rules/r.yaml:12:33: in rule `tab`: unknown name `dedline`; did you mean `deadline`?",
            ])
    }

    @Test func unclosedHoleInAMessage() throws {
        let found = try errors(
            """
            rules:
              - id: msg
                assert: 'true'
                message: >-
                  the cut of {pct(deadline.legal)} is
                  below {plan.targets.procedure_cut_rate

            """)
        #expect(
            found
                == [
                "rules/r.yaml:6:13: in rule `msg`: unclosed `{` in the message; close it with `}` or write `{{` for a literal brace"
            ])
    }

    // MARK: Names of the plan and of the scopes

    @Test func unknownTargetSuggestsTheDeclaredOne() throws {
        let found = try errors(
            """
            rules:
              - id: scope
                assert: deadline.legal >= plan.targets.cut_scope_min_day

            """)
        #expect(
            found
                == [
                "rules/r.yaml:3:44: in rule `scope`: `cut_scope_min_day` is not a field of targets; did you mean `cut_scope_min_days`?"
            ])
    }

    @Test func standardTargetsAreNamesUnderEveryPlan() throws {
        // `four_on_spot_share` (SPEC §4.1) is not set by this plan: the rule
        // still compiles, and `has(...)` guards it.
        let context = try compiles(
            """
            rules:
              - id: share
                scope: catalog
                when: has(plan.targets.four_on_spot_share)
                assert: count(procedures) > plan.targets.four_on_spot_share

            """)
        #expect(context.rules.map(\.id) == ["share"])
    }

    @Test func aTargetNoPlanKnowsIsUnknown() throws {
        let found = try errors(
            """
            rules:
              - id: share
                scope: catalog
                assert: count(procedures) > plan.targets.commune_share

            """)
        #expect(found == ["rules/r.yaml:4:46: in rule `share`: `commune_share` is not a field of targets"])
    }

    @Test func traitsAreTypedByTheirDeclaration() throws {
        let found = try errors(
            """
            rules:
              - id: online
                assert: traits.online == true

            """)
        #expect(
            found
                == ["rules/r.yaml:3:27: in rule `online`: `==` compares values of one type, found string and bool"])
        #expect(
            try errors(
                """
                rules:
                  - id: online
                    assert: traits.onlin == "full"

                """)
                == ["rules/r.yaml:3:20: in rule `online`: `onlin` is not a field of traits; did you mean `online`?"])
    }

    @Test func procedureNamesAreUnknownInSectorScope() throws {
        let found = try errors(
            """
            rules:
              - id: sector-rule
                scope: sector
                assert: deadline.legal > 0

            """)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("rules/r.yaml:4:13: in rule `sector-rule`: unknown name `deadline`") == true, "\(found)")
    }

    // MARK: Whole rules

    @Test func aRuleThatIsNotABool() throws {
        let found = try errors(
            """
            rules:
              - id: arithmetic
                assert: 1 + 1

            """)
        #expect(
            found
                == ["rules/r.yaml:3:13: in rule `arithmetic`: the expression must be a bool, found number"])
    }

    @Test func everyInvalidRuleIsReportedInFileOrder() throws {
        let found = try errors([
            source(
                "rules/b.yaml",
                """
                rules:
                  - id: b-one
                    assert: 1 + 1
                  - id: b-two
                    assert: code < 1

                """),
            source("rules/a.yaml", "rules:\n  - id: a-one\n    assert: dedline.legal > 1\n"),
        ])
        #expect(
            found
                == [
                "rules/a.yaml:3:13: in rule `a-one`: unknown name `dedline`; did you mean `deadline`?",
                "rules/b.yaml:3:13: in rule `b-one`: the expression must be a bool, found number",
                "rules/b.yaml:5:20: in rule `b-two`: `<` compares values of one type, found string and number",
            ])
    }

    @Test func ruleIdDuplicatedAcrossFiles() {
        let rule = "rules:\n  - id: cut-depth\n    assert: 'true'\n"
        guard
            case .failure(let errors) = RuleSetLoader.load([
                source("rules/plan.yaml", Self.plan), source("rules/deadlines.yaml", rule),
                source("rules/more/extra.yaml", "\n" + rule),
            ])
        else {
            Issue.record("a duplicate rule id loaded")
            return
        }
        #expect(
            errors.findings.map { "\($0.location): \($0.text)" }
                == [
                    "rules/more/extra.yaml:3:9: rule id `cut-depth` is used twice; ids must be unique (first at rules/deadlines.yaml:2:9)"
                ])
        #expect(errors.findings.first?.related == [Location(file: "rules/deadlines.yaml", line: 2, column: 9)])
    }

    @Test func validRulesCompileInTheirOrder() throws {
        let context = try compiles(
            """
            rules:
              - id: first
                when: has(deadline.proposed)
                assert: |
                  deadline.proposed
                    < deadline.legal
                message: "proposed {deadline.proposed}"
              - id: second
                scope: catalog
                assert: count(procedures) >= 0

            """)
        #expect(context.rules.map(\.id) == ["first", "second"])
        #expect(context.rules.first?.assert.firstPath == ["deadline", "proposed"])
        #expect(context.plan.id.value == "lang-son")
    }
}
