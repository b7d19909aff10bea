import Reporters
import Review
import Vocabulary

/// The one place a `RunFailure` becomes words: `tthc: error: ` and its message
/// in English or Vietnamese, then its details, every value from the user or
/// the files escaped for the terminal (SPEC §8.6).
enum RunMessageText {
    /// What a failure prints on standard error, without the final line break.
    static func render(_ failure: RunFailure, in language: Language) -> String {
        let w = RunWords(language: language)
        let prefix = language == .vi ? "tthc: lỗi: " : "tthc: error: "
        return ([prefix + render(failure.message, w)] + failure.details.map { detail($0, w) }).joined(separator: "\n")
    }

    /// The message alone, for a caller that prints it its own way (an argument
    /// error, laid out by the argument parser).
    static func render(_ message: RunMessage, in language: Language) -> String {
        render(message, RunWords(language: language))
    }

    private static func render(_ message: RunMessage, _ w: RunWords) -> String {
        w.language == .vi ? vietnamese(message, w) : english(message, w)
    }

    static func english(_ message: RunMessage, _ w: RunWords) -> String {
        switch message {
        case .asOfNotADate(let text): return "--as-of must be a date written YYYY-MM-DD, got '\(w.text(text))'"
        case .decisionDateNotADate(let text):
            return "--date must be a date written YYYY-MM-DD or DD/MM/YYYY, got '\(w.text(text))'"
        case .binaryToTerminal(let format):
            return "--format \(format) writes a binary file; give --output FILE (or redirect standard output)"
        case .jobsBelowOne(let jobs): return "--jobs must be at least 1, got \(jobs)"
        case .minCoverageOutOfRange(let n): return "--min-coverage must be a percentage from 0 to 100, got \(n)"
        case .formatNeedsCoverage: return "--format json prints the coverage; give --coverage with it"
        case .budgetSetting(let variable, let found):
            return "\(w.text(variable)) must be a whole number of at least 1, found \(w.code(found))"
        case .unknownRule(let id, let rules): return "\(w.code(id)) is not a rule of \(w.code(rules)); `tthc rules` lists them"
        case .ruleNotInForce(let id, let suggestion):
            return "\(w.code(id)) is not a rule in force\(suggestion.map { "; did you mean \(w.code($0))?" } ?? ""); "
                + "`tthc rules` lists them"
        case .noProcedure(let code, let catalog): return "no procedure has the code \(w.code(code)) in \(w.code(catalog))"
        case .ambiguousCode(let code, let count):
            return "\(w.code(code)) is the code of \(w.count(count)) procedures; give one of the full codes:"
        case .catalogDirectoryMissing(let path):
            return "catalog directory \(w.code(path)) not found; run from the project root or pass --catalog DIR"
        case .catalogIsAFile(let path):
            return "\(w.code(path)) is a file; --catalog takes the catalog directory "
                + "(pass a file as PATH to `check` to report on it alone)"
        case .rulesDirectoryMissing(let path):
            return "rules directory \(w.code(path)) not found; run from the project root or pass --rules DIR"
        case .pathMissing(let path): return "\(w.code(path)) does not exist"
        case .ruleTestsMissing(let path):
            return "rule tests \(w.code(path)) not found; pass a test file or directory as the argument"
        case .rulesInvalid(let directory): return "the rules in \(w.code(directory)) are invalid; fix them and run again:"
        case .ruleTestsInvalid: return "the rule tests are invalid; fix them and run again:"
        case .planSelection(let error): return PlanSelectionText.render(error, in: .en, medium: .terminal)
        case .notATable(let file):
            return "\(w.code(file)) is not a table tthc reads; import reads `.xlsx` workbooks and `.csv` files (UTF-8)"
        case .tableUnreadable(let file, let error):
            return "cannot read \(w.code(file)) as a table: \(OfficeErrorText.render(error, in: .en, medium: .terminal))"
        case .sheetMissing(let file, let sheet, let sheets):
            return "\(w.code(file)) has no sheet \(w.code(sheet)); its sheets are " + sheets.map(w.code).joined(separator: ", ")
        case .mappingInvalid(let file):
            return "the mapping \(w.code(file)) is not `columns: {code: \"…\", name: \"…\", …}` naming the columns "
                + ImportColumnNames.list + " by their headers"
        case .cannotList(let path, let reason): return "cannot list the directory \(w.code(path)): \(w.reason(reason))"
        case .cannotRead(let path, let reason): return "cannot read \(w.code(path)): \(w.reason(reason))"
        case .notRegularFile(let path):
            return "cannot read \(w.code(path)): it is not a regular file; move it out of the catalog"
        case .cannotWriteOutput(let path, let reason): return "cannot write the output file \(w.code(path)): \(w.reason(reason))"
        case .cannotWriteStandardOutput(let reason): return "cannot write to standard output: \(w.reason(reason))"
        case .baselineTooLarge(let path, let size, let limit):
            return "the baseline \(w.code(path)) is \(w.count(size)) bytes, larger than the limit of \(w.count(limit)) bytes "
                + "(\(w.count(limit / mebibyte)) MiB) for a baseline; "
                + "check that it is the `tthc check --format json` output you meant"
        case .baselineUnreadable(let path):
            return "cannot read the baseline \(w.code(path)); write one with `tthc check --format json --output \(w.text(path))`"
        case .baselineNotJSON(let path):
            return "the baseline \(w.code(path)) is not the JSON of `tthc check --format json`; write it again with that command"
        case .baselineWithoutFingerprint(let path, let finding):
            return "the baseline \(w.code(path)) has no fingerprint on finding \(w.count(finding)): "
                + "it was written by an older tthc; write it again with `tthc check --format json --output \(w.text(path))`"
        case .figureOverflow(let overflow):
            let place =
                switch overflow.place {
                case .procedure(let code): "procedure \(w.code(code))"
                case .sector(let id): "sector \(w.code(id))"
                case .level(let level): "level \(w.code(level.rawValue))"
                case .total: "the whole catalog"
                }
            let largest = overflow.largest.map { "; the largest deadline it counts is procedure \(w.code($0))'s" } ?? ""
            return "the plan's figures cannot be computed: \(w.code(overflow.figure)) of \(place) is too large for a number"
                + "\(largest); check the deadlines for a typo"
        case .depthOutOfRange(let text):
            return "--depth \(w.code(text)) is not a cut rate between 0 and 1; write it as 0.3 (30%)"
        case .maxChangesBelowOne(let n):
            return "--max-changes \(w.count(n)) allows no change; give 1 or more"
        case .noTargetInForce(let targets, let plan):
            return "the plan \(w.code(plan)) sets no \(targets.map(w.code).joined(separator: " or ")) on the run's date; "
                + "choose another --as-of or --plan, or add the target to the plan"
        case .suggestIncomplete(let files):
            return "\(w.count(files)) catalog \(files == 1 ? "file" : "files") could not be read, so the figures to draft against "
                + "are not whole; run `tthc check` and correct \(files == 1 ? "it" : "them") first"
        case .suggestionNotWritable(let path):
            return "cannot write the suggestion into \(w.code(path)) as drafted (its layout leaves no safe place for a value); "
                + "nothing was written; make the changes by hand from `tthc suggest`'s table"
        case .git(let message): return GitMessageText.english(message, w)
        }
    }

