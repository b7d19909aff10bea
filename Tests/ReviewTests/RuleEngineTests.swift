import Catalog
import Documents
import Review
import Testing
import Vocabulary

/// The rules of rules/ run over inline catalogs (SPEC §4.3–4.6, §5.1): where
/// each finding points, what its message says, which rules are in force on the
/// run's date, evaluation errors, waivers, `--only`/`--disable` and trait defaults.
@Suite struct RuleEngineTests {
    static let plan = """
        plans:
          - id: lang-son
            name: Đề án 2021-2030
            effective: { from: 2021-01-01, until: 2030-12-31 }
            targets:
              reduction_rate: { 2021-01-01: 0.30, 2026-01-01: 0.40 }
              procedure_cut_rate: 0.30

        """

    static let traits = """
        traits:
          interagency: { type: bool, default: false }
          field_inspection: { type: bool, default: false }
          online: { type: enum, values: [full, partial, none], default: none }
          fee_vnd: { type: number, default: 0 }
          contact: { type: string }

        """

    /// The rule set of `rules/plan.yaml`, `rules/traits.yaml` and `rules/rules.yaml`.
    func ruleSet(_ rules: String) throws -> RuleSet {
        try RuleSetLoader.load([
            source("rules/plan.yaml", Self.plan), source("rules/rules.yaml", rules), source("rules/traits.yaml", Self.traits),
        ]).get()
    }

    /// Checks `files` against `rules` on `asOf`; the report's findings.
    func check(
        _ rules: String, _ files: [SourceFile], asOf: String = "2026-11-26", selection: RuleSelection = .all
    ) throws -> [Finding] {
        let ruleSet = try ruleSet(rules)
        let date = try #require(LocalDate(asOf))
        let plan = try PlanSelection.select(from: ruleSet.plans, id: nil, on: date).get()
        let context = try RuleContext.prepare(ruleSet, plan: plan, asOf: date).get()
        let catalog = LoadedCatalog.decode(files, traits: ruleSet.traits)
        return context.check(catalog, selection: selection).findings
    }

