import Vocabulary

extension SourceFile {
    /// The `syntax` finding of a file or directory whose name is not UTF-8
    /// (SPEC §8.7): reported, with the name shown escaped, rather than skipped.
    /// Nil for any other source.
    public func nameFinding(language: Language) -> Finding? {
        guard case .unreadableName(let name, let isDirectory) = content else { return nil }
        let message =
            isDirectory
            ? language.pick(
                "the directory name `\(name)` is not UTF-8, so its files are not read; rename the directory",
                "tên thư mục `\(name)` không phải UTF-8 nên các tệp trong đó không được đọc; đổi tên thư mục")
            : language.pick(
                "the file name `\(name)` is not UTF-8, so the file is not read; rename the file",
                "tên tệp `\(name)` không phải UTF-8 nên tệp không được đọc; đổi tên tệp")
        return Finding(
            rule: BuiltinRule.syntax.rawValue, severity: BuiltinRule.syntax.severity, message: message,
            location: Location(file: path, line: 1, column: 1))
    }
}
