import Catalog
import RuleLanguage
import Vocabulary

/// Evaluates the compiled rules over the catalog in their three scopes and
/// applies the procedures' waivers (SPEC §4.3, §4.6).
struct RuleEngine {
    let rules: [CompiledRule]
    /// Every rule id of rules/, in force or not: what a waiver may name.
    let knownRules: Set<String>
    /// The scope of every rule of rules/.
    let scopes: [String: RuleDefinition.Scope]
    let bindings: Bindings
    let plan: Plan
    let asOf: LocalDate
    let selection: RuleSelection
    /// The rules of rules/ whose `effective` period ended before the run's
    /// date: a waiver of one of them is moot, not expired.
    let endedRules: Set<String>
    /// What each rule may cost on each item.
    let budget: EvaluationBudget
    /// What the rules compute from `plan`, `as_of` and `catalog` alone, once for the run.
    let shared: SharedValues

    /// One unit of work for a thread: a catalog-scope rule over the whole
    /// catalog, or a sector with its procedures.
    private enum Work: Sendable {
        case catalog(CompiledRule)
        case sector(Bindings.SectorBinding)
        /// Findings of another kind, worked out beside the rules.
        case alongside(@Sendable () -> [Finding])
    }

    /// What one unit of work found, and observed when asked to.
    private struct Found: Sendable {
        var findings: [Finding]
        var seen: RuleObservation?
    }

    /// Every finding of the rules on up to `jobs` threads: each catalog rule
    /// and each sector is one unit. Catalog rules come first, being the longest
    /// (each walks every procedure), so they do not finish alone at the end.
    /// The caller sorts the findings, so the order of the threads does not show.
    ///
    /// When `observing`, it also says which rules fired and held (the rule
    /// tests' coverage). Not observing, `seen` stays nil all the way down, so
    /// each item costs one test of an optional and allocates nothing more.
    ///
    /// `alongside` is more work for the same threads (the cross-file checks),
    /// taken first; its findings come before the rules'.
    func findings(jobs: Int = 1, observing: Bool = false, alongside: (@Sendable () -> [Finding])? = nil) -> (
        findings: [Finding], observation: RuleObservation?
    ) {
        let active = rules.filter { $0.definition.isInForce(on: asOf) && selection.includes($0.id) }
        let procedureRules = active.filter { $0.scope == .procedure }
        let sectorRules = active.filter { $0.scope == .sector }
        let work =
            (alongside.map { [Work.alongside($0)] } ?? []) + active.filter { $0.scope == .catalog }.map(Work.catalog)
            + bindings.sectors.map(Work.sector)
        let found = Parallel.map(work, jobs: jobs) { work -> Found in
            var seen: RuleObservation? = observing ? RuleObservation() : nil
            switch work {
            case .catalog(let rule):
                let (outcome, reported) = judge(
                    rule, bindings.catalogEnvironment(), lets: rule.lets.values(),
                    at: Location(file: plan.file, mark: plan.id.mark), sector: nil, procedure: nil)
                seen?.record(rule.id, outcome, reported: reported)
                return Found(findings: reported, seen: seen)
            case .sector(let sector):
                let reported = sectorFindings(sector, procedureRules, sectorRules, seen: &seen)
                return Found(findings: reported, seen: seen)
            case .alongside(let work):
                return Found(findings: work(), seen: seen)
            }
        }
        let observation: RuleObservation? =
            observing ? found.reduce(into: RuleObservation()) { $0.merge($1.seen ?? RuleObservation()) } : nil
        return (found.flatMap(\.findings), observation)
    }

    /// The findings of one sector: its procedures', then its own.
    private func sectorFindings(
        _ sector: Bindings.SectorBinding, _ procedureRules: [CompiledRule], _ sectorRules: [CompiledRule],
        seen: inout RuleObservation?
    ) -> [Finding] {
        var found: [Finding] = []
        // Each rule's `let` values, reused from one procedure to the next.
        let lets = procedureRules.map { $0.lets.values() }
        // By row, so each procedure is read in place rather than copied.
        for row in sector.file.procedures.indices {
            let environment = bindings.procedureEnvironment(row, in: sector)
            found += procedureFindings(row, environment, sector, procedureRules, lets, seen: &seen)
        }
        let id = sector.sector.id
        let location = Location(file: sector.file.path, mark: id.mark)
        let environment = bindings.sectorEnvironment(sector)
        for rule in sectorRules {
            let (outcome, reported) = judge(
                rule, environment, lets: rule.lets.values(), at: location, sector: id.value, procedure: nil)
            seen?.record(rule.id, outcome, reported: reported)
            found += reported
        }
        return found
    }

