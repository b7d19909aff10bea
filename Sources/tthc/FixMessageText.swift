import Reporters
import Vocabulary

/// The words of `FixMessage`: one line each, every value from the files
/// escaped for the terminal.
enum FixMessageText {
    static func render(_ message: FixMessage, in language: Language) -> String {
        let w = RunWords(language: language)
        return language == .vi ? vietnamese(message, w) : english(message, w)
    }

    static func english(_ message: FixMessage, _ w: RunWords) -> String {
        switch message {
        case .syntaxError(let finding):
            return "\(w.text(finding.location.description)): not fixed: the file has a syntax error "
                + "(\(problem(finding, w))); correct it by hand first"
        case .unreadableName(let finding): return "\(w.text(finding.location.description)): not fixed: \(problem(finding, w))"
        case .tooLarge(let path): return "\(w.code(path)) not fixed: the file is larger than the size limit"
        case .conflict(let path): return "\(w.code(path)) not fixed: two rewrites overlap (a defect of tthc; please report it)"
        case .written(let files): return files == 1 ? "fixed 1 file" : "fixed \(w.count(files)) files"
        }
    }

    static func vietnamese(_ message: FixMessage, _ w: RunWords) -> String {
        switch message {
        case .syntaxError(let finding):
            return "\(w.text(finding.location.description)): không sửa tệp này vì có lỗi cú pháp "
                + "(\(problem(finding, w))); hãy sửa lỗi đó trước"
        case .unreadableName(let finding): return "\(w.text(finding.location.description)): không sửa: \(problem(finding, w))"
        case .tooLarge(let path): return "không sửa \(w.code(path)): tệp lớn hơn giới hạn kích thước"
        case .conflict(let path): return "không sửa \(w.code(path)): hai thay đổi chồng lên nhau (lỗi của tthc, xin báo lại)"
        case .written(let files): return "đã sửa \(w.count(files)) tệp"
        }
    }

    private static func problem(_ finding: Finding, _ w: RunWords) -> String {
        MessageText.render(finding.message, in: w.language, medium: .terminal)
    }
}
