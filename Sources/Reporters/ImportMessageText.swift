import Vocabulary

/// The words of `ImportMessage`, in English and in Vietnamese.
enum ImportMessageText {
    static func english(_ message: ImportMessage, _ w: Words) -> String {
        switch message {
        case .noHeaderRow:
            return "no row names a code and a name column (such as `Mã thủ tục` and `Tên thủ tục`); "
                + "add the header row or name the columns with --mapping"
        case .unknownColumn(let header): return "the column \(w.code(header)) is not one tthc reads; it is ignored"
        case .missingCode: return "the row has no procedure code; it is not imported"
        case .missingName: return "the row has no procedure name; it is not imported"
        case .codeTwice(let code, let row):
            return "the code \(w.code(code)) is already on row \(row); the row is not imported"
        case .unreadableDeadline(let column, let text, let suggestion):
            return "\(w.code(column)): \(w.code(text)) is not a deadline"
                + (suggestion.map { "; did you mean the unit \(w.code($0))?" } ?? "; write e.g. `10 ngày làm việc`")
                + "; the row is not imported"
        case .deadlineNotPositive(let column, let text):
            return "\(w.code(column)): \(w.code(text)) is not more than zero days; the row is not imported"
        case .deadlineChannels(let column, let chosen, let others):
            return "\(w.code(column)) gives several channels; the in-person one (\(w.code(chosen))) is read, not "
                + others.map(w.code).joined(separator: ", ")
        case .unknownLevel(let text, let suggestion):
            return "\(w.code(text)) is not a level (`Cấp Tỉnh`, `Cấp Huyện`, `Cấp Xã`)" + w.didYouMean(suggestion)
                + "; the row is not imported"
        case .severalLevels(let text, let chosen):
            return "\(w.code(text)) names several levels; the first, \(w.code(chosen)), is read"
        case .notAFlag(let column, let text):
            return "\(w.code(column)): \(w.code(text)) is not a mark; write `x` (or `có`) for yes and leave it empty for no"
        case .notACount(let column, let text):
            return "\(w.code(column)): \(w.code(text)) is not a whole number of dossiers; write it as 152039 (or 152.039), or leave it empty"
        case .missingSector:
            return "the row has no sector (`Lĩnh vực`); it is not imported"
        case .notAppended(let count):
            return "\(w.count(count)) new procedures were not appended: the file's `procedures:` is not a block list "
                + "at its end; add them by hand (`tthc import` prints them)"
        case .fieldNotWritten(let field, let value):
            return "\(w.code(field)) is not written as one value in the file; set it to \(w.code(value)) by hand"
        }
    }

    static func vietnamese(_ message: ImportMessage, _ w: Words) -> String {
        switch message {
        case .noHeaderRow:
            return "không có dòng nào ghi cột mã và cột tên (như `Mã thủ tục` và `Tên thủ tục`); "
                + "hãy thêm dòng tiêu đề hoặc chỉ rõ các cột bằng --mapping"
        case .unknownColumn(let header): return "cột \(w.code(header)) không được tthc đọc; bỏ qua"
        case .missingCode: return "dòng này không có mã thủ tục; không nhập dòng này"
        case .missingName: return "dòng này không có tên thủ tục; không nhập dòng này"
        case .codeTwice(let code, let row):
            return "mã \(w.code(code)) đã có ở dòng \(row); không nhập dòng này"
        case .unreadableDeadline(let column, let text, let suggestion):
            return "\(w.code(column)): \(w.code(text)) không phải thời hạn"
                + (suggestion.map { "; có phải là đơn vị \(w.code($0))?" } ?? "; hãy ghi ví dụ `10 ngày làm việc`")
                + "; không nhập dòng này"
        case .deadlineNotPositive(let column, let text):
            return "\(w.code(column)): \(w.code(text)) không lớn hơn 0 ngày; không nhập dòng này"
        case .deadlineChannels(let column, let chosen, let others):
            return "\(w.code(column)) ghi nhiều kênh; đọc thời hạn trực tiếp (\(w.code(chosen))), không đọc "
                + others.map(w.code).joined(separator: ", ")
        case .unknownLevel(let text, let suggestion):
            return "\(w.code(text)) không phải cấp thực hiện (`Cấp Tỉnh`, `Cấp Huyện`, `Cấp Xã`)" + w.didYouMean(suggestion)
                + "; không nhập dòng này"
        case .severalLevels(let text, let chosen):
            return "\(w.code(text)) ghi nhiều cấp; đọc cấp đầu tiên, \(w.code(chosen))"
        case .notAFlag(let column, let text):
            return "\(w.code(column)): \(w.code(text)) không phải dấu đánh; ghi `x` (hoặc `có`) nếu có, để trống nếu không"
        case .notACount(let column, let text):
            return "\(w.code(column)): \(w.code(text)) không phải số hồ sơ nguyên; ghi như 152039 (hoặc 152.039), hoặc để trống"
        case .missingSector:
            return "dòng này không có lĩnh vực (`Lĩnh vực`); không nhập dòng này"
        case .notAppended(let count):
            return "chưa thêm được \(w.count(count)) thủ tục mới: `procedures:` của tệp không phải danh sách dạng khối ở cuối tệp; "
                + "hãy thêm bằng tay"
        case .fieldNotWritten(let field, let value):
            return "\(w.code(field)) không được ghi thành một giá trị trong tệp; hãy sửa thành \(w.code(value)) bằng tay"
        }
    }
}
