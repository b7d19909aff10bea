import Vocabulary

/// The words of `SchemaMessage`, in English and in Vietnamese.
enum SchemaMessageText {
    static func english(_ message: SchemaMessage, _ w: Words) -> String {
        switch message {
        case .emptyCatalogFile: return "the file is empty; a catalog file holds `sector:` and `procedures:`"
        case .oneDocumentPerFile: return "a catalog file holds one document (one sector); move this one to a file of its own"
        case .missingProcedures:
            return "a catalog file is missing the required key `procedures` (write `procedures: []` for none)"
        case .notMapping(let part, let found):
            return "\(Self.part(part, w)) must be a mapping of keys to values, found \(w.kind(found))"
        case .keyNotName(let part, let found): return "keys of \(Self.part(part, w)) must be plain names, found \(w.kind(found))"
        case .unknownKey(let key, let part, let suggestion, let allowed):
            let advice = suggestion.map { "; did you mean \(w.code($0))?" } ?? "; allowed keys: " + allowed.joined(separator: ", ")
            return "unknown key \(w.code(key)) in \(Self.part(part, w))" + advice
        case .missingKey(let key, let part): return "\(Self.part(part, w)) is missing the required key \(w.code(key))"
        case .notList(let field, let found): return "\(w.code(field)) must be a list, found \(w.kind(found))"
        case .duplicateKey(let key): return "key \(w.code(key)) appears twice in one mapping; keep one of them"
        case .notScalar(let field, let expected, let found):
            return "\(w.code(field)) must be \(Self.expected(expected, w)), found \(w.kind(found))"
        case .emptyText(let field): return "\(w.code(field)) is empty; write a value or remove the key"
        case .notIdentifier(let field, let found): return "\(w.code(field)) must use only a-z, 0-9 and -, found \(w.code(found))"
        case .notName(let field, let found):
            return "\(w.code(field)) must be a name of letters, digits and _ not starting with a digit, found \(w.code(found))"
        case .parameterValue(let field):
            return "\(w.code(field)) must be a number, true/false, a date, a text, or a list of numbers or of texts"
        case .tooManyLets(let field, let limit):
            return "\(w.code(field)) has more than \(limit) names; split the rule, or share parts with `define:`"
        case .notBool(let field, let found, let suggestion):
            return "\(w.code(field)) must be true or false, found \(w.code(found)), which is not a boolean here"
                + (suggestion.map { "; write `\($0)`" } ?? "")
        case .notNumber(let field, let found): return "\(w.code(field)) must be a number such as 10 or 0.5, found \(w.code(found))"
        case .notCount(let field, let found):
            return "\(w.code(field)) must be a whole number, 0 or more, found \(w.code(found)); write 152039, without separators"
        case .notDuration(let field, let found):
            return "\(w.code(field)) is not a duration: \(w.code(found)); write \(Self.durationForms(.en))"
        case .durationUnknownUnit(let field, let unit, let found, let suggestion):
            return "\(w.code(field)) has the unknown unit \(w.code(unit)) in \(w.code(found))"
                + (suggestion.map { "; did you mean \(w.code($0))?" } ?? "; write \(Self.durationForms(.en))")
        case .durationNotPositive(let field, let found): return "\(w.code(field)) must be more than zero days, found \(w.code(found))"
        case .notDate(let field, let found):
            return "\(w.code(field)) must be a date written YYYY-MM-DD (or DD/MM/YYYY), found \(w.code(found))"
        case .notOneOf(let field, let found, let allowed, let suggestion):
            return "\(w.code(field)) must be one of \(Self.choices(allowed, w)), found \(w.code(found))" + w.didYouMean(suggestion)
        case .decimalCommaSplit(let field, let whole, let fraction):
            return "\(w.code(field)) is \(w.code(whole)) followed by a stray \(w.code(fraction)): inside `{ }` YAML splits "
                + "\(w.code(whole + "," + fraction)) at the comma; a decimal comma was probably meant: write \(w.code(whole + "." + fraction))"
        case .invisibleCharacter(let field, let character, let column):
            return "\(w.code(field)) contains \(character) at column \(column), which is invisible or looks like "
                + "another character; retype the value without it (`tthc fix` removes invisible characters)"
        case .nonASCIILetter(let field, let character, let column):
            return "\(w.code(field)) contains \(character) at column \(column), a letter that is not ASCII; codes and ids are "
                + "written in ASCII, where no letter can pass for another"
        case .durationChannels(let field, let found):
            return "\(w.code(field)) gives several channels (\(w.code(found))); write the deadline of one channel, "
                + "as \(Self.durationForms(.en))"
        case .deadlineKindMismatch(let field, let kind, let legal):
            return "\(w.code(field)) is in \(w.days(kind)) but `deadline.legal` in \(w.days(legal)); write both in the same kind of day"
        case .stepKindMismatch(let field, let kind, let deadline):
            return "\(w.code(field)) is in \(w.days(kind)) but the deadline it spends in \(w.days(deadline)); "
                + "write the steps in the deadline's kind of day"
        case .stepKindsDiffer(let field, let kind, let first):
            return "\(w.code(field)) is in \(w.days(kind)) but `steps[0].days` in \(w.days(first)); "
                + "write all steps in one kind of day"
        case .undeclaredTrait(let name, let suggestion):
            let advice = suggestion.map { "did you mean \(w.code($0))? Otherwise declare it" } ?? "declare it"
            return "undeclared trait \(w.code(name)); \(advice) under `traits:` in rules/, or remove it"
        case .targetKeyNotDate(let field, let key):
            return "\(w.code(field)) maps dates (YYYY-MM-DD) to values, found the key \(w.code(key))"
        case .targetNeedsValue(let field):
            return "\(w.code(field)) is empty: give a number, a text, a list, numbers by sector id or values by date, "
                + "like { 2021-01-01: 0.3 }"
        case .periodEndsBeforeStart(let field, let from, let until):
            return "\(w.code(field)) ends (\(w.date(until))) before it starts (\(w.date(from)))"
        case .enumNeedsValues(let field): return "\(w.code(field)) is an enum and needs `values: [...]`"
        case .enumValuesEmpty(let field): return "\(w.code(field)) must list at least one value"
        case .valuesOnlyForEnum(let field): return "\(w.code(field)) only goes with `type: enum`"
        case .expressionIsTag(let field, let tag, let quoted):
            return "\(w.code(field)) starts with `!`, which YAML reads as the tag \(w.code(tag)); quote the expression: '\(w.text(quoted))'"
        case .unknownMessageLanguage(let language):
            return "`rules.message` has the unknown language \(w.code(language)); use `vi` and `en`"
        }
    }

