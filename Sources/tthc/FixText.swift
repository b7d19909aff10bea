import Reporters
import Review
import Vocabulary

/// The words of `tthc fix` on standard error and after `--write`.
enum FixText {
    static func refused(_ syntax: Finding, _ language: Language) -> String {
        let place = HarmlessText.escape(syntax.location.description)
        let problem = MessageText.render(syntax.message, in: language, medium: .terminal)
        return language == .vi
            ? "\(place): không sửa tệp này vì có lỗi cú pháp (\(problem)); hãy sửa lỗi đó trước"
            : "\(place): not fixed: the file has a syntax error (\(problem)); correct it by hand first"
    }

    /// A file fix could not read: too large, or a name that is not UTF-8.
    static func unread(_ source: SourceFile, _ language: Language) -> String {
        if let finding = source.nameFinding {
            let problem = MessageText.render(finding.message, in: language, medium: .terminal)
            return "\(HarmlessText.escape(finding.location.description)): " + (language == .vi ? "không sửa: " : "not fixed: ") + problem
        }
        let path = HarmlessText.escape(source.path)
        return language == .vi
            ? "không sửa `\(path)`: tệp lớn hơn giới hạn kích thước"
            : "`\(path)` not fixed: the file is larger than the size limit"
    }

    static func conflict(_ path: String, _ language: Language) -> String {
        let path = HarmlessText.escape(path)
        return language == .vi
            ? "không sửa `\(path)`: hai thay đổi chồng lên nhau (lỗi của tthc, xin báo lại)"
            : "`\(path)` not fixed: two rewrites overlap (a defect of tthc; please report it)"
    }

    static func summary(written files: Int, _ language: Language) -> String {
        if language == .vi { return "đã sửa \(files) tệp" }
        return files == 1 ? "fixed 1 file" : "fixed \(files) files"
    }
}
