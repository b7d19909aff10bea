import Catalog
import Review
import Vocabulary

/// The one place a `SuggestionLabel` becomes words.
enum SuggestionLabelText {
    static func render(_ label: SuggestionLabel, in language: Language, medium: TextMedium = .terminal) -> String {
        let words = Words(language: language, medium: medium)
        return language == .vi ? vietnamese(label, words) : english(label, words)
    }

    private static func percent(_ value: Double?, _ w: Words) -> String {
        ReportNumbers.percent(value, w.language.numberStyle)
    }

    private static func english(_ label: SuggestionLabel, _ w: Words) -> String {
        switch label {
        case .title(let plan): "Suggestion for plan \(w.text(plan))"
        case .code: "Code"
        case .name: "Name"
        case .field: "Field"
        case .change: "Before → after"
        case .why: "Why"
        case .outcome(let outcome, let changes):
            "\(outcome.target.rawValue): \(percent(outcome.before, w)) → \(percent(outcome.after, w)), target \(percent(outcome.value, w)): "
                + (outcome.reached
                    ? (changes == 0 ? "already met" : "met with \(w.count(changes)) \(changes == 1 ? "change" : "changes")")
                    : "not reachable — " + englishObstacle(outcome, w))
        case .obstacle(let outcome): englishObstacle(outcome, w)
        case .reason(let reason, let after):
            switch reason {
            case .newCut(let legal): "cuts " + cut(legal, after, w, of: "of", legalWord: "legal days")
            case .deeperCut(let legal): "a deeper cut: " + cut(legal, after, w, of: "of", legalWord: "legal days")
            case .onTheSpot(let deadline):
                "the rules allow it on the list; deadline \(ReportNumbers.deadline(deadline, mark: "cd", w.language.numberStyle)) days"
            }
        case .stepsFollow: "a step, shortened with the deadline"
        case .declaredTotal(let sector): "declared total of \(w.code(sector)), kept equal to the rows"
        case .citizenDays(let before, let after):
            "Citizen-days saved a year: \(w.grouped(Int(before.rounded()))) → \(w.grouped(Int(after.rounded())))"
        case .nothingToChange: "Nothing to change: every target asked for is met."
        case .written(let files): "Wrote the changes into \(w.count(files)) \(files == 1 ? "file" : "files")."
        case .notWritten: "Nothing written: the suggestion does not reach every target."
        }
    }

    private static func englishObstacle(_ outcome: SuggestedChanges.Outcome, _ w: Words) -> String {
        let target = percent(outcome.value, w)
        switch outcome.obstacle {
        case .cutLimit(let days, let best, let maxRate, let heldBack)?:
            return "\(target) needs \(w.number(roundedUp(days))) more days cut; every procedure in scope cut "
                + (maxRate.map { "to the \(percent($0, w)) limit" } ?? "as deep as it can go")
                + (heldBack ? " (less where a rule forbids it)" : "") + " would give \(percent(best, w))"
        case .fewCandidates(let procedures, let best)?:
            return "\(target) needs \(w.count(procedures)) more procedures on the 4-on-the-spot list; "
                + "every candidate the rules allow would give \(percent(best, w))"
        case .maxChanges(let limit, let needed, let best)?:
            return "\(target) needs \(w.count(needed)) changes and --max-changes allows \(w.count(limit)); "
                + "the best \(w.count(limit)) would give \(percent(best, w))"
        case .rulesRefuse(let rule, _)?:
            return "every suggestion that reaches \(target) adds a finding of rule \(w.code(rule)); change the catalog or the rule by hand"
        case .noFigure?, nil:
            return "the catalog has no procedure to measure"
        }
    }

