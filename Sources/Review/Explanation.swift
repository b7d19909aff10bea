import Catalog
import Foundation
import RuleLanguage
import Vocabulary

/// Why each rule in force did or did not fire on one procedure: its own
/// rules, its sector's and the catalog's, with every sub-expression's value.
public struct Explanation: Sendable {
    public struct RuleTrace: Sendable {
        public var id: String
        public var scope: RuleDefinition.Scope
        public var severity: Severity
        /// `when` held (or there is none).
        public var applies: Bool
        /// `assert` held; false also when it could not be evaluated.
        public var holds: Bool
        /// A waiver in force names the rule.
        public var waived: Bool
        public var whenSource: String?
        public var assertSource: String
        public var when: ExpressionTrace?
        /// Nil when `when` did not hold, so `assert` was not evaluated.
        public var assert: ExpressionTrace?
    }

    public var code: String
    public var name: String
    public var location: Location
    public var sector: String
    public var rules: [RuleTrace]
    /// The procedure's waivers: rule, reason, until, and whether in force.
    public var waivers: [(rule: String, reason: String, until: LocalDate?, inForce: Bool)]

    /// A procedure a code given to `explain` may mean.
    public struct Candidate: Sendable, Equatable {
        public var code: String
        public var name: String
        public var file: String
    }

    /// The procedures `query` names: the one whose code it is, else those
    /// whose national part (`1.001234` of `1.001234.000.00.00.H37`) it is.
    /// Invisible characters of the query are left out, as the catalog's are.
    public static func candidates(for query: String, in catalog: LoadedCatalog) -> [Candidate] {
        let code = InvisibleCharacters.scan(TextNormalization.nfc(query), identifier: true).cleaned
            .trimmingCharacters(in: .whitespaces)
        var exact: [Candidate] = []
        var national: [Candidate] = []
        for file in catalog.files {
            for procedure in file.procedures {
                let candidate = Candidate(code: procedure.code.value, name: procedure.name.value, file: file.path)
                if procedure.code.value == code {
                    exact.append(candidate)
                } else if procedure.code.value.hasPrefix(code + ".") {
                    national.append(candidate)
                }
            }
        }
        return exact.isEmpty ? national : exact
    }

    /// The explanation for `code`, or nil when no procedure has that code.
    /// `rule` limits it to one rule; each rule runs under `budget`, as in `check`.
    public static func explain(
        _ code: String, in catalog: LoadedCatalog, context: RuleContext, rule only: String? = nil,
        budget: EvaluationBudget = .standard
    ) -> Explanation? {
        let bindings = context.bindings(catalog)
        for sector in bindings.sectors {
            guard let row = sector.file.procedures.firstIndex(where: { $0.code.value == code }) else { continue }
            let procedure = sector.file.procedures[row]
            let waivers = procedure.waivers.filter { $0.isInForce(on: context.asOf) }.map(\.rule.value)
            var traces: [RuleTrace] = []
            for rule in context.rulesInForce where only.map({ $0 == rule.id }) ?? true {
                let environment: Record =
                    switch rule.scope {
                    case .procedure: bindings.procedureEnvironment(row, in: sector)
                    case .sector: bindings.sectorEnvironment(sector)
                    case .catalog: bindings.catalogEnvironment()
                    }
                let lets = rule.lets.values()
                var spent = budget
                let when = rule.when.map { $0.trace(environment, lets: lets, budget: &spent) }
                // A `when` that cannot be evaluated is a rule-error in `check`:
                // the rule neither applies cleanly nor holds.
                let whenFailed = when.map { trace in
                    if case .success(.bool) = trace.result { return false }
                    return true
                } ?? false
                let applies = when.map { (try? $0.result.get()) == .bool(true) } ?? true
                let assert = applies ? rule.assert.trace(environment, lets: lets, budget: &spent) : nil
                let holds = !whenFailed && (assert.map { (try? $0.result.get()) == .bool(true) } ?? true)
                traces.append(
                    RuleTrace(
                        id: rule.id, scope: rule.scope, severity: rule.severity, applies: applies, holds: holds,
                        waived: rule.scope == .procedure && waivers.contains(rule.id),
                        whenSource: rule.when?.source, assertSource: rule.assert.source, when: when, assert: assert))
            }
            return Explanation(
                code: code, name: procedure.name.value,
                location: Location(file: sector.file.path, mark: procedure.code.mark),
                sector: sector.sector.id.value, rules: traces,
                waivers: procedure.waivers.map {
                    ($0.rule.value, $0.reason.value, $0.until?.value, $0.isInForce(on: context.asOf))
                })
        }
        return nil
    }
}
