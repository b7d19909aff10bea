import Catalog
import RuleLanguage
import Vocabulary
import YAMLTree

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
    let language: Language
    /// What each rule may cost on each item.
    let budget: EvaluationBudget

    /// One unit of work for a thread: a catalog-scope rule over the whole
    /// catalog, or a sector with its procedures.
    private enum Work: Sendable {
        case catalog(CompiledRule)
        case sector(Bindings.SectorBinding)
    }

    /// Every finding of the rules on up to `jobs` threads: each catalog rule
    /// and each sector is one unit. Catalog rules come first, being the longest
    /// (each walks every procedure), so they do not finish alone at the end.
    /// The caller sorts the findings, so the order of the threads does not show.
    func findings(jobs: Int = 1) -> [Finding] {
        let active = rules.filter { $0.definition.isInForce(on: asOf) && selection.includes($0.id) }
        let procedureRules = active.filter { $0.scope == .procedure }
        let sectorRules = active.filter { $0.scope == .sector }
        let work = active.filter { $0.scope == .catalog }.map(Work.catalog) + bindings.sectors.map(Work.sector)
        return Parallel.map(work, jobs: jobs) { work in
            switch work {
            case .catalog(let rule):
                let location = Location(file: plan.file, line: plan.id.mark.line, column: plan.id.mark.column)
                let environment = bindings.catalogEnvironment()
                var spent = budget
                return finding(
                    rule, RuleOutcome.evaluate(rule, in: environment, budget: &spent), environment, at: location, sector: nil,
                    procedure: nil, budget: &spent)
            case .sector(let sector):
                return sectorFindings(sector, procedureRules, sectorRules)
            }
        }.flatMap { $0 }
    }

    /// The findings of one sector: its procedures', then its own.
    private func sectorFindings(
        _ sector: Bindings.SectorBinding, _ procedureRules: [CompiledRule], _ sectorRules: [CompiledRule]
    ) -> [Finding] {
        var found: [Finding] = []
        // By index, so each procedure is read in place rather than copied.
        let procedures = sector.file.procedures
        for index in procedures.indices {
            let environment = bindings.procedureEnvironment(sector.records[index], in: sector)
            found += procedureFindings(procedures[index], environment, sector, procedureRules)
        }
        let id = sector.sector.id
        let location = Location(file: sector.file.path, line: id.mark.line, column: id.mark.column)
        let environment = bindings.sectorEnvironment(sector)
        for rule in sectorRules {
            var spent = budget
            found += finding(
                rule, RuleOutcome.evaluate(rule, in: environment, budget: &spent), environment, at: location,
                sector: id.value, procedure: nil, budget: &spent)
        }
        return found
    }

    /// A procedure's findings: each failing rule unless a waiver in force names
    /// it, and the waivers' own findings.
    private func procedureFindings(
        _ procedure: Procedure, _ environment: Record, _ sector: Bindings.SectorBinding, _ rules: [CompiledRule]
    ) -> [Finding] {
        let file = sector.file.path
        let sectorID = sector.sector.id.value
        let code = procedure.code.value
        func location(_ mark: Mark) -> Location { Location(file: file, line: mark.line, column: mark.column) }

        var findings: [Finding] = []
        guard !procedure.waivers.isEmpty else {
            // The common case: no waiver to apply or to judge.
            for rule in rules {
                var spent = budget
                let outcome = RuleOutcome.evaluate(rule, in: environment, budget: &spent)
                guard outcome.isFinding else { continue }
                findings += finding(
                    rule, outcome, environment, at: location(FindingPlacement.mark(of: rule.assert.firstPath, in: procedure)),
                    sector: sectorID, procedure: code, budget: &spent)
            }
            return findings
        }
        var waived: [String: Waiver] = [:]
        for waiver in procedure.waivers {
            let rule = waiver.rule.value
            if !knownRules.contains(rule) {
                findings.append(
                    Finding(
                        rule: BuiltinRule.waiverUnknownRule.rawValue, severity: BuiltinRule.waiverUnknownRule.severity,
                        message: language.pick(
                            "the waiver names `\(rule)`, which is not a rule of rules/",
                            "miễn trừ nêu quy tắc `\(rule)`, không có trong rules/")
                            + (Suggestion.closest(to: rule, in: knownRules).map {
                                language.pick("; did you mean `\($0)`?", "; có phải là `\($0)`?")
                            } ?? ""),
                        location: location(waiver.rule.mark), sector: sectorID, procedure: code))
            } else if let scope = scopes[rule], scope != .procedure {
                findings.append(
                    Finding(
                        rule: BuiltinRule.waiverUnused.rawValue, severity: BuiltinRule.waiverUnused.severity,
                        message: language.pick(
                            "`\(rule)` is a \(scope.rawValue) rule and a waiver applies to procedure rules only; remove the waiver",
                            "`\(rule)` là quy tắc cấp \(scope == .sector ? "lĩnh vực" : "danh mục"), miễn trừ chỉ áp dụng cho quy tắc cấp thủ tục; bỏ miễn trừ này"),
                        location: location(waiver.rule.mark), sector: sectorID, procedure: code))
            } else if let until = waiver.until, until.value < asOf {
                findings.append(
                    Finding(
                        rule: BuiltinRule.waiverExpired.rawValue, severity: BuiltinRule.waiverExpired.severity,
                        message: language.pick(
                            "the waiver of `\(rule)` expired on \(until.value); renew it or fix the procedure",
                            "miễn trừ quy tắc `\(rule)` đã hết hạn ngày \(until.value); gia hạn hoặc sửa thủ tục"),
                        location: location(until.mark), sector: sectorID, procedure: code))
            } else if waived[rule] == nil {
                waived[rule] = waiver
            }
        }
        // Rules evaluated here that neither fired nor failed to evaluate: a
        // waiver of one of them is unused. A waiver of a rule not in force yet
        // (or filtered out) may still be needed, so it is not judged.
        var quiet: Set<String> = []
        for rule in rules {
            var spent = budget
            let outcome = RuleOutcome.evaluate(rule, in: environment, budget: &spent)
            let found =
                outcome.isFinding
                ? finding(
                    rule, outcome, environment,
                    at: location(FindingPlacement.mark(of: rule.assert.firstPath, in: procedure)), sector: sectorID,
                    procedure: code, budget: &spent)
                : []
            if found.isEmpty { quiet.insert(rule.id) }
            if waived[rule.id] != nil {
                findings += found.filter { $0.rule != rule.id }
            } else {
                findings += found
            }
        }
        for (rule, waiver) in waived.sorted(by: { $0.key < $1.key })
        where quiet.contains(rule) {
            findings.append(
                Finding(
                    rule: BuiltinRule.waiverUnused.rawValue, severity: BuiltinRule.waiverUnused.severity,
                    message: language.pick(
                        "the waiver of `\(rule)` is not needed: the rule does not fire on this procedure; remove the waiver",
                        "miễn trừ quy tắc `\(rule)` không cần thiết: thủ tục đã đáp ứng quy tắc; bỏ miễn trừ này"),
                    location: location(waiver.rule.mark), sector: sectorID, procedure: code))
        }
        return findings
    }

    /// The finding of one rule's outcome on one item, a `rule-error` finding,
    /// or none. The message is written under what is left of `budget`.
    private func finding(
        _ rule: CompiledRule, _ outcome: RuleOutcome, _ environment: Record, at location: Location, sector: String?,
        procedure: String?, budget: inout EvaluationBudget
    ) -> [Finding] {
        let item =
            procedure.map { language.pick("procedure `\($0)`", "thủ tục `\($0)`") }
            ?? sector.map { language.pick("sector `\($0)`", "lĩnh vực `\($0)`") }
            ?? language.pick("the catalog", "danh mục")
        switch outcome {
        case .notApplicable, .holds:
            return []
        case .fails:
            let (text, exhausted) = message(rule, environment, budget: &budget)
            let found = Finding(
                rule: rule.id, severity: rule.severity, message: text, location: location,
                sector: sector, procedure: procedure, basis: rule.definition.basis)
            // A message over the budget still leaves the rule's verdict: the
            // finding stands, with the plain message, beside the rule-error.
            guard let exhausted else { return [found] }
            return [
                found,
                BudgetFinding.make(
                    rule: rule.id, exhausted: exhausted, item: item, inMessage: true, location: location, sector: sector,
                    procedure: procedure, language: language),
            ]
        case .error(let error, _):
            if let exhausted = error.exhausted {
                return [
                    BudgetFinding.make(
                        rule: rule.id, exhausted: exhausted, item: item, inMessage: false, location: location,
                        sector: sector, procedure: procedure, language: language)
                ]
            }
            return [
                Finding(
                    rule: BuiltinRule.ruleError.rawValue, severity: BuiltinRule.ruleError.severity,
                    message: language.pick(
                        "rule `\(rule.id)` could not be evaluated for \(item): \(error.message)",
                        "không tính được quy tắc `\(rule.id)` cho \(item): \(error.message)"),
                    location: location, sector: sector, procedure: procedure)
            ]
        }
    }

    /// The rule's message, and which budget ran out if writing it did (the
    /// message is then the plain one).
    private func message(
        _ rule: CompiledRule, _ environment: Record, budget: inout EvaluationBudget
    ) -> (String, EvaluationBudget.Exhausted?) {
        let fallback =
            rule.definition.description
            ?? language.pick("`\(rule.assert.source)` does not hold", "`\(rule.assert.source)` không thỏa")
        guard let template = rule.template(for: language.rawValue) else { return (fallback, nil) }
        do {
            return (try template.render(environment, budget: &budget), nil)
        } catch {
            if let exhausted = error.exhausted { return (fallback, exhausted) }
            return (fallback + language.pick(
                " (the message could not be written: \(error.message))", " (không viết được thông báo: \(error.message))"), nil)
        }
    }
}
