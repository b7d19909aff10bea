import Vocabulary

/// The one place a `SchemaDescription` becomes words, in English or
/// Vietnamese; text from rules/ (a trait's description) through `Words`.
enum SchemaDescriptionText {
    static func render(_ description: SchemaDescription, in language: Language, medium: TextMedium = .plain) -> String {
        let words = Words(language: language, medium: medium)
        return language == .vi ? vietnamese(description, words) : english(description, words)
    }

    static func english(_ description: SchemaDescription, _ w: Words) -> String {
        switch description {
        case .catalogFile: "A catalog file of tthc: one sector and its administrative procedures."
        case .sector: "The sector this file lists the procedures of."
        case .sectorID: "The sector's id: a-z, 0-9 and -, unique in the catalog."
        case .sectorName: "The sector's name."
        case .sectorAgency: "The agency in charge of the sector."
        case .declared:
            "The totals a draft or decision prints for this sector's reduction list; tthc recomputes and compares them."
        case .declaredProcedures: "Procedures on the reduction list, as declared."
        case .declaredLegalDays: "Legal days of those procedures, as declared."
        case .declaredCutDays: "Days cut, as declared."
        case .declaredRate: "Reduction rate, as declared (0.4908 for 49.08%)."
        case .procedures: "The sector's procedures; [] for none."
        case .procedure: "An administrative procedure."
        case .code: "The procedure's code, unique in the catalog."
        case .name: "The procedure's name."
        case .level: "The tier of government that handles it: province, district or commune (tỉnh, huyện, xã are read too)."
        case .legalBasis: "The legal documents that set the procedure and its deadline."
        case .deadline: "The deadline: as the law sets it, in force today, and proposed."
        case .legal: "The deadline the legal basis sets."
        case .current: "The deadline in force today after earlier cuts (default: legal)."
        case .proposed: "The proposed deadline; absent when no cut is proposed."
        case .decision: "The decision that adopts or adopted the cut."
        case .steps: "How the proposed deadline is spent, step by step."
        case .step: "One step of the procedure."
        case .stepKind: "What the step does."
        case .stepBy: "Who takes the step: the public service center, the agency, or someone outside."
        case .stepDays: "How long the step takes."
        case .stepLevel: "The level of government that does the step: province, district or commune."
        case .stepChannel: "How the applicant takes part in the step: in person, online, or by post."
        case .traits: "Facts about the procedure, as declared under traits: in rules/."
        case .trait(let type, let description):
            "A trait of type \(w.code(type)) declared in rules/" + (description.map { ": \(w.text($0))" } ?? ".")
        case .fourOnTheSpot: "On the 4-on-the-spot list (default false)."
        case .waivers: "Accepted exceptions to named rules."
        case .waiver: "An accepted exception to a rule."
        case .waiverRule: "The id of the rule waived."
        case .waiverReason: "Why the exception was accepted."
        case .waiverUntil: "The last day the waiver applies."
        case .note: "Free text."
        case .procedureAgency: "The body that carries out this procedure, where it is not the sector's agency (a UBND cấp xã, say)."
        case .dossiersPerYear: "Dossiers received in a year: what a day cut saves citizens is that day times these."
        case .text: "Text, not empty."
        case .number: "A decimal number with a point: 10, 0.5."
        case .duration:
            "A duration greater than zero: a number of working days (10, 0.5), \"4h\", \"3d\", \"3 working days\", "
                + "\"same day\", \"15 calendar days\", \"15cd\", or as written in Vietnamese (\"10 ngày làm việc\", "
                + "\"4 giờ\", \"trong ngày\", \"15 ngày\", \"0,5\")."
        case .date: "A date: YYYY-MM-DD, or DD/MM/YYYY."
        case .bool: "true or false (not yes, no, có, không)."
        }
    }

