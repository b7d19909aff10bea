import Vocabulary

/// A severity as a person reads it: `error`, `warning`, `info`, or in
/// Vietnamese `lỗi`, `cảnh báo`, `thông tin`. Machine formats keep the
/// English keywords their consumers parse.
public enum SeverityText {
    public static func word(_ severity: Severity, _ language: Language) -> String {
        guard language == .vi else { return severity.rawValue }
        switch severity {
        case .error: return "lỗi"
        case .warning: return "cảnh báo"
        case .info: return "thông tin"
        }
    }
}
