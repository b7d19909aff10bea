import Vocabulary

/// The one place a `CheckLabel` becomes words, in English or Vietnamese;
/// numbers and dates in them written as the language writes them, text from
/// files escaped for the medium (`Words`).
enum CheckLabelText {
    static func render(_ label: CheckLabel, in language: Language, medium: TextMedium = .plain) -> String {
        let words = Words(language: language, medium: medium)
        return language == .vi ? vietnamese(label, words) : english(label, words)
    }

    static func english(_ label: CheckLabel, _ w: Words) -> String {
        /// `1 file`, `2 files`.
        func plural(_ n: Int, _ word: String) -> String { "\(w.count(n)) \(word)\(n == 1 ? "" : "s")" }
        switch label {
        case .relatedLocation: return "related location"
        case .basis: return "basis"
        case .parameters: return "params"
        case .overridden: return "overridden"
        case .disabledBy(let location): return "disabled by \(location)"
        case .sector: return "sector"
        case .summary(let t):
            return "\(plural(t.files, "file")), \(plural(t.sectors, "sector")), \(plural(t.procedures, "procedure")) "
                + "checked against \(w.text(t.plan)) as of \(w.date(t.asOf)): "
                + "\(plural(t.errors, "error")), \(plural(t.warnings, "warning")), \(w.count(t.infos)) info"
                + englishSuppressed(t, w)
        case .heading: return "tthc check"
        case .severityColumn: return "Severity"
        case .locationColumn: return "Location"
        case .ruleColumn: return "Rule"
        case .messageColumn: return "Message"
        case .subjectColumn: return "Procedure / sector"
        case .noFindings: return "No findings."
        case .related: return "related"
        case .basisTitle: return "Basis"
        case .markdownSummary(let t):
            return "\(plural(t.files, "file")), \(plural(t.sectors, "sector")), \(plural(t.procedures, "procedure")) "
                + "checked against \(w.code(t.plan)) as of \(w.date(t.asOf)): "
                + "**\(plural(t.errors, "error"))**, \(plural(t.warnings, "warning")), \(w.count(t.infos)) info"
                + englishSuppressed(t, w) + "."
        case .changesSince: return "Changes since"
        case .catalogChangesSince: return "Catalog changes since"
        case .proceduresSection: return "Procedures"
        case .noProcedureChanged: return "no procedure added, removed or changed"
        case .added: return "added"
        case .removed: return "removed"
        case .changed: return "changed"
        case .planFigures: return "Plan figures (before → after)"
        case .before: return "Before"
        case .after: return "After"
        case .total: return "total"
        case .withCut: return "with a cut"
        case .legalDays: return "legal days"
        case .daysCut: return "days cut"
        case .reductionRate: return "reduction rate"
        case .fourOnTheSpotShare: return "4-on-the-spot share"
        case .newFindings: return "New findings"
        case .none: return "none"
        case .waiverOf: return "waiver of"
        case .waiverUntil(let date): return "until \(w.date(date))"
        case .expired: return "(expired)"
        case .doesNotApply: return "does not apply"
        case .holds: return "holds"
        case .failsWaived: return "fails, waived"
        case .fails: return "FAILS"
        case .ruleError: return "ERROR, reported as rule-error"
        case .evaluatedTimes(let n): return "(evaluated \(w.count(n)) times, once per element)"
        case .valueError: return "error"
        case .effective: return "effective"
        case .period(let period): return "\(period.from.map(w.date) ?? "…") to \(period.until.map(w.date) ?? "…")"
        case .rulesInForce(let n): return "\(plural(n, "rule")) in force"
        case .pass: return "pass"
        case .fail: return "FAIL"
        case .couldNotRun: return "could not run"
        case .invalidRules: return "invalid rules"
        case .expectedNotFound: return "expected, not found"
        case .foundNotExpected: return "found, not expected"
        case .onProcedure(let code): return "on procedure \(w.text(code))"
        case .onSector(let id): return "on sector \(w.text(id))"
        case .onCatalog: return "on the catalog"
        case .coverageRuleColumn: return "rule"
        case .coverageFiredColumn: return "fired"
        case .coverageHeldColumn: return "held"
        case .coverageTestsColumn: return "tests"
        case .untested: return "untested"
        case .neverFires: return "never fires"
        case .neverHolds: return "never holds"
        case .coverageSummary(let covered, let rules, let percent):
            return "\(w.count(covered)) of \(plural(rules, "rule")) in force fire and hold in some test "
                + "(\(w.number(percent))%)"
        case .coverageBelowMinimum(let covered, let rules, let percent, let minimum):
            return "rule coverage \(w.number(percent))% is below --min-coverage \(w.count(minimum)): "
                + "\(w.count(rules - covered)) of \(plural(rules, "rule")) in force do not both fire and hold in some test"
        }
    }

