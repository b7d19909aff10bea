import RuleLanguage
import Vocabulary

/// The `rule-error` finding of a rule stopped by its evaluation budget
/// (SPEC §8.7): it names the budget and says the rule, not the item, is at
/// fault.
enum BudgetFinding {
    /// `item` is already worded ("procedure `1.000001`"); `inMessage` when the
    /// budget ran out while the rule's message was written.
    static func make(
        rule: String, exhausted: EvaluationBudget.Exhausted, item: String, inMessage: Bool, location: Location,
        sector: String?, procedure: String?, language: Language
    ) -> Finding {
        let separator: Character = language == .vi ? "." : ","
        let spent: String
        switch exhausted {
        case .steps(let size):
            let count = EvaluationBudget.Exhausted.grouped(size, separator: separator)
            spent = language.pick("after \(count) evaluation steps", "sau \(count) bước tính")
        case .bytes(let size):
            let count = EvaluationBudget.Exhausted.grouped(size, separator: separator)
            spent = language.pick("after building \(count) bytes of values", "sau khi tạo \(count) byte giá trị")
        }
        let writing = inMessage ? language.pick(" while writing its message", " khi viết thông báo") : ""
        return Finding(
            rule: BuiltinRule.ruleError.rawValue, severity: BuiltinRule.ruleError.severity,
            message: language.pick(
                "rule `\(rule)` stopped \(spent) on \(item)\(writing): the budget for one rule on one item; simplify the rule",
                "quy tắc `\(rule)` bị dừng \(spent) trên \(item)\(writing): đó là giới hạn cho một quy tắc trên một đối tượng; "
                    + "hãy đơn giản hóa quy tắc"),
            location: location, sector: sector, procedure: procedure)
    }
}