    /// A procedure's findings: each failing rule unless a waiver in force names
    /// it, and the waivers' own findings.
    private func procedureFindings(
        _ row: Int, _ environment: Record, _ sector: Bindings.SectorBinding, _ rules: [CompiledRule],
        _ lets: [LetValues?], seen: inout RuleObservation?
    ) -> [Finding] {
        let file = sector.file.path
        let sectorID = sector.sector.id.value
        let procedures = sector.file.procedures
        var code: String { procedures[row].code.value }
        var name: String { procedures[row].name.value }
        let waivers = procedures[row].waivers
        func location(_ mark: Mark) -> Location { Location(file: file, mark: mark) }
        /// Where a rule's finding points: the value its assertion reads first.
        func placement(_ rule: CompiledRule) -> Location {
            location(FindingPlacement.mark(of: rule.assert.firstPath, in: procedures[row]))
        }

        var findings: [Finding] = []
        guard !waivers.isEmpty else {
            // The common case: no waiver to apply or to judge.
            // By index, and a rule's empty list of findings not appended:
            // each was a few reference counts, on every rule of every procedure.
            for index in rules.indices {
                let rule = rules[index]
                let (outcome, reported) = judge(
                    rule, environment, lets: lets[index], at: placement(rule), sector: sectorID, procedure: code,
                    procedureName: name)
                seen?.record(rule.id, outcome, reported: reported)
                if !reported.isEmpty { findings += reported }
            }
            return findings
        }
        var waived: [String: Waiver] = [:]
        func waiverFinding(_ rule: BuiltinRule, _ message: ReviewMessage, at mark: Mark, index: Int) -> Finding {
            Finding(
                rule, message: .review(message), location: location(mark), sector: sectorID, procedure: code,
                procedureName: name, keyPath: "waivers[\(index)]")
        }
        for (index, waiver) in waivers.enumerated() {
            let rule = waiver.rule.value
            if !knownRules.contains(rule) {
                findings.append(
                    waiverFinding(
                        .waiverUnknownRule, .waiverUnknownRule(rule, suggestion: Suggestion.closest(to: rule, in: knownRules)),
                        at: waiver.rule.mark, index: index))
            } else if let scope = scopes[rule], scope != .procedure {
                findings.append(
                    waiverFinding(
                        .waiverUnused, .waiverNotProcedureRule(rule, scope: scope.rawValue), at: waiver.rule.mark,
                        index: index))
            } else if let until = waiver.until, until.value < asOf, !endedRules.contains(rule) {
                // A waiver of a rule whose own period has ended is moot, not expired.
                findings.append(
                    waiverFinding(.waiverExpired, .waiverExpired(rule, on: until.value), at: until.mark, index: index))
            } else if waived[rule] == nil {
                waived[rule] = waiver
            }
        }
        // Rules evaluated here that neither fired nor failed to evaluate: a
        // waiver of one of them is unused. A waiver of a rule not in force yet
        // (or filtered out) may still be needed, so it is not judged.
        var quiet: Set<String> = []
        for (rule, lets) in zip(rules, lets) {
            let (outcome, found) = judge(
                rule, environment, lets: lets, at: placement(rule), sector: sectorID, procedure: code,
                procedureName: name)
            if found.isEmpty { quiet.insert(rule.id) }
            let reported = waived[rule.id] != nil ? found.filter { $0.rule != rule.id } : found
            seen?.record(rule.id, outcome, reported: reported)
            findings += reported
        }
        for (rule, waiver) in waived.sorted(by: { $0.key < $1.key })
        where quiet.contains(rule) {
            let index = waivers.firstIndex { $0.mark == waiver.mark } ?? 0
            findings.append(waiverFinding(.waiverUnused, .waiverUnused(rule), at: waiver.rule.mark, index: index))
        }
        return findings
    }

