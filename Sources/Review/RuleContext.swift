import Catalog
import RuleLanguage
import Vocabulary

/// The rules of a run made ready: the plan in force, the run's date, the
/// names each scope offers and every rule compiled against them.
public struct RuleContext: Sendable {
    public let ruleSet: RuleSet
    public let plan: Plan
    public let asOf: LocalDate
    public let schema: RuleSchema
    public let rules: [CompiledRule]

    /// The targets of SPEC §4.1: names of `plan.targets` under every plan, null
    /// where a plan does not set them, so one rule pack loads under any plan.
    public static let standardTargets: Set<String> = [
        "reduction_rate", "sector_reduction_rate", "four_on_spot_share", "procedure_cut_rate", "cut_scope_min_days",
    ]

    /// Compiles the rules for `plan` on `asOf`; errors are located in rules/.
    /// `plan.targets` names what any plan sets (SPEC §10): a rule for a later
    /// plan's target loads under this one and reads it as null, so
    /// `has(plan.targets.X)` is false; a name no plan sets stays a load error.
    public static func prepare(_ ruleSet: RuleSet, plan: Plan, asOf: LocalDate) -> Result<RuleContext, RuleSetErrors> {
        let (kinds, conflicts) = TargetKinds.of([plan] + ruleSet.plans, standard: standardTargets)
        guard conflicts.isEmpty else { return .failure(RuleSetErrors(findings: conflicts)) }
        let schema = RuleSchema(traits: ruleSet.traits, targets: kinds.mapValues(\.valueType))
        return RuleCompilation.compile(ruleSet.rules, definitions: ruleSet.definitions, schema: schema).map {
            RuleContext(ruleSet: ruleSet, plan: plan, asOf: asOf, schema: schema, rules: $0)
        }
    }

    /// The rules in force on the run's date, in the order rules/ lists them.
    public var rulesInForce: [CompiledRule] {
        rules.filter { $0.definition.isInForce(on: asOf) }
    }

    /// The rules an override disabled that would be in force on the run's date.
    public var rulesDisabled: [CompiledRule] {
        rules.filter { $0.definition.disabledBy != nil && $0.definition.effective.contains(asOf) }
    }

    public func bindings(_ catalog: LoadedCatalog, jobs: Int = 1) -> Bindings {
        Bindings(
            catalog: catalog, schema: schema, traits: ruleSet.traits, plan: plan, asOf: asOf, jobs: jobs,
            lookups: rules.contains { $0.reads("catalog") })
    }

    /// Every finding on the catalog: built-in checks and the rules, each rule
    /// on each item under `budget`.
    public func check(
        _ catalog: LoadedCatalog, selection: RuleSelection = .all, jobs: Int = 1, roots: SourceRoots = SourceRoots(),
        budget: EvaluationBudget = .standard
    ) -> CheckReport {
        check(catalog, selection: selection, jobs: jobs, roots: roots, budget: budget, observing: false).report
    }

    /// `check`, and which rules fired and which held on some item: the rule
    /// tests' coverage (SPEC §11). The report is the one `check` gives.
    public func observe(_ catalog: LoadedCatalog, budget: EvaluationBudget = .standard) -> (
        report: CheckReport, observation: RuleObservation
    ) {
        let (report, observation) = check(
            catalog, selection: .all, jobs: 1, roots: SourceRoots(), budget: budget, observing: true)
        return (report, observation ?? RuleObservation())
    }

    private func check(
        _ catalog: LoadedCatalog, selection: RuleSelection, jobs: Int, roots: SourceRoots, budget: EvaluationBudget,
        observing: Bool
    ) -> (report: CheckReport, observation: RuleObservation?) {
        var findings = catalog.files.flatMap(\.findings)
        let engine = RuleEngine(
            rules: rules, knownRules: Set(rules.map(\.id)),
            scopes: Dictionary(rules.map { ($0.id, $0.scope) }, uniquingKeysWith: { first, _ in first }),
            bindings: bindings(catalog, jobs: jobs), plan: plan, asOf: asOf, selection: selection,
            // A waiver of a rule that has ended, or that an override disabled, is moot.
            endedRules: Set(
                rules.filter { $0.definition.disabledBy != nil || ($0.definition.effective.until.map { $0 < asOf } ?? false) }
                    .map(\.id)),
            budget: budget, shared: SharedValues(budget: budget))
        // The cross-file checks on a thread beside the rules' (they were a
        // serial phase of their own).
        let (ruleFindings, observation) = engine.findings(
            jobs: jobs, observing: observing, alongside: { CrossFileChecks.findings(catalog) })
        findings += ruleFindings
        let builtins = BuiltinRule.allCases.map {
            CheckReport.RuleInfo(id: $0.rawValue, severity: $0.severity, description: $0.summary)
        }
        let ran = rulesInForce.filter { selection.includes($0.id) }.map {
            CheckReport.RuleInfo(
                id: $0.id, scope: $0.scope.rawValue, severity: $0.severity, description: $0.definition.description,
                basis: $0.definition.basis)
        }
        let checked = catalog.files.map { file in
            CheckReport.CheckedFile(path: file.path, sector: file.sector?.id.value, catalog: file.procedures)
        }
        var sorted = Finding.sorted(findings)
        Fingerprint.assign(&sorted, relative: roots.relative, plan: plan.id.value)
        let report = CheckReport(
            asOf: asOf,
            plan: plan.id.value,
            files: catalog.files.count,
            sectors: Set(catalog.files.compactMap { $0.sector?.id.value }).count,
            procedures: catalog.files.reduce(0) { $0 + $1.procedureEntries },
            findings: sorted,
            rules: builtins + ran,
            checkedFiles: checked)
        return (report, observation)
    }
}
