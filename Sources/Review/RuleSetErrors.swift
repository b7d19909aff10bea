import Vocabulary

/// The errors that make rules/ unusable.
public struct RuleSetErrors: Error, Sendable {
    public var findings: [Finding]
    /// What did decode despite them, so that the expressions of the rules
    /// that decoded can be checked too: one run shows every error (SPEC §10).
    public var decoded: RuleSet?

    public init(findings: [Finding], decoded: RuleSet? = nil) {
        self.findings = findings
        self.decoded = decoded
    }

    /// These errors with those of compiling the rules that decoded, against
    /// the plan in force on `asOf` (else the first plan that decoded).
    public func withExpressionErrors(asOf: LocalDate) -> RuleSetErrors {
        guard let decoded else { return self }
        let plan: Plan
        switch PlanSelection.select(from: decoded.plans, id: nil, on: asOf) {
        case .success(let selected): plan = selected
        case .failure:
            guard let first = decoded.plans.first else { return self }
            plan = first
        }
        guard case .failure(let more) = RuleContext.prepare(decoded, plan: plan, asOf: asOf) else { return self }
        return RuleSetErrors(findings: Finding.sorted(findings + more.findings))
    }
}