    static func vietnamese(_ label: CheckLabel, _ w: Words) -> String {
        switch label {
        case .relatedLocation: return "vị trí liên quan"
        case .basis: return "căn cứ"
        case .parameters: return "tham số"
        case .overridden: return "được ghi đè"
        case .disabledBy(let location): return "bị tắt bởi \(location)"
        case .sector: return "lĩnh vực"
        case .summary(let t):
            return "đã kiểm tra \(vietnameseCounts(t, w)) theo đề án \(w.text(t.plan)) tại ngày \(w.date(t.asOf)): "
                + "\(w.count(t.errors)) lỗi, \(w.count(t.warnings)) cảnh báo, \(w.count(t.infos)) thông tin"
                + vietnameseSuppressed(t, w)
        case .heading: return "Kết quả kiểm tra (tthc check)"
        case .severityColumn: return "Mức độ"
        case .locationColumn: return "Vị trí"
        case .ruleColumn: return "Quy tắc"
        case .messageColumn: return "Nội dung"
        case .subjectColumn: return "Thủ tục / lĩnh vực"
        case .noFindings: return "Không có phát hiện nào."
        case .related: return "liên quan"
        case .basisTitle: return "Căn cứ"
        case .markdownSummary(let t):
            return "Đã kiểm tra \(vietnameseCounts(t, w)) theo đề án \(w.code(t.plan)) tại ngày \(w.date(t.asOf)): "
                + "**\(w.count(t.errors)) lỗi**, \(w.count(t.warnings)) cảnh báo, \(w.count(t.infos)) thông tin"
                + vietnameseSuppressed(t, w) + "."
        case .changesSince: return "Thay đổi so với"
        case .catalogChangesSince: return "Thay đổi danh mục so với"
        case .proceduresSection: return "Thủ tục"
        case .noProcedureChanged: return "không có thủ tục nào được thêm, bỏ hay sửa"
        case .added: return "thêm"
        case .removed: return "bỏ"
        case .changed: return "sửa"
        case .planFigures: return "Chỉ tiêu của đề án (trước → sau)"
        case .before: return "Trước"
        case .after: return "Sau"
        case .total: return "tổng"
        case .withCut: return "có cắt giảm"
        case .legalDays: return "ngày luật định"
        case .daysCut: return "ngày cắt giảm"
        case .reductionRate: return "tỷ lệ cắt giảm"
        case .fourOnTheSpotShare: return "tỷ lệ 4 tại chỗ"
        case .newFindings: return "Phát hiện mới"
        case .none: return "không có"
        case .waiverOf: return "miễn trừ"
        case .waiverUntil(let date): return "đến ngày \(w.date(date))"
        case .expired: return "(hết hạn)"
        case .doesNotApply: return "không áp dụng"
        case .holds: return "đạt"
        case .failsWaived: return "không đạt, được miễn trừ"
        case .fails: return "KHÔNG ĐẠT"
        case .ruleError: return "LỖI, báo là rule-error"
        case .evaluatedTimes(let n): return "(tính \(w.count(n)) lần, mỗi phần tử một lần)"
        case .valueError: return "lỗi"
        case .effective: return "hiệu lực"
        case .period(let period): return "\(period.from.map(w.date) ?? "…") đến \(period.until.map(w.date) ?? "…")"
        case .rulesInForce(let n): return "\(w.count(n)) quy tắc đang áp dụng"
        case .pass: return "đạt"
        case .fail: return "KHÔNG ĐẠT"
        case .couldNotRun: return "không chạy được"
        case .invalidRules: return "quy tắc không hợp lệ"
        case .expectedNotFound: return "mong đợi nhưng không có"
        case .foundNotExpected: return "có nhưng không mong đợi"
        case .onProcedure(let code): return "trên thủ tục \(w.text(code))"
        case .onSector(let id): return "trên lĩnh vực \(w.text(id))"
        case .onCatalog: return "trên danh mục"
        case .coverageRuleColumn: return "quy tắc"
        case .coverageFiredColumn: return "có phát hiện"
        case .coverageHeldColumn: return "đạt"
        case .coverageTestsColumn: return "kiểm thử"
        case .untested: return "chưa kiểm thử"
        case .neverFires: return "chưa lần nào có phát hiện"
        case .neverHolds: return "chưa lần nào đạt"
        case .coverageSummary(let covered, let rules, let percent):
            return "\(w.count(covered))/\(w.count(rules)) quy tắc đang áp dụng vừa có phát hiện vừa đạt trong "
                + "ít nhất một kiểm thử (\(w.number(percent))%)"
        case .coverageBelowMinimum(let covered, let rules, let percent, let minimum):
            return "độ phủ quy tắc \(w.number(percent))% thấp hơn --min-coverage \(w.count(minimum)): "
                + "\(w.count(rules - covered))/\(w.count(rules)) quy tắc đang áp dụng chưa vừa có phát hiện vừa đạt "
                + "trong một kiểm thử nào"
        }
    }

    private static func englishSuppressed(_ t: CheckLabel.Tally, _ w: Words) -> String {
        t.suppressed.map { ", \(w.count($0)) suppressed by the baseline" } ?? ""
    }

    private static func vietnameseCounts(_ t: CheckLabel.Tally, _ w: Words) -> String {
        "\(w.count(t.files)) tệp, \(w.count(t.sectors)) lĩnh vực, \(w.count(t.procedures)) thủ tục"
    }

    private static func vietnameseSuppressed(_ t: CheckLabel.Tally, _ w: Words) -> String {
        t.suppressed.map { ", \(w.count($0)) phát hiện đã có trong baseline" } ?? ""
    }
}