    static func vietnamese(_ description: SchemaDescription, _ w: Words) -> String {
        switch description {
        case .catalogFile: "Một tệp danh mục của tthc: một lĩnh vực và các thủ tục hành chính của lĩnh vực đó."
        case .sector: "Lĩnh vực mà tệp này liệt kê các thủ tục."
        case .sectorID: "Mã lĩnh vực: a-z, 0-9 và -, không trùng trong danh mục."
        case .sectorName: "Tên lĩnh vực."
        case .sectorAgency: "Cơ quan phụ trách lĩnh vực."
        case .declared:
            "Các số tổng mà dự thảo hoặc quyết định ghi cho danh sách cắt giảm của lĩnh vực; tthc tính lại và đối chiếu."
        case .declaredProcedures: "Số thủ tục trong danh sách cắt giảm, theo số liệu đã công bố."
        case .declaredLegalDays: "Tổng số ngày luật định của các thủ tục đó, theo số liệu đã công bố."
        case .declaredCutDays: "Tổng số ngày cắt giảm, theo số liệu đã công bố."
        case .declaredRate: "Tỷ lệ cắt giảm, theo số liệu đã công bố (0.4908 là 49,08%)."
        case .procedures: "Các thủ tục của lĩnh vực; [] nếu không có."
        case .procedure: "Một thủ tục hành chính."
        case .code: "Mã thủ tục, không trùng trong danh mục."
        case .name: "Tên thủ tục."
        case .level: "Cấp thực hiện: province, district hoặc commune (cũng đọc được tỉnh, huyện, xã)."
        case .legalBasis: "Các văn bản pháp luật quy định thủ tục và thời hạn giải quyết."
        case .deadline: "Thời hạn giải quyết: theo luật định, hiện hành và đề xuất."
        case .legal: "Thời hạn giải quyết theo căn cứ pháp lý."
        case .current: "Thời hạn đang áp dụng sau các lần cắt giảm trước (mặc định: bằng thời hạn luật định)."
        case .proposed: "Thời hạn đề xuất; bỏ trống nếu không đề xuất cắt giảm."
        case .decision: "Quyết định thông qua phương án cắt giảm."
        case .steps: "Thời hạn đề xuất được phân bổ cho từng bước."
        case .step: "Một bước của quy trình."
        case .stepKind: "Việc làm ở bước này."
        case .stepBy: "Nơi thực hiện bước: Trung tâm Phục vụ hành chính công, cơ quan chuyên môn, hoặc cơ quan bên ngoài."
        case .stepDays: "Thời gian của bước."
        case .stepLevel: "Cấp chính quyền thực hiện bước: tỉnh, huyện hoặc xã."
        case .stepChannel: "Cách người dân tham gia bước: trực tiếp, trực tuyến hoặc qua bưu chính."
        case .traits: "Các đặc tính của thủ tục, khai báo trong mục traits: của rules/."
        case .trait(let type, let description):
            "Đặc tính kiểu \(w.code(type)) khai báo trong rules/" + (description.map { ": \(w.text($0))" } ?? ".")
        case .fourOnTheSpot: "Thuộc danh mục 4 tại chỗ (mặc định false)."
        case .waivers: "Các trường hợp được miễn áp dụng quy tắc."
        case .waiver: "Một trường hợp được miễn áp dụng một quy tắc."
        case .waiverRule: "Mã quy tắc được miễn."
        case .waiverReason: "Lý do được chấp thuận miễn."
        case .waiverUntil: "Ngày cuối cùng được miễn."
        case .note: "Ghi chú tự do."
        case .procedureAgency: "Cơ quan thực hiện thủ tục này, khi không phải cơ quan của lĩnh vực (ví dụ UBND cấp xã)."
        case .dossiersPerYear: "Số hồ sơ tiếp nhận trong một năm: mỗi ngày cắt giảm tiết kiệm cho người dân số ngày đó nhân với số hồ sơ này."
        case .text: "Văn bản, không để trống."
        case .number: "Một số thập phân viết bằng dấu chấm: 10, 0.5."
        case .duration:
            "Thời hạn lớn hơn 0: số ngày làm việc (10, 0.5), \"4h\", \"3d\", \"3 working days\", \"same day\", "
                + "\"15 calendar days\", \"15cd\", hoặc viết bằng tiếng Việt (\"10 ngày làm việc\", \"4 giờ\", "
                + "\"trong ngày\", \"15 ngày\", \"0,5\")."
        case .date: "Ngày: YYYY-MM-DD hoặc DD/MM/YYYY."
        case .bool: "true hoặc false (không dùng yes, no, có, không)."
        }
    }
}