    /// One rule on one item: its outcome and what it reports, under a budget
    /// and `let` values of its own. The place and the names of the item are
    /// worked out only for a finding (most items have none: passing their
    /// texts to every rule was a reference count each).
    /// `lets` is the rule's set of `let` values (`rule.lets.values()`),
    /// emptied here, so that a thread can use one for many items.
    private func judge(
        _ rule: CompiledRule, _ environment: Record, lets: LetValues?, at location: @autoclosure () -> Location,
        sector: @autoclosure () -> String?, procedure: @autoclosure () -> String?,
        procedureName: @autoclosure () -> String? = nil
    ) -> (outcome: RuleOutcome, findings: [Finding]) {
        lets?.reset()
        var spent = budget
        let outcome = RuleOutcome.evaluate(rule, in: environment, lets: lets, shared: shared, budget: &spent)
        guard outcome.isFinding else { return (outcome, []) }
        let found = finding(
            rule, outcome, environment, lets, at: location(), sector: sector(), procedure: procedure(),
            procedureName: procedureName(), budget: &spent)
        return (outcome, found)
    }

    /// The finding of one rule's outcome on one item, a `rule-error` finding,
    /// or none. The message is written under what is left of `budget`.
    private func finding(
        _ rule: CompiledRule, _ outcome: RuleOutcome, _ environment: Record, _ lets: LetValues?, at location: Location,
        sector: String?,
        procedure: String?, procedureName: String? = nil, budget: inout EvaluationBudget
    ) -> [Finding] {
        let item: ReviewMessage.Item = procedure.map { .procedure($0) } ?? sector.map { .sector($0) } ?? .catalog
        switch outcome {
        case .notApplicable, .holds:
            return []
        case .fails:
            let (text, exhausted) = message(rule, environment, lets, budget: &budget)
            let found = Finding(
                rule: rule.id, severity: rule.severity, message: text, location: location,
                sector: sector, procedure: procedure, procedureName: procedureName, basis: rule.definition.basis)
            // A message over the budget still leaves the rule's verdict: the
            // finding stands, with the plain message, beside the rule-error.
            guard let exhausted else { return [found] }
            return [
                found,
                Self.stopped(rule, exhausted, item, inMessage: true, location, sector, procedure, procedureName),
            ]
        case .error(let error, _):
            if let exhausted = error.exhausted {
                return [Self.stopped(rule, exhausted, item, inMessage: false, location, sector, procedure, procedureName)]
            }
            return [
                Finding(
                    .ruleError,
                    message: .review(.ruleError(rule: rule.id, item: item, error: error.message)),
                    location: location, sector: sector, procedure: procedure, procedureName: procedureName,
                    keyPath: rule.id)
            ]
        }
    }

    /// The `rule-error` of a rule stopped by its budget on one item: it names
    /// the budget, and says the rule, not the item, is at fault.
    private static func stopped(
        _ rule: CompiledRule, _ exhausted: EvaluationBudget.Exhausted, _ item: ReviewMessage.Item, inMessage: Bool,
        _ location: Location, _ sector: String?, _ procedure: String?, _ procedureName: String?
    ) -> Finding {
        let budget: ReviewMessage.Budget =
            switch exhausted {
            case .steps(let size): .steps(size)
            case .bytes(let size): .bytes(size)
            }
        return Finding(
            .ruleError,
            message: .review(.ruleStopped(rule: rule.id, item: item, budget: budget, inMessage: inMessage)),
            location: location, sector: sector, procedure: procedure, procedureName: procedureName,
            keyPath: rule.id)
    }

    /// The rule's message from rules/ in each language, numbers written as
    /// that language writes them, and which budget ran out if writing it did;
    /// its description or assertion when it has none or it cannot be written.
    private func message(
        _ rule: CompiledRule, _ environment: Record, _ lets: LetValues?, budget: inout EvaluationBudget
    ) -> (Message, EvaluationBudget.Exhausted?) {
        func fallback(_ error: EvaluationError?) -> Message {
            let cause = error?.message
            if let description = rule.definition.description { return .review(.ruleDescription(description, messageError: cause)) }
            return .review(.ruleFails(assert: rule.assert.source, messageError: cause))
        }
        guard !rule.messages.isEmpty else { return (fallback(nil), nil) }
        var texts: [Language: [RuleText.Segment]] = [:]
        for language in Language.allCases {
            guard let template = rule.template(for: language.rawValue) else { continue }
            do {
                texts[language] = try template.segments(
                    environment, lets: lets, shared: shared, budget: &budget, numbers: language.numberStyle)
            } catch {
                if let exhausted = error.exhausted { return (fallback(nil), exhausted) }
                return (fallback(error), nil)
            }
        }
        return (.rule(RuleText(texts)), nil)
    }
}