    /// Findings as the text reporter prints them: `file:line:col: severity: message [rule]`.
    func lines(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.location): \($0.severity.rawValue): \($0.text) [\($0.rule)]" }
    }

    // MARK: Where findings point

    static let cutRule = """
        rules:
          - id: cut-not-above-legal
            severity: error
            when: has(deadline.proposed)
            assert: deadline.proposed < deadline.legal
            message: "proposed {deadline.proposed} is not below the legal {deadline.legal}"
            basis: Nghị định 61/2018/NĐ-CP

        """

    @Test func procedureFindingPointsAtTheValueTheAssertReadsFirst() throws {
        let findings = try check(
            Self.cutRule,
            [
                source(
                    "catalog/s.yaml",
                    """
                    sector: { id: s, name: S }
                    procedures:
                      - code: "1.000001"
                        name: P
                        level: province
                        deadline:
                          legal: 10
                          proposed: 12
                      - { code: "1.000002", name: Q, level: province, deadline: { legal: 10, proposed: 11 } }
                      - { code: "1.000003", name: R, level: province, deadline: { legal: 10, proposed: 7 } }
                      - { code: "1.000004", name: T, level: province, deadline: { legal: 10 } }

                    """)
            ])
        #expect(
            lines(findings) == [
                "catalog/s.yaml:8:17: error: proposed 12 is not below the legal 10 [cut-not-above-legal]",
                "catalog/s.yaml:9:84: error: proposed 11 is not below the legal 10 [cut-not-above-legal]",
            ])
        #expect(findings.map(\.procedure) == ["1.000001", "1.000002"])
        #expect(findings.map(\.sector) == ["s", "s"])
        #expect(findings.map(\.basis) == ["Nghị định 61/2018/NĐ-CP", "Nghị định 61/2018/NĐ-CP"])
    }

    @Test func procedureFindingPointsAtTheCodeWhenTheValueIsNotInTheFile() throws {
        let rules = """
            rules:
              - id: current-recorded
                severity: info
                assert: has(deadline.current)
                message: the deadline in force today is not recorded
              - id: current-short
                assert: deadline.current == 5
                message: "current {deadline.current}"
              - id: in-force-short
                assert: deadline.in_force <= 5
                message: "in force {deadline.in_force}"

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/s.yaml",
                    """
                    sector: { id: s, name: S }
                    procedures:
                      - code: "1.000001"
                        name: P
                        level: province
                        deadline:
                          legal: 10
                      - code: "1.000002"
                        name: Q
                        level: province
                        deadline:
                          legal: 10
                          current: 8

                    """)
            ])
        #expect(
            lines(findings) == [
                "catalog/s.yaml:3:11: info: the deadline in force today is not recorded [current-recorded]",
                "catalog/s.yaml:3:11: warning: current null [current-short]",
                "catalog/s.yaml:7:14: warning: in force 10 [in-force-short]",
                "catalog/s.yaml:13:16: warning: current 8 [current-short]",
                "catalog/s.yaml:13:16: warning: in force 8 [in-force-short]",
            ])
    }

    @Test func traitFindingPointsAtTheTraitWhereWrittenElseAtTheCode() throws {
        let rules = """
            rules:
              - id: online-full
                assert: traits.online == "full"
                message: "online {traits.online}"

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/s.yaml",
                    """
                    sector: { id: s, name: S }
                    procedures:
                      - { code: "1.000001", name: P, level: province, deadline: { legal: 1 } }
                      - code: "1.000002"
                        name: Q
                        level: province
                        deadline: { legal: 1 }
                        traits:
                          online: partial

                    """)
            ])
        #expect(
            lines(findings) == [
                "catalog/s.yaml:3:13: warning: online none [online-full]",
                "catalog/s.yaml:9:15: warning: online partial [online-full]",
            ])
    }

    @Test func sectorFindingPointsAtTheSectorId() throws {
        let rules = """
            rules:
              - id: two-procedures
                scope: sector
                severity: info
                assert: count(procedures) >= 2
                message: "{sector.name} ({sector.id}) has {count(procedures)} procedure"

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/a.yaml",
                    """
                    # Tư pháp
                    sector:
                      id: tu-phap
                      name: Tư pháp
                    procedures:
                      - { code: "1.000001", name: P, level: province, deadline: { legal: 1 } }

                    """),
                source(
                    "catalog/b.yaml",
                    "sector: { name: Y tế, id: y-te }\nprocedures: []\n"),
            ])
        #expect(
            lines(findings) == [
                "catalog/a.yaml:3:7: info: Tư pháp (tu-phap) has 1 procedure [two-procedures]",
                "catalog/b.yaml:1:27: info: Y tế (y-te) has 0 procedure [two-procedures]",
            ])
        #expect(findings.map(\.sector) == ["tu-phap", "y-te"])
        #expect(findings.map(\.procedure) == [nil, nil])
    }

    @Test func catalogFindingPointsAtThePlanIdInRules() throws {
        let rules = """
            rules:
              - id: enough-procedures
                scope: catalog
                assert: count(procedures) >= 3
                message: "{count(procedures)} procedures in {count(sectors)} sectors under {plan.id}"
                basis: Quyết định 1495/QĐ-UBND

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/s.yaml",
                    "sector: { id: s, name: S }\nprocedures:\n  - { code: \"1.000001\", name: P, level: province, deadline: { legal: 1 } }\n"
                )
            ])
        #expect(lines(findings) == ["rules/plan.yaml:2:9: warning: 1 procedures in 1 sectors under lang-son [enough-procedures]"])
        #expect(findings.first?.sector == nil)
        #expect(findings.first?.procedure == nil)
        #expect(findings.first?.basis == "Quyết định 1495/QĐ-UBND")
    }

    // MARK: Messages

    @Test func messagesPrintNumbersWithoutTrailingZeros() throws {
        let rules = """
            rules:
              - id: numbers
                when: has(deadline.proposed)
                assert: deadline.proposed > 100
                message: >-
                  proposed {deadline.proposed}, first step {steps[0].days},
                  quarter {deadline.legal / 4}, cut {pct((deadline.legal - deadline.proposed) / deadline.legal)},
                  rate {pct(0.37032)}, {{literal}}

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/s.yaml",
                    """
                    sector: { id: s, name: S }
                    procedures:
                      - code: "1.000001"
                        name: P
                        level: province
                        deadline: { legal: 9, proposed: 7 }
                        steps:
                          - { step: receive, by: center, days: "4h" }
                          - { step: appraise, by: agency, days: 6.5 }

                    """)
            ])
        #expect(
            findings.map(\.text) == [
                "proposed 7, first step 0.5, quarter 2.25, cut 22.22%, rate 37.03%, {literal}"
            ])
    }

    @Test func messageInTheRunLanguageElseEnglish() throws {
        let rules = """
            rules:
              - id: cut-not-above-legal
                severity: error
                when: has(deadline.proposed)
                assert: deadline.proposed < deadline.legal
                message:
                  en: "proposed {deadline.proposed} is not below the legal {deadline.legal}"
                  vi: "thời hạn đề xuất {deadline.proposed} ngày không thấp hơn thời hạn luật định {deadline.legal} ngày"

            """
        let files = [
            source(
                "catalog/s.yaml",
                "sector: { id: s, name: S }\nprocedures:\n  - { code: \"1.000001\", name: P, level: province, deadline: { legal: 2.5, proposed: 2.5 } }\n"
            )
        ]
        #expect(try check(rules, files).map(\.text) == ["proposed 2.5 is not below the legal 2.5"])
        #expect(
            try check(rules, files).map(\.vietnamese)
                == ["thời hạn đề xuất 2,5 ngày không thấp hơn thời hạn luật định 2,5 ngày"])
    }

    @Test func withoutAMessageTheFindingSaysWhatDidNotHold() throws {
        let rules = """
            rules:
              - id: described
                assert: deadline.legal <= 5
                description: The legal deadline is at most 5 days.
              - id: bare
                assert: deadline.legal <= 5

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/s.yaml",
                    "sector: { id: s, name: S }\nprocedures:\n  - { code: \"1.000001\", name: P, level: province, deadline: { legal: 6 } }\n"
                )
            ])
        #expect(findings.map(\.rule) == ["bare", "described"])
        #expect(findings.first?.text.contains("deadline.legal <= 5") == true, "\(findings)")
        #expect(findings.last?.text == "The legal deadline is at most 5 days.")
        #expect(findings.allSatisfy { $0.basis == nil })
    }

    // MARK: The run's date

    static let districtRule = """
        rules:
          - id: no-district-level
            severity: error
            effective: { from: 2025-07-01, until: 2025-12-31 }
            assert: level != "district"

        """

    static let districtCatalog = [
        source(
            "catalog/s.yaml",
            "sector: { id: s, name: S }\nprocedures:\n  - { code: \"1.000001\", name: P, level: district, deadline: { legal: 5 } }\n"
        )
    ]

    @Test(arguments: [
        ("2025-06-30", false), ("2025-07-01", true), ("2025-12-31", true), ("2026-01-01", false),
    ])
    func ruleIsOffOutsideItsEffectivePeriod(asOf: String, fires: Bool) throws {
        let findings = try check(Self.districtRule, Self.districtCatalog, asOf: asOf)
        #expect(lines(findings) == (fires ? ["catalog/s.yaml:3:41: error: `level != \"district\"` does not hold [no-district-level]"] : []))
    }

    @Test(arguments: [("2025-12-31", [String]()), ("2026-01-01", ["the cut of 35.00% is below the target of 40.00%"])])
    func datedTargetsAreReadOnTheRunDate(asOf: String, messages: [String]) throws {
        let rules = """
            rules:
              - id: cut-reaches-target
                when: has(deadline.proposed) && has(plan.targets.reduction_rate)
                assert: (deadline.legal - deadline.proposed) / deadline.legal >= plan.targets.reduction_rate
                message: "the cut of {pct((deadline.legal - deadline.proposed) / deadline.legal)} is below the target of {pct(plan.targets.reduction_rate)}"

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/s.yaml",
                    "sector: { id: s, name: S }\nprocedures:\n  - { code: \"1.000001\", name: P, level: province, deadline: { legal: 20, proposed: 13 } }\n"
                )
            ], asOf: asOf)
        #expect(findings.map(\.text) == messages)
    }

    @Test func aTargetThePlanDoesNotSetReadsNull() throws {
        let rules = """
            rules:
              - id: share-set
                scope: catalog
                severity: info
                assert: has(plan.targets.four_on_spot_share)
                message: "no four_on_spot_share target: {plan.targets.four_on_spot_share}; cut rate {plan.targets.procedure_cut_rate}"

            """
        let findings = try check(rules, [source("catalog/s.yaml", "sector: { id: s, name: S }\nprocedures: []\n")])
        #expect(lines(findings) == ["rules/plan.yaml:2:9: info: no four_on_spot_share target: null; cut rate 0.3 [share-set]"])
    }

    @Test func asOfIsTheRunDate() throws {
        let rules = """
            rules:
              - id: before-2027
                scope: catalog
                assert: as_of < date("2027-01-01")
                message: "as of {as_of}"

            """
        let files = [source("catalog/s.yaml", "sector: { id: s, name: S }\nprocedures: []\n")]
        #expect(try check(rules, files, asOf: "2026-12-31").isEmpty)
        #expect(try check(rules, files, asOf: "2027-01-01").map(\.text) == ["as of 2027-01-01"])
    }

    // MARK: Evaluation errors

    @Test func nullInArithmeticIsARuleErrorAndTheRunGoesOn() throws {
        let rules = """
            rules:
              - id: cut-three-days
                assert: deadline.legal - deadline.proposed >= 3
                message: "cut {deadline.legal - deadline.proposed}"
              - id: legal-short
                assert: deadline.legal <= 5
                message: "legal {deadline.legal}"

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/s.yaml",
                    """
                    sector: { id: s, name: S }
                    procedures:
                      - { code: "1.000001", name: P, level: province, deadline: { legal: 10, proposed: 9 } }
                      - { code: "1.000002", name: Q, level: province, deadline: { legal: 10 } }
                      - { code: "1.000003", name: R, level: province, deadline: { legal: 10, proposed: 5 } }

                    """)
            ])
        #expect(
            lines(findings) == [
                "catalog/s.yaml:3:70: warning: cut 1 [cut-three-days]",
                "catalog/s.yaml:3:70: warning: legal 10 [legal-short]",
                "catalog/s.yaml:4:70: warning: legal 10 [legal-short]",
                "catalog/s.yaml:4:70: error: rule `cut-three-days` could not be evaluated for procedure `1.000002`: `deadline.proposed` is null; guard the rule with `when: has(deadline.proposed)` [rule-error]",
                "catalog/s.yaml:5:70: warning: legal 10 [legal-short]",
            ])
        let error = try #require(findings.first { $0.rule == "rule-error" })
        #expect(error.severity == .error)
        #expect(error.procedure == "1.000002")
        #expect(error.sector == "s")
    }

    @Test func nullInAnOrderingComparisonOfASectorRuleIsARuleError() throws {
        let rules = """
            rules:
              - id: declared-rate
                scope: sector
                assert: sector.declared.rate > 0.2

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/a.yaml",
                    "sector: { id: a, name: A, declared: { rate: 0.1 } }\nprocedures: []\n"),
                source(
                    "catalog/b.yaml",
                    "sector: { id: b, name: B }\nprocedures: []\n"),
            ])
        #expect(findings.map(\.rule) == ["declared-rate", "rule-error"])
        let error = try #require(findings.last)
        #expect(error.location == Location(file: "catalog/b.yaml", line: 1, column: 15))
        #expect(error.severity == .error)
        #expect(error.sector == "b")
        #expect(error.text.hasPrefix("rule `declared-rate` could not be evaluated for sector `b`: "), "\(error.text)")
    }

    @Test func aMessageThatCannotBeWrittenStillReportsTheFinding() throws {
        let rules = """
            rules:
              - id: legal-short
                assert: deadline.legal <= 5
                description: The legal deadline is at most 5 days.
                message: "legal {deadline.legal}, current {deadline.current + 1}"

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/s.yaml",
                    "sector: { id: s, name: S }\nprocedures:\n  - { code: \"1.000001\", name: P, level: province, deadline: { legal: 10 } }\n"
                )
            ])
        #expect(findings.map(\.rule) == ["legal-short"])
        let message = try #require(findings.first?.text)
        #expect(message.hasPrefix("The legal deadline is at most 5 days."), "\(message)")
        #expect(message.contains("`deadline.current` is null"), "\(message)")
    }

    // MARK: Waivers

    static let waiverRules = """
        rules:
          - id: max-five
            assert: deadline.in_force <= 5
            message: "deadline {deadline.in_force} > 5"
          - id: no-interagency
            severity: error
            assert: "!traits.interagency"
            message: needs another agency

        """

    /// One procedure that fails both rules, with `waivers` (YAML lines) from line 9.
    func waived(_ waivers: String) -> [SourceFile] {
        [
            source(
                "catalog/s.yaml",
                """
                sector: { id: s, name: S }
                procedures:
                  - code: "1.000001"
                    name: P
                    level: province
                    deadline: { legal: 10 }
                    traits: { interagency: true }
                    waivers:
                \(waivers)
                  - { code: "1.000002", name: Q, level: province, deadline: { legal: 3 } }

                """)
        ]
    }

    @Test func waiverInForceSuppressesOnlyTheNamedRule() throws {
        let files = waived("      - { rule: max-five, reason: Văn bản 123/UBND-KSTT, until: 2026-12-31 }")
        #expect(lines(try check(Self.waiverRules, files)) == ["catalog/s.yaml:7:28: error: needs another agency [no-interagency]"])
        // The last day of a waiver is still in force.
        #expect(
            lines(try check(Self.waiverRules, files, asOf: "2026-12-31"))
                == ["catalog/s.yaml:7:28: error: needs another agency [no-interagency]"])
    }

    @Test func expiredWaiverWarnsAtItsUntilAndTheFindingComesBack() throws {
        let files = waived("      - { rule: max-five, reason: Văn bản 123/UBND-KSTT, until: 2026-12-31 }")
        let findings = try check(Self.waiverRules, files, asOf: "2027-01-01")
        #expect(findings.map(\.rule) == ["max-five", "no-interagency", "waiver-expired"])
        let expired = try #require(findings.last)
        #expect(expired.location == Location(file: "catalog/s.yaml", line: 9, column: 65))
        #expect(expired.severity == .warning)
        #expect(expired.procedure == "1.000001")
        #expect(expired.text.contains("max-five") && expired.text.contains("2026-12-31"), "\(expired.text)")
        #expect(findings[0].location == Location(file: "catalog/s.yaml", line: 6, column: 24))
        #expect(findings[0].text == "deadline 10 > 5")
    }

    @Test func waiverOfARuleThatDoesNotFireIsUnused() throws {
        let files = waived(
            """
                  - rule: max-five
                    reason: Văn bản 123/UBND-KSTT
                  - rule: no-interagency
                    reason: the agency answers at the center
                    until: 2030-12-31
            """)
        // Both rules fire on the first procedure: both waivers are used.
        #expect(try check(Self.waiverRules, files).isEmpty)

        let unused = try check(
            Self.waiverRules,
            [
                source(
                    "catalog/s.yaml",
                    """
                    sector: { id: s, name: S }
                    procedures:
                      - code: "1.000002"
                        name: Q
                        level: province
                        deadline: { legal: 3 }
                        waivers:
                          - rule: no-interagency
                            reason: the agency answers at the center

                    """)
            ])
        #expect(unused.map(\.rule) == ["waiver-unused"])
        #expect(unused.first?.severity == .info)
        #expect(unused.first?.location == Location(file: "catalog/s.yaml", line: 8, column: 15))
        #expect(unused.first?.text.contains("no-interagency") == true)
    }

    @Test func waiverOfAnUnknownRuleIsAnErrorWithASuggestion() throws {
        let files = waived("      - { rule: max-fiv, reason: typo }")
        let findings = try check(Self.waiverRules, files)
        #expect(findings.map(\.rule) == ["max-five", "no-interagency", "waiver-unknown-rule"])
        let unknown = try #require(findings.last)
        #expect(unknown.severity == .error)
        #expect(unknown.location == Location(file: "catalog/s.yaml", line: 9, column: 17))
        #expect(unknown.text.contains("`max-fiv`"), "\(unknown.text)")
        #expect(unknown.text.contains("did you mean `max-five`?"), "\(unknown.text)")
    }

    @Test func waiverOfADisabledRuleIsNotReportedUnused() throws {
        let files = waived("      - { rule: max-five, reason: R }")
        let findings = try check(Self.waiverRules, files, selection: RuleSelection(disable: ["max-five"]))
        #expect(findings.map(\.rule) == ["no-interagency"])
    }

    // MARK: Selection

    @Test func onlyAndDisableChooseTheRules() throws {
        let files = waived("      - { rule: no-such-rule, reason: R }")
        let all = try check(Self.waiverRules, files)
        #expect(all.map(\.rule) == ["max-five", "no-interagency", "waiver-unknown-rule"])
        let only = try check(Self.waiverRules, files, selection: RuleSelection(only: ["max-five"]))
        #expect(only.map(\.rule) == ["max-five", "waiver-unknown-rule"], "built-in checks stay on")
        let disabled = try check(Self.waiverRules, files, selection: RuleSelection(disable: ["max-five"]))
        #expect(disabled.map(\.rule) == ["no-interagency", "waiver-unknown-rule"])
        let both = try check(
            Self.waiverRules, files, selection: RuleSelection(only: ["max-five", "no-interagency"], disable: ["no-interagency"]))
        #expect(both.map(\.rule) == ["max-five", "waiver-unknown-rule"])
    }

    // MARK: Traits

    @Test func traitsAbsentFromTheCatalogReadTheirDeclaredDefault() throws {
        let rules = """
            rules:
              - id: traits
                severity: info
                assert: "false"
                message: >-
                  online {traits.online}, fee {traits.fee_vnd}, interagency {traits.interagency},
                  contact {has(traits.contact) ? traits.contact : "none given"}

            """
        let findings = try check(
            rules,
            [
                source(
                    "catalog/s.yaml",
                    """
                    sector: { id: s, name: S }
                    procedures:
                      - { code: "1.000001", name: P, level: province, deadline: { legal: 1 } }
                      - { code: "1.000002", name: Q, level: province, deadline: { legal: 1 },
                          traits: { online: full, fee_vnd: 50000, interagency: true, contact: "Bộ phận một cửa" } }

                    """)
            ])
        #expect(
            findings.map(\.text) == [
                "online none, fee 0, interagency false, contact none given",
                "online full, fee 50000, interagency true, contact Bộ phận một cửa",
            ])
    }

    @Test func catalogDecoderFilesCheckLikeLoadedOnes() throws {
        let ruleSet = try ruleSet(Self.cutRule)
        let plan = try PlanSelection.select(from: ruleSet.plans, id: nil, on: LocalDate("2026-11-26")!).get()
        let context = try RuleContext.prepare(ruleSet, plan: plan, asOf: LocalDate("2026-11-26")!).get()
        let file = CatalogDecoder(traits: ruleSet.traits).decode(
            bytes: Array("sector: { id: s, name: S }\nprocedures:\n  - { code: \"1.000001\", name: P, level: commune, deadline: { legal: \"3d\", proposed: \"24h\" } }\n".utf8),
            path: "s.yaml")
        let report = context.check(LoadedCatalog(files: [file]))
        #expect(lines(report.findings) == ["s.yaml:3:85: error: proposed 3 is not below the legal 3 [cut-not-above-legal]"])
        #expect(report.files == 1)
        #expect(report.sectors == 1)
        #expect(report.procedures == 1)
        #expect(report.plan == "lang-son")
    }
}
