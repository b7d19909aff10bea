import Review
import Vocabulary

/// The words of a plan that could not be chosen, with every plan and its
/// period so the user can pick one with `--plan` or `--as-of`.
public enum PlanSelectionText {
    public static func render(_ error: PlanSelectionError, in language: Language, medium: TextMedium = .plain) -> String {
        let vi = language == .vi
        let w = Words(language: language, medium: medium)
        let listing = error.plans.map {
            let from = $0.period.from.map(w.date) ?? "…"
            let until = $0.period.until.map(w.date) ?? "…"
            return "  \(w.text($0.id)) (\(from) \(vi ? "đến" : "to") \(until)) \(vi ? "trong" : "in") \(w.text($0.file))"
        }.joined(separator: "\n")
        let date = w.date(error.date)
        switch error.problem {
        case .unknownPlan(let id):
            return (vi
                ? "không có đề án nào mang mã \(w.code(id)); các đề án trong rules/ là:\n"
                : "no plan has the id \(w.code(id)); the plans in rules/ are:\n")
                + (listing.isEmpty ? (vi ? "  (không có)" : "  (none)") : listing)
        case .noPlans:
            return vi ? "rules/ chưa khai báo đề án nào; thêm vào `plans:`" : "rules/ declares no plan; add one under `plans:`"
        case .noneInForce, .severalInForce:
            var problem: String
            if case .severalInForce(let count) = error.problem {
                problem = vi ? "có \(count) đề án cùng có hiệu lực" : "\(count) plans are in force"
            } else {
                problem = vi ? "không có đề án nào có hiệu lực" : "no plan is in force"
            }
            problem += vi
                ? " vào ngày \(date); chọn một đề án bằng --plan ID hoặc ngày khác bằng --as-of DATE. Các đề án:\n"
                : " on \(date); choose one with --plan ID or another --as-of DATE. The plans are:\n"
            return problem + listing
        }
    }
}
