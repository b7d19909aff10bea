import Review
import Vocabulary

/// The one place a `ReportLabel` becomes words, in English or Vietnamese;
/// numbers in them written as the language writes them (`Words`).
enum ReportLabelText {
    static func render(_ label: ReportLabel, in language: Language, medium: TextMedium = .plain) -> String {
        let words = Words(language: language, medium: medium)
        return language == .vi ? vietnamese(label, words) : english(label, words)
    }

    static func english(_ label: ReportLabel, _ w: Words) -> String {
        switch label {
        case .title: "Plan report"
        case .plan: "Plan"
        case .planName: "Name"
        case .asOf: "As of"
        case .asOfInline: "as of"
        case .targetsInForce: "Targets in force"
        case .targetName: "Target"
        case .key: "Key"
        case .value: "Value"
        case .unit: "Unit"
        case .daysUnit: "days"
        case .totals: "Totals"
        case .sectors: "Sectors"
        case .sectorsSection(let count): "Sectors (\(w.count(count)))"
        case .agencies: "Agencies"
        case .agenciesSection(let count): "Agencies (\(w.count(count)))"
        case .agency: "Agency"
        case .total: "Total"
        case .level: "Level"
        case .sector: "Sector"
        case .sectorID: "Sector id"
        case .procedures: "Procedures"
        case .withCut: "With a cut"
        case .legalDays: "Legal days"
        case .proposedDays: "Proposed days"
        case .cutDays: "Days cut"
        case .reductionRate: "Reduction rate"
        case .fourOnTheSpot: "4 on the spot"
        case .fourOnTheSpotShare: "4-on-the-spot share"
        case .citizenDaysSaved: "Citizen-days saved a year"
        case .levelName(let level):
            switch level {
            case .province: "Province"
            case .district: "District"
            case .commune: "Commune"
            }
        case .targets: "Targets"
        case .target: "Target"
        case .scope: "Scope"
        case .targetValue: "Target value"
        case .actual: "Actual"
        case .met: "Met"
        case .verdict(let met): met ? "met" : "not met"
        case .scopeName(let scope):
            switch scope {
            case .catalog: "catalog"
            case .sector: "sector"
            case .procedure: "procedure"
            }
        case .targetTitle(let key):
            switch key {
            case "reduction_rate": "Reduction rate"
            case "sector_reduction_rate": "Reduction rate of a sector"
            case "four_on_spot_share": "4-on-the-spot share"
            case "procedure_cut_rate": "Cut of each procedure in scope"
            case "cut_scope_min_days": "Scope: legal deadline of at least (days)"
            default: w.text(key)
            }
        case .cutScopeSummary(let reaching, let inScope, let minDays):
            "\(w.count(reaching)) of \(w.count(inScope)) cuts"
                + (minDays.map { " on legal deadlines of \(englishDays($0, w)) or more" } ?? "")
                + " reach it; the lowest is shown"
        case .reductionList: "Reduction list"
        case .reductionListSection(let count): "Reduction list (\(w.count(count)))"
        case .stt: "No."
        case .code: "Code"
        case .name: "Procedure"
        case .legalDeadline: "Legal deadline"
        case .proposedDeadline: "Proposed deadline"
        case .daysCut: "Days cut"
        case .rate: "Rate"
        case .legalBasis: "Legal basis"
        case .calendarDaysMark: "cd"
        case .calendarDaysNote: "Deadlines are in working days; cd marks calendar days, counted at face value in the totals."
        case .noReductionList: "No procedure has a proposed deadline."
        case .fourOnTheSpotList: "4-on-the-spot list"
        case .fourOnTheSpotListSection(let count): "4-on-the-spot list (\(w.count(count)))"
        case .deadlineInForce: "Deadline in force"
        case .noFourOnTheSpotList: "No procedure is on the 4-on-the-spot list."
        case .none: "—"
        case .reductionDetail(let cut, let legal, let procedures):
            "\(w.number(cut)) of \(w.number(legal)) legal \(legal == 1 ? "day" : "days") cut on "
                + englishProcedures(procedures, w)
        case .shareDetail(let onList, let procedures):
            "\(w.count(onList)) of \(englishProcedures(procedures, w)) on the list"
        case .sectorsDetail(let target): "sectors with a cut reach \(percent(target, w))"
        case .reductionChart: "Reduction rate by sector"
        case .fourOnTheSpotChart: "4-on-the-spot share by sector"
        case .targetLine: "target"
        case .annexNumber(let number): "Annex \(RomanNumeral.of(number))"
        case .reductionAnnexTitle:
            "LIST OF ADMINISTRATIVE PROCEDURES WHOSE RESOLUTION TIME IS CUT FROM THE CURRENT REGULATIONS"
        case .fourOnTheSpotAnnexTitle:
            "LIST OF ADMINISTRATIVE PROCEDURES CARRIED OUT \"4 ON THE SPOT\" AT THE PUBLIC ADMINISTRATIVE SERVICE CENTER"
        case .decisionLine(let decision, let date, let province):
            "(Attached to Decision No. \(decision.map(w.text) ?? "…") of \(date.map(w.date) ?? "…") of the Chairman "
                + "of the People's Committee of \(province.map(w.text) ?? "…") province)"
        case .annexLevelHeading(let letter, let level):
            "\(AnnexLetter.of(letter)). "
                + {
                    switch level {
                    case .province: "PROCEDURES AT PROVINCIAL LEVEL"
                    case .district: "PROCEDURES AT DISTRICT LEVEL"
                    case .commune: "PROCEDURES AT COMMUNE LEVEL"
                    }
                }()
        case .annexSectorHeading(let number, let name): "\(RomanNumeral.of(number)). Sector: \(w.text(name))"
        case .annexTotal(let procedures): "Total: \(englishProcedures(procedures, w))"
        case .note: "Note"
        case .calendarDaysRow: "calendar days"
        }
    }

