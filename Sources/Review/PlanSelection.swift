import Vocabulary

/// Chooses the plan a run measures against: the one named by `--plan`, else
/// the one whose period contains the run's date.
public enum PlanSelection {
    /// The plan named `id`, else the one plan in force on `date`. The error
    /// lists every plan with its period, so the user can pick with `--plan`.
    public static func select(from plans: [Plan], id: String?, on date: LocalDate) -> Result<Plan, PlanSelectionError> {
        let listing = plans.map { PlanSelectionError.Listing(id: $0.id.value, period: $0.effective, file: $0.file) }
        if let id {
            if let plan = plans.first(where: { $0.id.value == id }) { return .success(plan) }
            return .failure(PlanSelectionError(problem: .unknownPlan(id), date: date, plans: listing))
        }
        let inForce = plans.filter { $0.effective.contains(date) }
        if inForce.count == 1 { return .success(inForce[0]) }
        if plans.isEmpty { return .failure(PlanSelectionError(problem: .noPlans, date: date, plans: [])) }
        return .failure(
            PlanSelectionError(
                problem: inForce.isEmpty ? .noneInForce : .severalInForce(inForce.count), date: date, plans: listing))
    }
}

/// Why no plan could be chosen, with every plan and its period; worded by the
/// reporters.
public struct PlanSelectionError: Error, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        case unknownPlan(String)
        case noPlans
        case noneInForce
        case severalInForce(Int)
    }

    public struct Listing: Sendable, Equatable {
        public var id: String
        public var period: DatePeriod
        public var file: String
    }

    public var problem: Problem
    public var date: LocalDate
    public var plans: [Listing]
}
