/// The language of messages and headings: Vietnamese or English.
public enum Language: String, CaseIterable, Sendable {
    case en, vi

    /// The language a POSIX locale asks for: `LC_ALL`, else `LC_MESSAGES`, else
    /// `LANG`; `vi…` is Vietnamese, anything else English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("vi") ? .vi : .en
    }
}
