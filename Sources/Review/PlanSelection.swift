import Vocabulary

/// Chooses the plan a run measures against (SPEC §4.1).
public enum PlanSelection {
    /// The plan named `id`, else the one plan in force on `date`. The error
    /// lists every plan with its period, so the user can pick with `--plan`.
    public static func select(from plans: [Plan], id: String?, on date: LocalDate) -> Result<Plan, PlanSelectionError> {
        let listing = plans.map { "  \($0.id.value) (\($0.effective)) in \($0.file)" }.joined(separator: "\n")
        if let id {
            if let plan = plans.first(where: { $0.id.value == id }) { return .success(plan) }
            return .failure(
                PlanSelectionError(
                    message: "no plan has the id `\(id)`; the plans in rules/ are:\n"
                        + (listing.isEmpty ? "  (none)" : listing)))
        }
        let inForce = plans.filter { $0.effective.contains(date) }
        if inForce.count == 1 { return .success(inForce[0]) }
        if plans.isEmpty {
            return .failure(PlanSelectionError(message: "rules/ declares no plan; add one under `plans:` (SPEC §4.1)"))
        }
        let problem = inForce.isEmpty ? "no plan is in force" : "\(inForce.count) plans are in force"
        return .failure(
            PlanSelectionError(
                message: "\(problem) on \(date); choose one with --plan ID or another --as-of DATE. The plans are:\n"
                    + listing))
    }
}

public struct PlanSelectionError: Error, Sendable {
    public var message: String
}
