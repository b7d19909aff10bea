import Vocabulary

/// The words of `EvaluationMessage`: why an expression could not be evaluated
/// for one item. English writes counts as the language's `string()` does
/// (`10001`), and budgets grouped (`10,000,000`); Vietnamese groups and
/// writes decimals as people do (`10.001`, `0,5`).
enum EvaluationMessageText {
    static func english(_ message: EvaluationMessage, _ w: Words) -> String {
        switch message {
        case .null(let operand, let nullGuard):
            let advice =
                switch nullGuard {
                case .none: ""
                case .rule: "; guard the rule with \(w.code("when: has(\(operand))"))"
                case .variable: "; guard it with \(w.code("has(\(operand)) && …"))"
                }
            return "\(w.code(operand)) is null" + advice
        case .nullTruth(let source): return "\(w.code(source)) is null, not true or false"
        case .wrongValue(let operand, let value, let expected):
            return "\(w.code(operand)) is \(w.text(value)), expected \(englishExpected(expected, w))"
        case .tooLarge(let operand): return "\(w.code(operand)) is too large for a number"
        case .divisionByZero(let operand): return "division by zero in \(w.code(operand))"
        case .notArithmetic(let op): return "\(w.code(op)) is not arithmetic"
        case .missingField(let operand, let record, let field):
            return "\(w.code(operand)) is a \(w.text(record)) without the field \(w.code(field))"
        case .indexNotWhole(let index): return "the index \(NumberText.format(index)) is not a whole number"
        case .indexOutOfRange(let index, let list, let count):
            return "the index \(index) is out of range: \(w.code(list)) has \(count) element\(count == 1 ? "" : "s")"
        case .argumentCount(let operand): return "\(w.code(operand)) has the wrong number of arguments"
        case .roundDigits(let digits):
            return "the digits of \(w.code("round")) must be a whole number from -15 to 15, found \(NumberText.format(digits))"
        case .daysNotWhole(let days):
            return "the days of \(w.code("add_days")) must be a whole number, found \(NumberText.format(days))"
        case .mixedDayKinds(let expression):
            return "\(w.code(expression)) mixes calendar days and working days; convert one side with \(w.code("days(…)")) "
                + "if that is meant"
        case .hoursOfCalendarDays(let call):
            return "\(w.code(call)) is in calendar days, which have no working hours; use \(w.code("days(…)"))"
        case .dateOutOfRange(let call): return "\(w.code(call)) falls outside the years 1 to 9999"
        case .emptySeparator(let call): return "the separator of \(w.code(call)) is empty; split on a character or a word"
        case .nullElement(let operand): return "an element of \(w.code(operand)) is null"
        case .matchTooCostly(let pattern, let characters, let problem):
            let what =
                switch problem {
                case .steps(let steps): "takes more than \(steps) backtracking steps"
                case .memory: "runs out of the regular expression engine's memory"
                }
            return "matching \(w.code(pattern)) against a text of \(characters) characters \(what); "
                + "simplify the pattern (avoid a repetition inside a repetition, and alternatives that match the same text)"
        case .unbound(let operand): return "\(w.code(operand)) is not bound"
        case .missingFromScope(let operand, let record): return "\(w.code(operand)) is missing from the \(w.text(record))"
        case .wrongScope(let expected, let given):
            return "the expression reads a \(w.text(expected)) but was given a \(w.text(given))"
        case .stopped(.steps(let size)):
            return "stopped after \(w.grouped(size)) evaluation steps, the budget for one rule on one item; simplify the rule"
        case .stopped(.bytes(let size)):
            return "stopped after building \(w.grouped(size)) bytes of values, the budget for one rule on one item; simplify the rule"
        }
    }

