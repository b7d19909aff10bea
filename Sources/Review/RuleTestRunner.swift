import Catalog
import RuleLanguage
import Vocabulary

/// The outcome of one rule test.
public struct RuleTestResult: Sendable {
    public var test: RuleTest
    /// Expected findings that did not come.
    public var missing: [RuleTest.Expectation]
    /// Findings that came but were not expected.
    public var unexpected: [Finding]
    /// Why the test could not run (no plan in force on its date…), if so.
    public var error: RuleTestError?
    /// What the test did to the rules, when the run observed it (`--coverage`);
    /// nil also when the test could not run, having reached no rule.
    public var reach: RuleTestReach?

    public var passed: Bool { missing.isEmpty && unexpected.isEmpty && error == nil }
}

/// Runs rule tests against the rules of rules/ (SPEC §7).
public struct RuleTestRunner {
    public let ruleSet: RuleSet
    public let planID: String?
    public let defaultDate: LocalDate
    public let budget: EvaluationBudget
    /// A finding's message in the run's language, for `message_contains`.
    public let message: @Sendable (Message) -> String

    public init(
        ruleSet: RuleSet, planID: String?, defaultDate: LocalDate, budget: EvaluationBudget = .standard,
        message: @escaping @Sendable (Message) -> String
    ) {
        self.ruleSet = ruleSet
        self.planID = planID
        self.defaultDate = defaultDate
        self.budget = budget
        self.message = message
    }

    /// Runs one test: its catalog (decoded as if each sector were a file) checked
    /// on its date, and the findings compared as multisets of expectations;
    /// when `observing`, also which rules it made fire and hold (`--coverage`).
    public func run(_ test: RuleTest, observing: Bool = false) -> RuleTestResult {
        let asOf = test.asOf ?? defaultDate
        let context: RuleContext
        // The test's own plan replaces the one `--plan` names or the date selects.
        let selected = test.plan.map { .success($0) } ?? PlanSelection.select(from: ruleSet.plans, id: planID, on: asOf)
        switch selected {
        case .failure(let error):
            return RuleTestResult(test: test, missing: [], unexpected: [], error: .plan(error))
        case .success(var plan):
            plan.targets.merge(test.targets) { _, own in own }
            // The test's parameters change its rules for this test only.
            var rules = ruleSet
            let refused = RuleOverrides.apply(test.params, to: &rules.rules)
            guard refused.isEmpty else {
                return RuleTestResult(test: test, missing: [], unexpected: [], error: .rules(refused))
            }
            switch RuleContext.prepare(rules, plan: plan, asOf: asOf) {
            case .failure(let errors):
                return RuleTestResult(test: test, missing: [], unexpected: [], error: .rules(errors.findings))
            case .success(let prepared): context = prepared
            }
        }
        let catalog = LoadedCatalog(files: test.catalog)
        let reach: RuleTestReach?
        let report: CheckReport
        if observing {
            let observed = context.observe(catalog, budget: budget)
            report = observed.report
            reach = RuleTestReach(test, inForce: context.rulesInForce.map(\.id), observed: observed.observation)
        } else {
            report = context.check(catalog, budget: budget)
            reach = nil
        }
        let found = report.findings.filter { test.compares($0.rule) }
        var expected = test.expect.filter { test.compares($0.rule) }.sorted { $0.specificity > $1.specificity }
        var unmatched = found
        expected.removeAll { expectation in
            guard let index = unmatched.firstIndex(where: { expectation.matches($0, message: message) }) else { return false }
            unmatched.remove(at: index)
            return true
        }
        let unexpected = unmatched
        return RuleTestResult(test: test, missing: expected.sorted(), unexpected: unexpected, error: nil, reach: reach)
    }
}

/// Why a rule test could not run.
public enum RuleTestError: Sendable {
    case plan(PlanSelectionError)
    case rules([Finding])
}