    static func vietnamese(_ message: SchemaMessage, _ w: Words) -> String {
        switch message {
        case .emptyCatalogFile: return "tệp rỗng; một tệp danh mục gồm `sector:` và `procedures:`"
        case .oneDocumentPerFile: return "mỗi tệp danh mục chỉ chứa một tài liệu (một lĩnh vực); chuyển tài liệu này sang tệp riêng"
        case .missingProcedures: return "tệp danh mục thiếu khóa bắt buộc `procedures` (ghi `procedures: []` nếu không có thủ tục)"
        case .notMapping(let part, let found):
            return "\(Self.part(part, w)) phải là một ánh xạ khóa: giá trị, nhưng là \(w.kind(found))"
        case .keyNotName(let part, let found): return "khóa của \(Self.part(part, w)) phải là tên, nhưng là \(w.kind(found))"
        case .unknownKey(let key, let part, let suggestion, let allowed):
            let advice = suggestion.map { "; có phải là \(w.code($0))?" } ?? "; các khóa hợp lệ: " + allowed.joined(separator: ", ")
            return "khóa \(w.code(key)) không hợp lệ trong \(Self.part(part, w))" + advice
        case .missingKey(let key, let part): return "\(Self.part(part, w)) thiếu khóa bắt buộc \(w.code(key))"
        case .notList(let field, let found): return "\(w.code(field)) phải là một danh sách, nhưng là \(w.kind(found))"
        case .duplicateKey(let key): return "khóa \(w.code(key)) xuất hiện hai lần trong cùng một ánh xạ; chỉ giữ một"
        case .notScalar(let field, let expected, let found):
            return "\(w.code(field)) phải là \(Self.expected(expected, w)), nhưng là \(w.kind(found))"
        case .emptyText(let field): return "\(w.code(field)) để trống; ghi giá trị hoặc bỏ khóa này"
        case .notIdentifier(let field, let found): return "\(w.code(field)) chỉ được dùng a-z, 0-9 và -, nhưng là \(w.code(found))"
        case .notName(let field, let found):
            return "\(w.code(field)) phải là một tên gồm chữ, số và _, không bắt đầu bằng số, nhưng là \(w.code(found))"
        case .parameterValue(let field):
            return "\(w.code(field)) phải là một số, true/false, một ngày, một chuỗi, hoặc một danh sách số hay chuỗi"
        case .tooManyLets(let field, let limit):
            return "\(w.code(field)) có quá \(limit) tên; hãy tách quy tắc, hoặc dùng chung các phần bằng `define:`"
        case .notBool(let field, let found, let suggestion):
            return "\(w.code(field)) phải là true hoặc false; \(w.code(found)) không phải giá trị đúng/sai ở đây"
                + (suggestion.map { "; hãy ghi `\($0)`" } ?? "")
        case .notNumber(let field, let found): return "\(w.code(field)) phải là một số như 10 hoặc 0.5, nhưng là \(w.code(found))"
        case .notCount(let field, let found):
            return "\(w.code(field)) phải là một số nguyên từ 0 trở lên, nhưng là \(w.code(found)); hãy viết 152039, không dùng dấu phân cách"
        case .notDuration(let field, let found):
            return "\(w.code(field)) không phải thời hạn: \(w.code(found)); hãy ghi \(Self.durationForms(.vi))"
        case .durationUnknownUnit(let field, let unit, let found, let suggestion):
            return "\(w.code(field)) có đơn vị không hợp lệ \(w.code(unit)) trong \(w.code(found))"
                + (suggestion.map { "; có phải là \(w.code($0))?" } ?? "; hãy ghi \(Self.durationForms(.vi))")
        case .durationNotPositive(let field, let found): return "\(w.code(field)) phải lớn hơn 0 ngày, nhưng là \(w.code(found))"
        case .notDate(let field, let found):
            return "\(w.code(field)) phải là ngày dạng YYYY-MM-DD (hoặc DD/MM/YYYY), nhưng là \(w.code(found))"
        case .notOneOf(let field, let found, let allowed, let suggestion):
            return "\(w.code(field)) phải là một trong \(Self.choices(allowed, w)), nhưng là \(w.code(found))" + w.didYouMean(suggestion)
        case .decimalCommaSplit(let field, let whole, let fraction):
            return "\(w.code(field)) là \(w.code(whole)) kèm một giá trị thừa \(w.code(fraction)): trong `{ }` YAML tách "
                + "\(w.code(whole + "," + fraction)) tại dấu phẩy; nếu muốn ghi số thập phân, hãy dùng dấu chấm: \(w.code(whole + "." + fraction))"
        case .invisibleCharacter(let field, let character, let column):
            return "\(w.code(field)) chứa ký tự \(character) ở cột \(column), là ký tự ẩn hoặc trông giống ký tự "
                + "khác; hãy gõ lại giá trị không có ký tự này (`tthc fix` tự bỏ ký tự ẩn)"
        case .nonASCIILetter(let field, let character, let column):
            return "\(w.code(field)) chứa ký tự \(character) ở cột \(column), không phải chữ ASCII; mã và định danh chỉ viết "
                + "bằng chữ ASCII để không chữ nào bị nhầm với chữ khác"
        case .durationChannels(let field, let found):
            return "\(w.code(field)) ghi nhiều kênh (\(w.code(found))); hãy ghi thời hạn của một kênh, "
                + "dạng \(Self.durationForms(.vi))"
        case .deadlineKindMismatch(let field, let kind, let legal):
            return "\(w.code(field)) tính theo \(w.days(kind)) nhưng `deadline.legal` theo \(w.days(legal)); hãy ghi cả hai cùng một loại ngày"
        case .stepKindMismatch(let field, let kind, let deadline):
            return "\(w.code(field)) tính theo \(w.days(kind)) nhưng thời hạn mà bước này dùng lại theo \(w.days(deadline)); "
                + "hãy ghi các bước cùng loại ngày với thời hạn"
        case .stepKindsDiffer(let field, let kind, let first):
            return "\(w.code(field)) tính theo \(w.days(kind)) nhưng `steps[0].days` theo \(w.days(first)); "
                + "hãy ghi mọi bước cùng một loại ngày"
        case .undeclaredTrait(let name, let suggestion):
            let advice = suggestion.map { "có phải là \(w.code($0))? Nếu không, hãy khai báo" } ?? "hãy khai báo"
            return "thuộc tính \(w.code(name)) chưa được khai báo; \(advice) trong `traits:` ở rules/, hoặc bỏ đi"
        case .targetKeyNotDate(let field, let key):
            return "\(w.code(field)) gồm các cặp ngày (YYYY-MM-DD): giá trị, nhưng có khóa \(w.code(key))"
        case .targetNeedsValue(let field):
            return "\(w.code(field)) đang trống: ghi một số, một chuỗi, một danh sách, các số theo mã lĩnh vực hoặc các giá trị "
                + "theo ngày, ví dụ { 2021-01-01: 0.3 }"
        case .periodEndsBeforeStart(let field, let from, let until):
            return "\(w.code(field)) kết thúc (\(w.date(until))) trước khi bắt đầu (\(w.date(from)))"
        case .enumNeedsValues(let field): return "\(w.code(field)) có kiểu enum nên cần `values: [...]`"
        case .enumValuesEmpty(let field): return "\(w.code(field)) cần ít nhất một giá trị"
        case .valuesOnlyForEnum(let field): return "\(w.code(field)) chỉ dùng với `type: enum`"
        case .expressionIsTag(let field, let tag, let quoted):
            return "\(w.code(field)) bắt đầu bằng `!`, YAML hiểu là thẻ \(w.code(tag)); hãy đặt biểu thức trong nháy: '\(w.text(quoted))'"
        case .unknownMessageLanguage(let language):
            return "`rules.message` có ngôn ngữ không hỗ trợ \(w.code(language)); dùng `vi` và `en`"
        }
    }