    static func vietnamese(_ message: RunMessage, _ w: RunWords) -> String {
        switch message {
        case .asOfNotADate(let text): return "--as-of phải là một ngày viết dạng YYYY-MM-DD, nhận được '\(w.text(text))'"
        case .decisionDateNotADate(let text):
            return "--date phải là một ngày viết dạng YYYY-MM-DD hoặc DD/MM/YYYY, nhận được '\(w.text(text))'"
        case .binaryToTerminal(let format):
            return "--format \(format) ghi ra tệp nhị phân; hãy chỉ định --output TỆP (hoặc chuyển hướng đầu ra chuẩn)"
        case .jobsBelowOne(let jobs): return "--jobs phải ít nhất là 1, nhận được \(jobs)"
        case .minCoverageOutOfRange(let n): return "--min-coverage phải là tỷ lệ phần trăm từ 0 đến 100, nhận được \(n)"
        case .formatNeedsCoverage: return "--format json in độ phủ quy tắc; dùng kèm --coverage"
        case .budgetSetting(let variable, let found):
            return "\(w.text(variable)) phải là một số nguyên không nhỏ hơn 1, nhận được \(w.code(found))"
        case .unknownRule(let id, let rules):
            return "\(w.code(id)) không phải quy tắc trong \(w.code(rules)); xem danh sách bằng `tthc rules`"
        case .ruleNotInForce(let id, let suggestion):
            return "\(w.code(id)) không phải quy tắc đang áp dụng\(suggestion.map { "; có phải là \(w.code($0))?" } ?? ""); "
                + "xem danh sách bằng `tthc rules`"
        case .noProcedure(let code, let catalog): return "không có thủ tục nào mang mã \(w.code(code)) trong \(w.code(catalog))"
        case .ambiguousCode(let code, let count):
            return "\(w.code(code)) là mã của \(w.count(count)) thủ tục; hãy ghi một mã đầy đủ:"
        case .catalogDirectoryMissing(let path):
            return "không tìm thấy thư mục danh mục \(w.code(path)); chạy từ thư mục gốc của dự án hoặc dùng --catalog DIR"
        case .catalogIsAFile(let path):
            return "\(w.code(path)) là một tệp; --catalog nhận thư mục danh mục "
                + "(muốn báo cáo riêng một tệp thì truyền tệp đó làm PATH cho `check`)"
        case .rulesDirectoryMissing(let path):
            return "không tìm thấy thư mục quy tắc \(w.code(path)); chạy từ thư mục gốc của dự án hoặc dùng --rules DIR"
        case .pathMissing(let path): return "\(w.code(path)) không tồn tại"
        case .ruleTestsMissing(let path):
            return "không tìm thấy kiểm thử quy tắc \(w.code(path)); truyền tệp hoặc thư mục kiểm thử làm tham số"
        case .rulesInvalid(let directory): return "quy tắc trong \(w.code(directory)) không hợp lệ; sửa rồi chạy lại:"
        case .ruleTestsInvalid: return "tệp kiểm thử quy tắc không hợp lệ; sửa rồi chạy lại:"
        case .planSelection(let error): return PlanSelectionText.render(error, in: .vi, medium: .terminal)
        case .notATable(let file):
            return "\(w.code(file)) không phải bảng tthc đọc được; lệnh import đọc tệp `.xlsx` và tệp `.csv` (UTF-8)"
        case .tableUnreadable(let file, let error):
            return "không đọc được \(w.code(file)) thành bảng: \(OfficeErrorText.render(error, in: .vi, medium: .terminal))"
        case .sheetMissing(let file, let sheet, let sheets):
            return "\(w.code(file)) không có trang \(w.code(sheet)); các trang là " + sheets.map(w.code).joined(separator: ", ")
        case .mappingInvalid(let file):
            return "tệp ánh xạ \(w.code(file)) không có dạng `columns: {code: \"…\", name: \"…\", …}` ghi tiêu đề của các cột "
                + ImportColumnNames.list
        case .cannotList(let path, let reason): return "không đọc được thư mục \(w.code(path)): \(w.reason(reason))"
        case .cannotRead(let path, let reason): return "không đọc được \(w.code(path)): \(w.reason(reason))"
        case .notRegularFile(let path):
            return "không đọc được \(w.code(path)): đây không phải tệp thông thường; chuyển nó ra khỏi danh mục"
        case .cannotWriteOutput(let path, let reason): return "không ghi được tệp kết quả \(w.code(path)): \(w.reason(reason))"
        case .cannotWriteStandardOutput(let reason): return "không ghi được ra đầu ra chuẩn: \(w.reason(reason))"
        case .baselineTooLarge(let path, let size, let limit):
            return "tệp baseline \(w.code(path)) có \(w.count(size)) byte, vượt giới hạn \(w.count(limit)) byte "
                + "(\(w.count(limit / mebibyte)) MiB) của tệp baseline; "
                + "kiểm tra đó có đúng là kết quả `tthc check --format json` cần dùng"
        case .baselineUnreadable(let path):
            return "không đọc được tệp baseline \(w.code(path)); tạo bằng `tthc check --format json --output \(w.text(path))`"
        case .baselineNotJSON(let path):
            return "tệp baseline \(w.code(path)) không phải JSON của `tthc check --format json`; hãy tạo lại bằng lệnh đó"
        case .baselineWithoutFingerprint(let path, let finding):
            return "tệp baseline \(w.code(path)) thiếu fingerprint ở phát hiện thứ \(w.count(finding)): "
                + "tệp do phiên bản tthc cũ tạo; hãy tạo lại bằng `tthc check --format json --output \(w.text(path))`"
        case .figureOverflow(let overflow):
            let place =
                switch overflow.place {
                case .procedure(let code): "thủ tục \(w.code(code))"
                case .sector(let id): "lĩnh vực \(w.code(id))"
                case .level(let level): "cấp \(w.code(level.rawValue))"
                case .total: "toàn bộ danh mục"
                }
            let largest = overflow.largest.map { "; thời hạn lớn nhất trong đó là của thủ tục \(w.code($0))" } ?? ""
            return "không tính được các chỉ tiêu của đề án: \(w.code(overflow.figure)) của \(place) quá lớn, "
                + "vượt quá giới hạn của một số\(largest); kiểm tra lại các thời hạn (có thể gõ nhầm)"
        case .depthOutOfRange(let text):
            return "--depth \(w.code(text)) không phải tỷ lệ cắt giảm trong khoảng 0 đến 1; hãy viết như 0.3 (30%)"
        case .maxChangesBelowOne(let n):
            return "--max-changes \(w.count(n)) không cho phép thay đổi nào; hãy cho từ 1 trở lên"
        case .noTargetInForce(let targets, let plan):
            return "đề án \(w.code(plan)) không đặt \(targets.map(w.code).joined(separator: " hoặc ")) vào ngày chạy; "
                + "hãy chọn --as-of hoặc --plan khác, hoặc bổ sung chỉ tiêu vào đề án"
        case .suggestIncomplete(let files):
            return "không đọc được \(w.count(files)) tệp danh mục nên số liệu chưa đầy đủ để đề xuất; "
                + "hãy chạy `tthc check` và sửa trước"
        case .suggestionNotWritable(let path):
            return "không ghi được đề xuất vào \(w.code(path)) đúng như đã lập (bố cục tệp không có chỗ an toàn cho giá trị); "
                + "chưa ghi gì; hãy sửa tay theo bảng của `tthc suggest`"
        case .git(let message): return GitMessageText.vietnamese(message, w)
        }
    }

    /// One line under the message, escaped whole: a message of the rules is
    /// worded in plain text, then nothing in the line can act on the terminal.
    private static func detail(_ detail: RunDetail, _ w: RunWords) -> String {
        let vi = w.language == .vi
        let line =
            switch detail {
            case .rulesError(let finding):
                "\(finding.location.description): \(MessageText.render(finding.message, in: w.language)) [\(finding.rule)]"
            case .testError(let finding):
                "\(finding.location.description): \(MessageText.render(finding.message, in: w.language))"
            case .testTooLarge(let path):
                "\(path): " + (vi ? "tệp lớn hơn giới hạn kích thước" : "the file is larger than the size limit")
            case .candidate(let code, let name, let file): "  \(code) \(ProcedureLabel.name(name)) (\(file))"
            }
        return HarmlessText.escape(line)
    }

    private static let mebibyte = 1 << 20
}