    private static func vietnamese(_ label: SuggestionLabel, _ w: Words) -> String {
        switch label {
        case .title(let plan): "Đề xuất theo đề án \(w.text(plan))"
        case .code: "Mã thủ tục"
        case .name: "Tên thủ tục"
        case .field: "Trường"
        case .change: "Trước → sau"
        case .why: "Lý do"
        case .outcome(let outcome, let changes):
            "\(outcome.target.rawValue): \(percent(outcome.before, w)) → \(percent(outcome.after, w)), chỉ tiêu \(percent(outcome.value, w)): "
                + (outcome.reached
                    ? (changes == 0 ? "đã đạt" : "đạt với \(w.count(changes)) thay đổi")
                    : "không thể đạt — " + vietnameseObstacle(outcome, w))
        case .obstacle(let outcome): vietnameseObstacle(outcome, w)
        case .reason(let reason, let after):
            switch reason {
            case .newCut(let legal): "cắt giảm " + cut(legal, after, w, of: "/", legalWord: "ngày luật định")
            case .deeperCut(let legal): "cắt giảm sâu hơn: " + cut(legal, after, w, of: "/", legalWord: "ngày luật định")
            case .onTheSpot(let deadline):
                "đủ điều kiện theo các quy tắc; thời hạn \(ReportNumbers.deadline(deadline, mark: "ngày lịch", w.language.numberStyle)) ngày"
            }
        case .stepsFollow: "bước xử lý, rút ngắn theo thời hạn mới"
        case .declaredTotal(let sector): "số liệu tổng hợp của lĩnh vực \(w.code(sector)), giữ khớp với các dòng"
        case .citizenDays(let before, let after):
            "Số ngày-người dân tiết kiệm mỗi năm: \(w.grouped(Int(before.rounded()))) → \(w.grouped(Int(after.rounded())))"
        case .nothingToChange: "Không cần thay đổi: mọi chỉ tiêu đã đạt."
        case .written(let files): "Đã ghi thay đổi vào \(w.count(files)) tệp."
        case .notWritten: "Không ghi gì: đề xuất chưa đạt mọi chỉ tiêu."
        }
    }

    private static func vietnameseObstacle(_ outcome: SuggestedChanges.Outcome, _ w: Words) -> String {
        let target = percent(outcome.value, w)
        switch outcome.obstacle {
        case .cutLimit(let days, let best, let maxRate, let heldBack)?:
            return "để đạt \(target) cần cắt giảm thêm \(w.number(roundedUp(days))) ngày; cắt giảm mọi thủ tục trong phạm vi "
                + (maxRate.map { "đến mức tối đa \(percent($0, w))" } ?? "đến mức sâu nhất có thể")
                + (heldBack ? " (ít hơn ở nơi quy tắc không cho phép)" : "") + " chỉ đạt \(percent(best, w))"
        case .fewCandidates(let procedures, let best)?:
            return "để đạt \(target) cần thêm \(w.count(procedures)) thủ tục vào danh mục 4 tại chỗ; "
                + "mọi thủ tục đủ điều kiện theo các quy tắc chỉ đạt \(percent(best, w))"
        case .maxChanges(let limit, let needed, let best)?:
            return "để đạt \(target) cần \(w.count(needed)) thay đổi nhưng --max-changes chỉ cho \(w.count(limit)); "
                + "\(w.count(limit)) thay đổi tốt nhất đạt \(percent(best, w))"
        case .rulesRefuse(let rule, _)?:
            return "mọi đề xuất đạt \(target) đều phát sinh cảnh báo của quy tắc \(w.code(rule)); cần sửa danh mục hoặc quy tắc"
        case .noFigure?, nil:
            return "danh mục không có thủ tục nào để tính"
        }
    }

    /// "5 of 10 legal days (50.00%)": the days cut by `after` from `legal`.
    private static func cut(
        _ legal: Duration, _ after: SuggestedChanges.FieldValue?, _ w: Words, of: String, legalWord: String
    ) -> String {
        guard case .duration(let proposed)? = after else { return "" }
        let days = legal.days - proposed.days
        let separator = of == "/" ? "/" : " \(of) "
        return "\(w.number(days))\(separator)\(w.number(legal.days)) \(legalWord) (\(percent(days / legal.days, w)))"
    }

    /// Days needed, up to the half day a proposal is written in.
    private static func roundedUp(_ days: Double) -> Double { (days * 2 - 1e-9).rounded(.up) / 2 }
}
