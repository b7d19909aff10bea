import Review
import Vocabulary

/// The notice every report format carries before its first table when the
/// catalog could not all be read: what the figures leave out, and where.
public enum IncompleteNotice {
    public static func text(_ incomplete: Incompleteness, _ language: Language, medium: TextMedium = .plain) -> String {
        let files = incomplete.files.map(medium.text).joined(separator: ", ")
        let style = language.numberStyle
        let count = { (n: Int) in style.format(Double(n)) }
        let leftOut = incomplete.filesLeftOut + incomplete.proceduresLeftOut > 0
        if language == .vi {
            let what =
                leftOut
                ? "số liệu dưới đây chưa tính \(count(incomplete.filesLeftOut)) tệp và "
                    + "\(count(incomplete.proceduresLeftOut)) thủ tục không đọc được"
                : "số liệu dưới đây có thể sai (giá trị không đọc được thì không được tính, mã trùng bị tính hai lần)"
            return "CHƯA ĐẦY ĐỦ: \(what); \(count(incomplete.findings)) lỗi trong \(files). "
                + "Chạy `tthc check` để xem, sửa rồi lập lại báo cáo."
        }
        func plural(_ n: Int, _ word: String) -> String { "\(count(n)) \(word)\(n == 1 ? "" : "s")" }
        let what =
            leftOut
            ? "these figures leave out \(plural(incomplete.filesLeftOut, "file")) and "
                + "\(plural(incomplete.proceduresLeftOut, "procedure")) that could not be read"
            : "these figures may be wrong (a value that could not be read is not counted, a code given twice counts twice)"
        return "INCOMPLETE: \(what); \(plural(incomplete.findings, "error")) in \(files). "
            + "Run `tthc check` to see them, correct them and report again."
    }

    /// The notice's JSON: `{"files", "procedures_left_out", "findings"}`.
    public static func json(_ incomplete: Incompleteness) -> JSONValue {
        .object([
            ("files", .array(incomplete.files.map(JSONValue.string))),
            ("files_left_out", .number(Double(incomplete.filesLeftOut))),
            ("procedures_left_out", .number(Double(incomplete.proceduresLeftOut))),
            ("findings", .number(Double(incomplete.findings))),
        ])
    }
}