    private static func part(_ part: SchemaMessage.Part, _ w: Words) -> String {
        let vi = w.language == .vi
        switch part {
        case .catalogFile: return vi ? "tệp danh mục" : "a catalog file"
        case .procedure: return vi ? "thủ tục" : "a procedure"
        case .step: return vi ? "bước xử lý" : "a step"
        case .waiver: return vi ? "miễn trừ" : "a waiver"
        case .rulesFile: return vi ? "tệp quy tắc" : "a rules file"
        case .plan: return vi ? "đề án" : "a plan"
        case .rule: return vi ? "quy tắc" : "a rule"
        case .ruleTestFile: return vi ? "tệp kiểm thử quy tắc" : "a rule test file"
        case .test: return vi ? "kiểm thử" : "a test"
        case .expectedFinding: return vi ? "phát hiện mong đợi" : "an expected finding"
        case .key(let path): return w.code(path)
        }
    }

    private static func expected(_ expected: SchemaMessage.Expected, _ w: Words) -> String {
        let vi = w.language == .vi
        switch expected {
        case .text: return vi ? "văn bản" : "text"
        case .bool: return vi ? "true hoặc false" : "true or false"
        case .number: return vi ? "một số" : "a number"
        case .duration: return (vi ? "một thời hạn (" : "a duration (") + durationForms(w.language) + ")"
        case .date: return vi ? "một ngày YYYY-MM-DD" : "a date YYYY-MM-DD"
        case .oneOf(let names): return (vi ? "một trong " : "one of ") + choices(names, w)
        }
    }

    /// The values of an enumeration, as the schema names them.
    private static func choices(_ names: [String], _ w: Words) -> String {
        names.map(w.text).joined(separator: w.text(" | "))
    }

    /// The ways a duration may be written, in the reader's words.
    static func durationForms(_ language: Language) -> String {
        language == .vi
            ? #"10, "0,5", "10 ngày làm việc", "4 giờ", "trong ngày", "15 ngày" (ngày lịch), "4h", "same day" hoặc "15 calendar days""#
            : #"10, 0.5, "4h", "3d", "3 working days", "same day", "15 calendar days" or "15cd""#
    }
}