    static func vietnamese(_ message: EvaluationMessage, _ w: Words) -> String {
        switch message {
        case .null(let operand, let nullGuard):
            let advice =
                switch nullGuard {
                case .none: ""
                case .rule: "; thêm điều kiện \(w.code("when: has(\(operand))")) cho quy tắc"
                case .variable: "; kiểm tra trước bằng \(w.code("has(\(operand)) && …"))"
                }
            return "\(w.code(operand)) không có giá trị (null)" + advice
        case .nullTruth(let source): return "\(w.code(source)) không có giá trị (null), không phải true hay false"
        case .wrongValue(let operand, let value, let expected):
            return "\(w.code(operand)) có giá trị \(w.code(value)), trong khi cần \(vietnameseExpected(expected, w))"
        case .tooLarge(let operand): return "\(w.code(operand)) quá lớn, vượt quá giới hạn của một số"
        case .divisionByZero(let operand): return "chia cho 0 trong \(w.code(operand))"
        case .notArithmetic(let op): return "\(w.code(op)) không phải phép tính số học"
        case .missingField(let operand, let record, let field):
            return "\(w.code(operand)) là bản ghi \(w.code(record)) nhưng không có trường \(w.code(field))"
        case .indexNotWhole(let index): return "chỉ số \(w.number(index)) không phải là số nguyên"
        case .indexOutOfRange(let index, let list, let count):
            return "chỉ số \(w.count(index)) nằm ngoài phạm vi: \(w.code(list)) có \(w.count(count)) phần tử"
        case .argumentCount(let operand): return "\(w.code(operand)) có số đối số không đúng"
        case .roundDigits(let digits):
            return "số chữ số của \(w.code("round")) phải là số nguyên từ -15 đến 15, nhưng là \(w.number(digits))"
        case .daysNotWhole(let days):
            return "số ngày của \(w.code("add_days")) phải là số nguyên, nhưng là \(w.number(days))"
        case .mixedDayKinds(let expression):
            return "\(w.code(expression)) trộn ngày theo lịch với ngày làm việc; nếu đúng ý như vậy, đổi một vế bằng "
                + "\(w.code("days(…)"))"
        case .hoursOfCalendarDays(let call):
            return "\(w.code(call)) tính theo ngày lịch, không có giờ làm việc; dùng \(w.code("days(…)"))"
        case .dateOutOfRange(let call): return "\(w.code(call)) nằm ngoài khoảng năm 1 đến 9999"
        case .emptySeparator(let call): return "dấu phân cách của \(w.code(call)) rỗng; hãy tách theo một ký tự hoặc một từ"
        case .nullElement(let operand): return "một phần tử của \(w.code(operand)) không có giá trị (null)"
        case .matchTooCostly(let pattern, let characters, let problem):
            let what =
                switch problem {
                case .steps(let steps): "cần hơn \(w.grouped(steps)) bước quay lui"
                case .memory: "làm cạn bộ nhớ của bộ máy biểu thức chính quy"
                }
            return "so khớp \(w.code(pattern)) với một văn bản \(w.grouped(characters)) ký tự \(what); "
                + "hãy đơn giản hóa mẫu (tránh phép lặp nằm trong phép lặp, và các nhánh khớp cùng một đoạn văn bản)"
        case .unbound(let operand): return "\(w.code(operand)) chưa được gán giá trị"
        case .missingFromScope(let operand, let record): return "\(w.code(operand)) không có trong \(w.code(record))"
        case .wrongScope(let expected, let given):
            return "biểu thức đọc một \(w.code(expected)) nhưng lại được cho một \(w.code(given))"
        case .stopped(.steps(let size)):
            return "dừng sau \(w.grouped(size)) bước tính, là giới hạn cho một quy tắc trên một đối tượng; "
                + "hãy đơn giản hóa quy tắc"
        case .stopped(.bytes(let size)):
            return "dừng sau khi tạo \(w.grouped(size)) byte giá trị, là giới hạn cho một quy tắc trên một đối tượng; "
                + "hãy đơn giản hóa quy tắc"
        }
    }

    private static func englishExpected(_ expected: EvaluationMessage.Expected, _ w: Words) -> String {
        switch expected {
        case .number: "a number"
        case .bool: "a bool"
        case .string: "a string"
        case .list: "a list"
        case .numbers: "a list of numbers"
        case .record: "a record"
        case .date: "a date"
        case .ordered: "a number, string or date"
        case .like(let operand): "a value like \(w.code(operand))"
        }
    }

    private static func vietnameseExpected(_ expected: EvaluationMessage.Expected, _ w: Words) -> String {
        switch expected {
        case .number: "một số"
        case .bool: "một giá trị đúng/sai"
        case .string: "một chuỗi"
        case .list: "một danh sách"
        case .numbers: "một danh sách số"
        case .record: "một bản ghi"
        case .date: "một ngày"
        case .ordered: "một số, chuỗi hoặc ngày"
        case .like(let operand): "một giá trị cùng kiểu với \(w.code(operand))"
        }
    }
}
