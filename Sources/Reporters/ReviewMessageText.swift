import Vocabulary

/// The words of `ReviewMessage` and `RulesMessage`.
enum ReviewMessageText {
    static func english(_ message: ReviewMessage, _ w: Words) -> String {
        switch message {
        case .duplicateSector(let id): return "sector id \(w.code(id)) is already used by another file; give each sector its own id"
        case .duplicateCode(let code):
            return "procedure code \(w.code(code)) appears twice in the catalog; keep one entry per code"
        case .waiverUnknownRule(let rule, let suggestion):
            return "the waiver names \(w.code(rule)), which is not a rule of rules/" + w.didYouMean(suggestion)
        case .waiverNotProcedureRule(let rule, let scope):
            return "\(w.code(rule)) is a \(scope) rule and a waiver applies to procedure rules only; remove the waiver"
        case .waiverExpired(let rule, let date):
            return "the waiver of \(w.code(rule)) expired on \(w.date(date)); renew it or fix the procedure"
        case .waiverUnused(let rule):
            return "the waiver of \(w.code(rule)) is not needed: the rule does not fire on this procedure; remove the waiver"
        case .ruleError(let rule, let item, let error):
            return "rule \(w.code(rule)) could not be evaluated for \(englishItem(item, w)): \(ExpressionMessageText.render(error, w))"
        case .ruleStopped(let rule, let item, let budget, let inMessage):
            let spent =
                switch budget {
                case .steps(let size): "after \(w.grouped(size)) evaluation steps"
                case .bytes(let size): "after building \(w.grouped(size)) bytes of values"
                }
            return "rule \(w.code(rule)) stopped \(spent) on \(englishItem(item, w))\(inMessage ? " while writing its message" : ""): "
                + "the budget for one rule on one item; simplify the rule"
        case .ruleFails(let assert, let error): return "\(w.code(assert)) does not hold" + englishCause(error, w)
        case .ruleDescription(let description, let error): return w.text(description) + englishCause(error, w)
        }
    }

    static func vietnamese(_ message: ReviewMessage, _ w: Words) -> String {
        switch message {
        case .duplicateSector(let id): return "mã lĩnh vực \(w.code(id)) đã được dùng ở tệp khác; mỗi lĩnh vực cần một mã riêng"
        case .duplicateCode(let code):
            return "mã thủ tục \(w.code(code)) xuất hiện hai lần trong danh mục; mỗi mã chỉ giữ một dòng"
        case .waiverUnknownRule(let rule, let suggestion):
            return "miễn trừ nêu quy tắc \(w.code(rule)), không có trong rules/" + w.didYouMean(suggestion)
        case .waiverNotProcedureRule(let rule, let scope):
            return "\(w.code(rule)) là quy tắc cấp \(scope == "sector" ? "lĩnh vực" : "danh mục"), miễn trừ chỉ áp dụng cho "
                + "quy tắc cấp thủ tục; bỏ miễn trừ này"
        case .waiverExpired(let rule, let date):
            return "miễn trừ quy tắc \(w.code(rule)) đã hết hạn ngày \(w.date(date)); gia hạn hoặc sửa thủ tục"
        case .waiverUnused(let rule):
            return "miễn trừ quy tắc \(w.code(rule)) không cần thiết: thủ tục đã đáp ứng quy tắc; bỏ miễn trừ này"
        case .ruleError(let rule, let item, let error):
            return "không tính được quy tắc \(w.code(rule)) cho \(vietnameseItem(item, w)): \(ExpressionMessageText.render(error, w))"
        case .ruleStopped(let rule, let item, let budget, let inMessage):
            let spent =
                switch budget {
                case .steps(let size): "sau \(w.grouped(size)) bước tính"
                case .bytes(let size): "sau khi tạo \(w.grouped(size)) byte giá trị"
                }
            return "quy tắc \(w.code(rule)) bị dừng \(spent) trên \(vietnameseItem(item, w))\(inMessage ? " khi viết thông báo" : ""): "
                + "đó là giới hạn cho một quy tắc trên một đối tượng; hãy đơn giản hóa quy tắc"
        case .ruleFails(let assert, let error): return "\(w.code(assert)) không thỏa" + vietnameseCause(error, w)
        case .ruleDescription(let description, let error): return w.text(description) + vietnameseCause(error, w)
        }
    }

    private static func englishItem(_ item: ReviewMessage.Item, _ w: Words) -> String {
        switch item {
        case .procedure(let code): "procedure \(w.code(code))"
        case .sector(let id): "sector \(w.code(id))"
        case .catalog: "the catalog"
        }
    }

    private static func vietnameseItem(_ item: ReviewMessage.Item, _ w: Words) -> String {
        switch item {
        case .procedure(let code): "thủ tục \(w.code(code))"
        case .sector(let id): "lĩnh vực \(w.code(id))"
        case .catalog: "danh mục"
        }
    }

    private static func englishCause(_ error: ExpressionMessage?, _ w: Words) -> String {
        error.map { " (the message could not be written: \(ExpressionMessageText.render($0, w)))" } ?? ""
    }

    private static func vietnameseCause(_ error: ExpressionMessage?, _ w: Words) -> String {
        error.map { " (không viết được thông báo: \(ExpressionMessageText.render($0, w)))" } ?? ""
    }
}

