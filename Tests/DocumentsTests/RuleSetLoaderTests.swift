import Documents
import Review
import Testing
import Vocabulary

@Suite struct RuleSetLoaderTests {
    func errors(_ files: [SourceFile]) -> [String] {
        guard case .failure(let errors) = RuleSetLoader.load(files) else { return [] }
        return errors.findings.map { "\($0.location): \($0.text)" }
    }

    @Test func mergesPlansTraitsAndRulesAcrossFiles() throws {
        let ruleSet = try RuleSetLoader.load([
            source("rules/a.yaml", "plans:\n  - id: p\ntraits:\n  online: { type: enum, values: [full, none], default: none }\n"),
            source("rules/b.yaml", "rules:\n  - id: r\n    assert: code != \"\"\n    severity: error\n    scope: sector\n"),
        ]).get()
        #expect(ruleSet.plans.map(\.id.value) == ["p"])
        #expect(ruleSet.traits["online"]?.kind == .enumeration(["full", "none"]))
        #expect(ruleSet.rules.map(\.id.value) == ["r"])
        #expect(ruleSet.rules.first?.severity == .error)
        #expect(ruleSet.rules.first?.scope == .sector)
    }

    @Test func ruleDefaultsAreProcedureScopeAndWarning() throws {
        let ruleSet = try RuleSetLoader.load([source("rules/r.yaml", "rules:\n  - id: r\n    assert: 'true'\n")]).get()
        #expect(ruleSet.rules.first?.scope == .procedure)
        #expect(ruleSet.rules.first?.severity == .warning)
    }

    @Test func unknownKeyIsLocatedWithASuggestion() {
        #expect(
            errors([source("rules/p.yaml", "plans:\n  - id: p\n    targts: {}\n")])
                == ["rules/p.yaml:3:5: unknown key `targts` in a plan; did you mean `targets`?"])
    }

    @Test func badYAMLIsLocated() {
        let found = errors([source("rules/p.yaml", "plans:\n  - id: [p\n")])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("rules/p.yaml:3:1: ") == true)
    }

    @Test func duplicateRuleIdsAcrossFilesAreAnError() {
        let rule = "rules:\n  - id: same\n    assert: 'true'\n"
        #expect(
            errors([source("rules/a.yaml", rule), source("rules/b.yaml", rule)])
                == ["rules/b.yaml:2:9: rule id `same` is used twice; ids must be unique (first at rules/a.yaml:2:9)"])
    }

    @Test func ruleNamedAfterABuiltinCheckIsAnError() {
        #expect(
            errors([source("rules/a.yaml", "rules:\n  - id: schema\n    assert: 'true'\n")])
                == ["rules/a.yaml:2:9: rule id `schema` is the name of a built-in check; choose another id"])
    }

    @Test func traitDefaultMustHaveTheDeclaredType() {
        #expect(
            errors([source("rules/t.yaml", "traits:\n  fee: { type: number, default: free }\n")])
                == ["rules/t.yaml:2:33: `traits.fee` must be a number such as 10 or 0.5, found `free`"])
    }

    @Test func datedTargetKeysMustBeDates() {
        #expect(
            errors([source("rules/p.yaml", "plans:\n  - id: p\n    targets:\n      rate: { 2021-01-01: 0.2, soon: 0.3 }\n")])
                == ["rules/p.yaml:4:32: `targets.rate` maps dates (YYYY-MM-DD) to values, found the key `soon`"])
    }

    @Test func standardTargetsAreNumbers() {
        #expect(
            errors([source("rules/p.yaml", "plans:\n  - id: p\n    targets:\n      reduction_rate: { a: 0.3 }\n")])
                == ["rules/p.yaml:4:23: `targets.reduction_rate` must be a number, found a mapping"])
    }

    @Test func ruleWithoutAssertIsAnError() {
        #expect(
            errors([source("rules/r.yaml", "rules:\n  - id: r\n    severity: fatal\n")])
                == [
                    "rules/r.yaml:2:5: a rule is missing the required key `assert`",
                    "rules/r.yaml:3:15: `rules.severity` must be one of info | warning | error, found `fatal`",
                ])
    }

    @Test func messageMayBeAMapOfLanguages() throws {
        let ruleSet = try RuleSetLoader.load([
            source("rules/r.yaml", "rules:\n  - id: r\n    assert: 'true'\n    message: { vi: Sai, en: Wrong }\n")
        ]).get()
        #expect(ruleSet.rules.first?.message["vi"]?.text == "Sai")
        #expect(ruleSet.rules.first?.message["en"]?.text == "Wrong")
    }
}
