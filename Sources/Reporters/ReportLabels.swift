import Catalog
import Review

/// Every heading and label the plan report prints in text, markdown, CSV and
/// HTML, in one table per language, so that a language is one more instance.
/// JSON keys are not labels: they are fixed by SPEC §5.2.
public struct ReportLabels: Sendable {
    public var language: String

    // Title and plan.
    public var title: String
    public var plan: String
    public var planName: String
    public var asOf: String
    public var targetsInForce: String
    public var targetName: String
    /// The target's key in rules/ (`reduction_rate`).
    public var key: String
    public var value: String
    /// The unit column of a spreadsheet: `%` or this word for days.
    public var unit: String
    public var daysUnit: String

    // Figures.
    public var totals: String
    public var sectors: String
    public var total: String
    public var level: String
    public var sector: String
    public var sectorID: String
    public var procedures: String
    public var withCut: String
    public var legalDays: String
    public var proposedDays: String
    public var cutDays: String
    public var reductionRate: String
    public var fourOnTheSpot: String
    public var fourOnTheSpotShare: String

    // Targets.
    public var targets: String
    public var target: String
    public var scope: String
    public var targetValue: String
    public var actual: String
    public var met: String
    public var yes: String
    public var no: String
    /// `procedure_cut_rate`: "128 of 130 cuts on deadlines of 3 days or more reach it".
    public var cutScopeSummary: @Sendable (_ reaching: Int, _ inScope: Int, _ minDays: String?) -> String

    // The reduction list (annex).
    public var reductionList: String
    public var stt: String
    public var code: String
    public var name: String
    public var legalDeadline: String
    public var proposedDeadline: String
    public var daysCut: String
    public var rate: String
    public var legalBasis: String
    /// Marks a deadline in calendar days, after the number.
    public var calendarDaysMark: String
    /// Explains `calendarDaysMark` under the list.
    public var calendarDaysNote: String
    public var noReductionList: String
    /// Shown where a figure has no value (a rate with no legal days).
    public var none: String

    // HTML headline cards.
    /// "861 of 2325 legal days cut on 140 procedures".
    public var reductionDetail: @Sendable (_ cut: String, _ legal: String, _ procedures: Int) -> String
    /// "77 of 237 procedures".
    public var shareDetail: @Sendable (_ onList: Int, _ procedures: Int) -> String
    /// Under "11 / 11": "sectors with a cut reach 20.00%".
    public var sectorsDetail: @Sendable (_ target: String) -> String

    // HTML charts.
    public var reductionChart: String
    public var fourOnTheSpotChart: String
    public var targetLine: String

    public var levelNames: [Level: String]
    public var scopeNames: [PlanReport.Scope: String]
    public var targetNames: [String: String]

    public func level(_ level: Level) -> String { levelNames[level] ?? level.rawValue }
    public func scope(_ scope: PlanReport.Scope) -> String { scopeNames[scope] ?? scope.rawValue }
    /// A target's readable name; a target the table does not know keeps its key.
    public func targetTitle(_ name: String) -> String { targetNames[name] ?? name }
    public func verdict(_ met: Bool) -> String { met ? yes : no }

    /// The labels for `language` (`en`, `vi`), or nil for another.
    public static func named(_ language: String) -> ReportLabels? {
        switch language {
        case "en": .en
        case "vi": .vi
        default: nil
        }
    }
}

extension ReportLabels {
    public static let en = ReportLabels(
        language: "en",
        title: "Plan report",
        plan: "Plan",
        planName: "Name",
        asOf: "As of",
        targetsInForce: "Targets in force",
        targetName: "Target",
        key: "Key",
        value: "Value",
        unit: "Unit",
        daysUnit: "days",
        totals: "Totals",
        sectors: "Sectors",
        total: "Total",
        level: "Level",
        sector: "Sector",
        sectorID: "Sector id",
        procedures: "Procedures",
        withCut: "With a cut",
        legalDays: "Legal days",
        proposedDays: "Proposed days",
        cutDays: "Days cut",
        reductionRate: "Reduction rate",
        fourOnTheSpot: "4 on the spot",
        fourOnTheSpotShare: "4-on-the-spot share",
        targets: "Targets",
        target: "Target",
        scope: "Scope",
        targetValue: "Target value",
        actual: "Actual",
        met: "Met",
        yes: "met",
        no: "not met",
        cutScopeSummary: { reaching, inScope, minDays in
            let scope = minDays.map { " on legal deadlines of \($0) days or more" } ?? ""
            return "\(reaching) of \(inScope) cuts\(scope) reach it; the lowest is shown"
        },
        reductionList: "Reduction list",
        stt: "No.",
        code: "Code",
        name: "Procedure",
        legalDeadline: "Legal deadline",
        proposedDeadline: "Proposed deadline",
        daysCut: "Days cut",
        rate: "Rate",
        legalBasis: "Legal basis",
        calendarDaysMark: "cd",
        calendarDaysNote: "Deadlines are in working days; cd marks calendar days, counted at face value in the totals.",
        noReductionList: "No procedure has a proposed deadline.",
        none: "—",
        reductionDetail: { cut, legal, procedures in "\(cut) of \(legal) legal days cut on \(procedures) procedures" },
        shareDetail: { onList, procedures in "\(onList) of \(procedures) procedures on the list" },
        sectorsDetail: { target in "sectors with a cut reach \(target)" },
        reductionChart: "Reduction rate by sector",
        fourOnTheSpotChart: "4-on-the-spot share by sector",
        targetLine: "target",
        levelNames: [.province: "Province", .district: "District", .commune: "Commune"],
        scopeNames: [.catalog: "catalog", .sector: "sector", .procedure: "procedure"],
        targetNames: [
            "reduction_rate": "Reduction rate",
            "sector_reduction_rate": "Reduction rate of a sector",
            "four_on_spot_share": "4-on-the-spot share",
            "procedure_cut_rate": "Cut of each procedure in scope",
            "cut_scope_min_days": "Scope: legal deadline of at least (days)",
        ])