/// The words of `RulesMessage`: errors in rules/ that stop the run.
enum RulesMessageText {
    static func english(_ message: RulesMessage, _ w: Words) -> String {
        switch message {
        case .traitDeclaredTwice(let name, let first): return "trait \(w.code(name)) is declared twice (first at \(w.location(first)))"
        case .idUsedTwice(let kind, let id, let first):
            let what =
                switch kind {
                case .plan: "plan id"
                case .rule: "rule id"
                case .definition: "definition"
                }
            return "\(what) \(w.code(id)) is used twice; ids must be unique (first at \(w.location(first)))"
        case .ruleIDIsBuiltin(let id): return "rule id \(w.code(id)) is the name of a built-in check; choose another id"
        case .unknownRuleInTest(let id, let suggestion):
            return "the test names the rule \(w.code(id)), which no rules file defines" + w.didYouMean(suggestion)
        case .inRule(let id, let error): return "in rule \(w.code(id)): \(ExpressionMessageText.render(error, w))"
        case .inDefinition(let name, let rule, let error):
            return "in definition \(w.code(name))\(rule.map { " (used by rule \(w.code($0)))" } ?? ""): "
                + ExpressionMessageText.render(error, w)
        case .definitionKey(let key):
            return "\(w.code(key)) is not a definition's name: write \(w.code("name")) or \(w.code("name(a, b)"))"
        case .nameTaken(let name, let owner):
            let what =
                switch owner {
                case .function: "a function"
                case .macro: "a macro"
                case .field: "a name of the rule's scope"
                case .definition: "a definition"
                }
            return "\(w.code(name)) is already \(what); choose another name"
        case .overrideUnknownRule(let id, let suggestion):
            return "the override names the rule \(w.code(id)), which no rules file defines" + w.didYouMean(suggestion)
        case .overriddenTwice(let rule, let field, let first):
            return "\(w.code(field)) of rule \(w.code(rule)) is overridden twice (first at \(w.location(first))); "
                + "keep one of the two overrides"
        case .unknownParameter(let rule, let name, let suggestion):
            return "rule \(w.code(rule)) has no parameter \(w.code(name))" + w.didYouMean(suggestion)
        case .parameterKind(let rule, let name, let expected, let found):
            return "parameter \(w.code(name)) of rule \(w.code(rule)) is \(w.text(expected)), found \(w.text(found))"
        case .targetKindsDiffer(let name, let first, let found):
            return "target \(w.code("plan.targets." + name)) is \(englishKind(found)) here but \(englishKind(first)) elsewhere; "
                + "a target has one kind in every plan"
        }
    }

    static func vietnamese(_ message: RulesMessage, _ w: Words) -> String {
        switch message {
        case .traitDeclaredTwice(let name, let first):
            return "thuộc tính \(w.code(name)) được khai báo hai lần (lần đầu ở \(w.location(first)))"
        case .idUsedTwice(let kind, let id, let first):
            let what =
                switch kind {
                case .plan: "mã đề án"
                case .rule: "mã quy tắc"
                case .definition: "tên định nghĩa"
                }
            return "\(what) \(w.code(id)) bị dùng hai lần; mỗi mã phải là duy nhất (lần đầu ở \(w.location(first)))"
        case .ruleIDIsBuiltin(let id): return "mã quy tắc \(w.code(id)) trùng tên một kiểm tra có sẵn; chọn mã khác"
        case .unknownRuleInTest(let id, let suggestion):
            return "bài kiểm thử nêu quy tắc \(w.code(id)), nhưng không tệp quy tắc nào định nghĩa nó" + w.didYouMean(suggestion)
        case .inRule(let id, let error): return "trong quy tắc \(w.code(id)): \(ExpressionMessageText.render(error, w))"
        case .inDefinition(let name, let rule, let error):
            return "trong định nghĩa \(w.code(name))\(rule.map { " (dùng trong quy tắc \(w.code($0)))" } ?? ""): "
                + ExpressionMessageText.render(error, w)
        case .definitionKey(let key):
            return "\(w.code(key)) không phải tên một định nghĩa: viết \(w.code("ten")) hoặc \(w.code("ten(a, b)"))"
        case .nameTaken(let name, let owner):
            let what =
                switch owner {
                case .function: "tên một hàm"
                case .macro: "tên một macro"
                case .field: "một tên trong phạm vi của quy tắc"
                case .definition: "tên một định nghĩa"
                }
            return "\(w.code(name)) đã là \(what); chọn tên khác"
        case .overrideUnknownRule(let id, let suggestion):
            return "phần ghi đè nêu quy tắc \(w.code(id)), nhưng không tệp quy tắc nào định nghĩa nó" + w.didYouMean(suggestion)
        case .overriddenTwice(let rule, let field, let first):
            return "\(w.code(field)) của quy tắc \(w.code(rule)) bị ghi đè hai lần (lần đầu ở \(w.location(first))); "
                + "chỉ giữ một trong hai"
        case .unknownParameter(let rule, let name, let suggestion):
            return "quy tắc \(w.code(rule)) không có tham số \(w.code(name))" + w.didYouMean(suggestion)
        case .parameterKind(let rule, let name, let expected, let found):
            return "tham số \(w.code(name)) của quy tắc \(w.code(rule)) có kiểu \(w.code(expected)), nhưng được cho \(w.code(found))"
        case .targetKindsDiffer(let name, let first, let found):
            return "chỉ tiêu \(w.code("plan.targets." + name)) ở đây là \(vietnameseKind(found)) nhưng ở chỗ khác là "
                + "\(vietnameseKind(first)); một chỉ tiêu chỉ có một kiểu trong mọi đề án"
        }
    }

    private static func englishKind(_ kind: String) -> String {
        switch kind {
        case "number": "a number"
        case "text": "a text"
        case "texts": "a list of texts"
        default: "numbers by sector"
        }
    }

    private static func vietnameseKind(_ kind: String) -> String {
        switch kind {
        case "number": "một số"
        case "text": "một chuỗi"
        case "texts": "một danh sách chuỗi"
        default: "các số theo lĩnh vực"
        }
    }
}