    static func vietnamese(_ label: ReportLabel, _ w: Words) -> String {
        switch label {
        case .title: "Báo cáo kết quả thực hiện đề án"
        case .plan: "Đề án"
        case .planName: "Tên đề án"
        case .asOf: "Tính đến ngày"
        case .asOfInline: "tính đến ngày"
        case .targetsInForce: "Chỉ tiêu đang áp dụng"
        case .targetName: "Chỉ tiêu"
        case .key: "Mã chỉ tiêu"
        case .value: "Giá trị"
        case .unit: "Đơn vị"
        case .daysUnit: "ngày"
        case .totals: "Tổng hợp"
        case .sectors: "Theo lĩnh vực"
        case .sectorsSection(let count): "Theo lĩnh vực (\(w.count(count)))"
        case .agencies: "Cơ quan"
        case .agenciesSection(let count): "Cơ quan (\(w.count(count)))"
        case .agency: "Cơ quan thực hiện"
        case .total: "Tổng cộng"
        case .level: "Cấp"
        case .sector: "Lĩnh vực"
        case .sectorID: "Mã lĩnh vực"
        case .procedures: "Số TTHC"
        case .withCut: "Số TTHC cắt giảm"
        case .legalDays: "Thời hạn theo quy định (ngày)"
        case .proposedDays: "Thời hạn đề xuất (ngày)"
        case .cutDays: "Số ngày cắt giảm"
        case .reductionRate: "Tỷ lệ cắt giảm"
        case .fourOnTheSpot: "TTHC 4 tại chỗ"
        case .fourOnTheSpotShare: "Tỷ lệ 4 tại chỗ"
        case .citizenDaysSaved: "Số ngày tiết kiệm cho người dân mỗi năm"
        case .levelName(let level):
            switch level {
            case .province: "Cấp tỉnh"
            case .district: "Cấp huyện"
            case .commune: "Cấp xã"
            }
        case .targets: "Đánh giá chỉ tiêu"
        case .target: "Chỉ tiêu"
        case .scope: "Phạm vi"
        case .targetValue: "Mục tiêu"
        case .actual: "Kết quả"
        case .met: "Đánh giá"
        case .verdict(let met): met ? "Đạt" : "Không đạt"
        case .scopeName(let scope):
            switch scope {
            case .catalog: "toàn tỉnh"
            case .sector: "lĩnh vực"
            case .procedure: "từng TTHC"
            }
        case .targetTitle(let key):
            switch key {
            case "reduction_rate": "Tỷ lệ cắt giảm thời hạn"
            case "sector_reduction_rate": "Tỷ lệ cắt giảm của lĩnh vực"
            case "four_on_spot_share": "Tỷ lệ TTHC thực hiện 4 tại chỗ"
            case "procedure_cut_rate": "Mức cắt giảm của mỗi TTHC trong phạm vi"
            case "cut_scope_min_days": "Phạm vi: thời hạn từ (ngày)"
            default: w.text(key)
            }
        case .cutScopeSummary(let reaching, let inScope, let minDays):
            "\(w.count(reaching))/\(w.count(inScope)) TTHC cắt giảm"
                + (minDays.map { " có thời hạn từ \(w.number($0)) ngày trở lên" } ?? "")
                + " đạt; hiển thị mức thấp nhất"
        case .reductionList: "Danh mục TTHC cắt giảm thời hạn giải quyết"
        case .reductionListSection(let count): "Danh mục TTHC cắt giảm thời hạn giải quyết (\(w.count(count)))"
        case .stt: "STT"
        case .code: "Mã TTHC"
        case .name: "Tên thủ tục hành chính"
        case .legalDeadline: "Thời hạn theo quy định"
        case .proposedDeadline: "Thời hạn đề xuất"
        case .daysCut: "Số ngày cắt giảm"
        case .rate: "Tỷ lệ"
        case .legalBasis: "Căn cứ pháp lý"
        case .calendarDaysMark: "ngày"
        case .calendarDaysNote:
            "Thời hạn tính bằng ngày làm việc; \"ngày\" là ngày theo lịch, cộng theo số ngày ghi trong tổng."
        case .noReductionList: "Không có TTHC đề xuất cắt giảm thời hạn."
        // As provincial decisions title their Phụ lục II.
        case .fourOnTheSpotList: "Danh mục thủ tục hành chính thực hiện theo cơ chế \"4 tại chỗ\""
        case .fourOnTheSpotListSection(let count):
            "Danh mục thủ tục hành chính thực hiện theo cơ chế \"4 tại chỗ\" (\(w.count(count)))"
        case .deadlineInForce: "Thời hạn giải quyết"
        case .noFourOnTheSpotList: "Không có TTHC thực hiện theo cơ chế \"4 tại chỗ\"."
        case .none: "—"
        case .reductionDetail(let cut, let legal, let procedures):
            "cắt giảm \(w.number(cut))/\(w.number(legal)) ngày của \(w.count(procedures)) TTHC"
        case .shareDetail(let onList, let procedures):
            "\(w.count(onList))/\(w.count(procedures)) TTHC thực hiện 4 tại chỗ"
        case .sectorsDetail(let target): "lĩnh vực có cắt giảm đạt \(percent(target, w))"
        case .reductionChart: "Tỷ lệ cắt giảm thời hạn theo lĩnh vực"
        case .fourOnTheSpotChart: "Tỷ lệ TTHC thực hiện 4 tại chỗ theo lĩnh vực"
        case .targetLine: "chỉ tiêu"
        case .annexNumber(let number): "Phụ lục \(RomanNumeral.of(number))"
        // As provinces' decisions title their annexes.
        case .reductionAnnexTitle:
            "DANH MỤC THỦ TỤC HÀNH CHÍNH CẮT GIẢM THỜI GIAN GIẢI QUYẾT SO VỚI QUY ĐỊNH HIỆN HÀNH"
        case .fourOnTheSpotAnnexTitle:
            "DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN THEO CƠ CHẾ \"4 TẠI CHỖ\" TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
        case .decisionLine(let decision, let date, let province):
            "(Kèm theo Quyết định số \(decision.map(w.text) ?? "…") ngày \(date.map(w.date) ?? "…") "
                + "của Chủ tịch UBND tỉnh \(province.map(w.text) ?? "…"))"
        case .annexLevelHeading(let letter, let level):
            "\(AnnexLetter.of(letter)). "
                + {
                    switch level {
                    case .province: "THỦ TỤC HÀNH CHÍNH CẤP TỈNH"
                    case .district: "THỦ TỤC HÀNH CHÍNH CẤP HUYỆN"
                    case .commune: "THỦ TỤC HÀNH CHÍNH CẤP XÃ"
                    }
                }()
        case .annexSectorHeading(let number, let name): "\(RomanNumeral.of(number)). Lĩnh vực \(w.text(name))"
        case .annexTotal(let procedures): "Tổng cộng: \(w.count(procedures)) TTHC"
        case .note: "Ghi chú"
        case .calendarDaysRow: "ngày theo lịch"
        }
    }

    /// `1 day`, `3 days`, `0.5 days`.
    private static func englishDays(_ days: Double, _ w: Words) -> String {
        "\(w.number(days)) \(days == 1 ? "day" : "days")"
    }

    /// `1 procedure`, `140 procedures`.
    private static func englishProcedures(_ count: Int, _ w: Words) -> String {
        "\(w.count(count)) \(count == 1 ? "procedure" : "procedures")"
    }

    private static func percent(_ ratio: Double, _ w: Words) -> String {
        ReportNumbers.percent(ratio, w.language.numberStyle)
    }
}
