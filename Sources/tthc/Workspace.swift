import Catalog
import Documents
import Foundation
import Reporters
import Review
import RuleLanguage
import Vocabulary

/// What every command needs before it can review anything: the rules and the
/// run's date. Everything here that fails exits 2.
struct Workspace {
    var ruleSet: RuleSet
    var asOf: LocalDate
    var limits: Limits
    var language: Language
    /// What each rule may cost on each item.
    var budget: EvaluationBudget
    private var rulesDirectory: String

    init(_ options: InputOptions, limits: Limits = .standard) throws(RunFailure) {
        self.limits = limits
        language = options.language
        asOf = options.runDate
        rulesDirectory = options.rules
        budget = try EvaluationBudgetSetting.budget(ProcessInfo.processInfo.environment)
        guard FileSystemInput.isDirectory(options.rules) else {
            throw RunFailure(.rulesDirectoryMissing(options.rules))
        }
        let files = try FileSystemInput.read(
            FileSystemInput.yamlFiles(at: options.rules, skipping: ["tests"]), limits: limits)
        switch RuleSetLoader.load(files, limits: limits) {
        case .success(let ruleSet): self.ruleSet = ruleSet
        case .failure(let errors): throw Self.invalid(errors.withExpressionErrors(asOf: asOf), in: options.rules)
        }
    }

    /// The ids a rule test may name: the rules of rules/ and the built-in checks.
    var knownRuleIDs: Set<String> {
        Set(ruleSet.rules.map(\.id.value)).union(BuiltinRule.allCases.map(\.rawValue))
    }

    /// The plan named `planID`, or the one in force, with the rules compiled for it.
    func prepare(planID: String?) throws(RunFailure) -> RuleContext {
        try Self.prepare(ruleSet, planID: planID, asOf: asOf, rules: rulesDirectory)
    }

    static func prepare(
        _ ruleSet: RuleSet, planID: String?, asOf: LocalDate, rules: String
    ) throws(RunFailure) -> RuleContext {
        let plan: Plan
        switch PlanSelection.select(from: ruleSet.plans, id: planID, on: asOf) {
        case .success(let selected): plan = selected
        case .failure(let error): throw RunFailure(.planSelection(error))
        }
        switch RuleContext.prepare(ruleSet, plan: plan, asOf: asOf) {
        case .success(let context): return context
        case .failure(let errors): throw invalid(errors, in: rules)
        }
    }

    /// Compiles the rules against every plan, for commands that pick a plan
    /// per case (`tthc test`) but must still refuse invalid rules up front.
    func validateRules() throws(RunFailure) {
        for plan in ruleSet.plans {
            if case .failure(let errors) = RuleContext.prepare(ruleSet, plan: plan, asOf: asOf) {
                throw Self.invalid(errors, in: rulesDirectory)
            }
        }
    }

    /// Reads and decodes the catalog files at `paths` (directories walked).
    func loadCatalog(_ paths: [String], jobs: Int) throws(RunFailure) -> LoadedCatalog {
        let limits = limits
        return try LoadedCatalog.decode(
            FileSystemInput.yamlFiles(at: paths), read: { FileSystemInput.read($0, limits: limits) },
            traits: ruleSet.traits, limits: limits, jobs: jobs
        ).get()
    }

    static func invalid(_ errors: RuleSetErrors, in directory: String) -> RunFailure {
        RunFailure(.rulesInvalid(directory: directory), details: errors.findings.map { .rulesError($0) })
    }
}