    public static let vi = ReportLabels(
        language: "vi",
        title: "Báo cáo kết quả thực hiện đề án",
        plan: "Đề án",
        planName: "Tên đề án",
        asOf: "Tính đến ngày",
        targetsInForce: "Chỉ tiêu đang áp dụng",
        targetName: "Chỉ tiêu",
        key: "Mã chỉ tiêu",
        value: "Giá trị",
        unit: "Đơn vị",
        daysUnit: "ngày",
        totals: "Tổng hợp",
        sectors: "Theo lĩnh vực",
        total: "Tổng cộng",
        level: "Cấp",
        sector: "Lĩnh vực",
        sectorID: "Mã lĩnh vực",
        procedures: "Số TTHC",
        withCut: "Số TTHC cắt giảm",
        legalDays: "Thời hạn theo quy định (ngày)",
        proposedDays: "Thời hạn đề xuất (ngày)",
        cutDays: "Số ngày cắt giảm",
        reductionRate: "Tỷ lệ cắt giảm",
        fourOnTheSpot: "TTHC 4 tại chỗ",
        fourOnTheSpotShare: "Tỷ lệ 4 tại chỗ",
        targets: "Đánh giá chỉ tiêu",
        target: "Chỉ tiêu",
        scope: "Phạm vi",
        targetValue: "Mục tiêu",
        actual: "Kết quả",
        met: "Đánh giá",
        yes: "Đạt",
        no: "Không đạt",
        cutScopeSummary: { reaching, inScope, minDays in
            let scope = minDays.map { " có thời hạn từ \($0) ngày trở lên" } ?? ""
            return "\(reaching)/\(inScope) TTHC cắt giảm\(scope) đạt; hiển thị mức thấp nhất"
        },
        reductionList: "Danh mục TTHC cắt giảm thời hạn giải quyết",
        stt: "STT",
        code: "Mã TTHC",
        name: "Tên thủ tục hành chính",
        legalDeadline: "Thời hạn theo quy định",
        proposedDeadline: "Thời hạn đề xuất",
        daysCut: "Số ngày cắt giảm",
        rate: "Tỷ lệ",
        legalBasis: "Căn cứ pháp lý",
        calendarDaysMark: "ngày",
        calendarDaysNote: "Thời hạn tính bằng ngày làm việc; \"ngày\" là ngày theo lịch, cộng theo số ngày ghi trong tổng.",
        noReductionList: "Không có TTHC đề xuất cắt giảm thời hạn.",
        none: "—",
        reductionDetail: { cut, legal, procedures in "cắt giảm \(cut)/\(legal) ngày của \(procedures) TTHC" },
        shareDetail: { onList, procedures in "\(onList)/\(procedures) TTHC thực hiện 4 tại chỗ" },
        sectorsDetail: { target in "lĩnh vực có cắt giảm đạt \(target)" },
        reductionChart: "Tỷ lệ cắt giảm thời hạn theo lĩnh vực",
        fourOnTheSpotChart: "Tỷ lệ TTHC thực hiện 4 tại chỗ theo lĩnh vực",
        targetLine: "chỉ tiêu",
        levelNames: [.province: "Cấp tỉnh", .district: "Cấp huyện", .commune: "Cấp xã"],
        scopeNames: [.catalog: "toàn tỉnh", .sector: "lĩnh vực", .procedure: "từng TTHC"],
        targetNames: [
            "reduction_rate": "Tỷ lệ cắt giảm thời hạn",
            "sector_reduction_rate": "Tỷ lệ cắt giảm của lĩnh vực",
            "four_on_spot_share": "Tỷ lệ TTHC thực hiện 4 tại chỗ",
            "procedure_cut_rate": "Mức cắt giảm của mỗi TTHC trong phạm vi",
            "cut_scope_min_days": "Phạm vi: thời hạn từ (ngày)",
        ])
}
