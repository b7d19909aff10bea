import Vocabulary
import YAMLTree

extension YAMLError {
    /// The `syntax` finding this error becomes in `file`. libyaml's own words
    /// are English; a Vietnamese run says what kind of problem it is first.
    public func finding(file: String, language: Language = .en) -> Finding {
        let prefix =
            switch kind {
            case .syntax: "lỗi cú pháp YAML: "
            case .encoding: "tệp không phải UTF-8: "
            case .limit: "vượt giới hạn: "
            }
        return Finding(
            rule: BuiltinRule.syntax.rawValue, severity: .error, message: language == .vi ? prefix + message : message,
            location: Location(file: file, line: mark.line, column: mark.column))
    }
}
