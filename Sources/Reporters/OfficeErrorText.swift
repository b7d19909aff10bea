import Office
import Vocabulary

/// The one place an `OfficeError` (a spreadsheet, Word or CSV file that
/// cannot be read) becomes words, in English or Vietnamese. Part names come
/// from the file, so they are escaped for the medium.
public enum OfficeErrorText {
    public static func render(_ error: OfficeError, in language: Language, medium: TextMedium = .plain) -> String {
        let words = Words(language: language, medium: medium)
        return language == .vi ? vietnamese(error, words) : english(error, words)
    }

    static func english(_ error: OfficeError, _ w: Words) -> String {
        switch error {
        case .notAZip: return "the file is not an XLSX workbook (not a ZIP archive, or a damaged one); save it from Excel as .xlsx"
        case .partMissing(let part): return "the workbook has no \(w.code(part)) part; save it again from Excel as .xlsx"
        case .partTooLarge(let part, let limit):
            return "the part \(w.code(part)) unpacks to more than the limit of \(w.grouped(limit)) bytes; split the workbook"
        case .tooLarge(let limit): return "the workbook unpacks to more than the limit of \(w.grouped(limit)) bytes; split the workbook"
        case .damagedPart(let part): return "the part \(w.code(part)) cannot be unpacked: the file is truncated or damaged"
        case .tooManyRows(let sheet, let limit):
            return (sheet.map { "the sheet \(w.code($0))" } ?? "the file") + " has more than the limit of \(w.grouped(limit)) rows"
        case .malformedXML(let part, let line, let reason):
            return "the part \(w.code(part)) is not well-formed XML (line \(line): \(w.text(reason))); save the workbook again from Excel"
        case .sheetMissing(let sheet, let part):
            return "the sheet \(w.code(sheet)) points at \(w.code(part)), which is not in the file; save the workbook again from Excel"
        case .notUTF8(let byte, let line):
            return "the file is not UTF-8 (byte 0x\(hex(byte)) on line \(line)); save it as \"CSV UTF-8\""
        case .utf16: return "the file is UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\""
        case .unclosedQuote(let line): return "the quoted field that opens on line \(line) is never closed"
        case .fileTooLarge(let size, let limit):
            return "the file of \(w.grouped(size)) bytes is larger than the limit of \(w.grouped(limit)) bytes; split it"
        }
    }

    static func vietnamese(_ error: OfficeError, _ w: Words) -> String {
        switch error {
        case .notAZip: return "tệp không phải sổ tính XLSX (không phải tệp ZIP, hoặc tệp bị hỏng); hãy lưu lại từ Excel dưới dạng .xlsx"
        case .partMissing(let part): return "sổ tính thiếu phần \(w.code(part)); hãy lưu lại từ Excel dưới dạng .xlsx"
        case .partTooLarge(let part, let limit):
            return "vượt giới hạn: phần \(w.code(part)) giải nén ra hơn \(w.grouped(limit)) byte; hãy tách sổ tính"
        case .tooLarge(let limit): return "vượt giới hạn: sổ tính giải nén ra hơn \(w.grouped(limit)) byte; hãy tách sổ tính"
        case .damagedPart(let part): return "không giải nén được phần \(w.code(part)): tệp bị cắt cụt hoặc hỏng"
        case .tooManyRows(let sheet, let limit):
            return "vượt giới hạn: " + (sheet.map { "trang tính \(w.code($0))" } ?? "tệp") + " có hơn \(w.grouped(limit)) dòng"
        case .malformedXML(let part, let line, let reason):
            return "phần \(w.code(part)) không phải XML hợp lệ (dòng \(line): \(w.text(reason))); hãy lưu lại sổ tính từ Excel"
        case .sheetMissing(let sheet, let part):
            return "trang tính \(w.code(sheet)) trỏ tới \(w.code(part)), phần này không có trong tệp; hãy lưu lại sổ tính từ Excel"
        case .notUTF8(let byte, let line):
            return "tệp không phải UTF-8 (byte 0x\(hex(byte)) ở dòng \(line)); hãy lưu lại dưới dạng \"CSV UTF-8\""
        case .utf16: return "tệp được mã hóa UTF-16 (\"Unicode Text\" của Excel); hãy lưu lại dưới dạng \"CSV UTF-8\""
        case .unclosedQuote(let line): return "trường trong ngoặc kép mở ở dòng \(line) không được đóng"
        case .fileTooLarge(let size, let limit):
            return "vượt giới hạn: tệp \(w.grouped(size)) byte lớn hơn giới hạn \(w.grouped(limit)) byte; hãy tách tệp"
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
