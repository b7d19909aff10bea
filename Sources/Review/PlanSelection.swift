import Vocabulary

/// Chooses the plan a run measures against (SPEC §4.1).
public enum PlanSelection {
    /// The plan named `id`, else the one plan in force on `date`. The error
    /// lists every plan with its period, so the user can pick with `--plan`.
    public static func select(
        from plans: [Plan], id: String?, on date: LocalDate, language: Language = .en
    ) -> Result<Plan, PlanSelectionError> {
        let listing = plans.map {
            "  \($0.id.value) (\($0.effective)) " + language.pick("in", "trong") + " \(HarmlessText.escape($0.file))"
        }.joined(separator: "\n")
        if let id {
            if let plan = plans.first(where: { $0.id.value == id }) { return .success(plan) }
            return .failure(
                PlanSelectionError(
                    message: language.pick(
                        "no plan has the id `\(HarmlessText.escape(id))`; the plans in rules/ are:\n",
                        "không có đề án nào mang mã `\(HarmlessText.escape(id))`; các đề án trong rules/ là:\n")
                        + (listing.isEmpty ? language.pick("  (none)", "  (không có)") : listing)))
        }
        let inForce = plans.filter { $0.effective.contains(date) }
        if inForce.count == 1 { return .success(inForce[0]) }
        if plans.isEmpty {
            return .failure(
                PlanSelectionError(
                    message: language.pick(
                        "rules/ declares no plan; add one under `plans:`", "rules/ chưa khai báo đề án nào; thêm vào `plans:`")))
        }
        let problem =
            inForce.isEmpty
            ? language.pick("no plan is in force", "không có đề án nào có hiệu lực")
            : language.pick("\(inForce.count) plans are in force", "có \(inForce.count) đề án cùng có hiệu lực")
        return .failure(
            PlanSelectionError(
                message: problem
                    + language.pick(
                        " on \(date); choose one with --plan ID or another --as-of DATE. The plans are:\n",
                        " vào ngày \(date); chọn một đề án bằng --plan ID hoặc ngày khác bằng --as-of DATE. Các đề án:\n")
                    + listing))
    }
}

public struct PlanSelectionError: Error, Sendable {
    public var message: String
}
