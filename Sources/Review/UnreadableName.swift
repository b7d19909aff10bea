import Vocabulary

extension SourceFile {
    /// The `syntax` finding of a file or directory whose name is not UTF-8:
    /// reported, with the name shown escaped, rather than skipped. Nil for any
    /// other source.
    public var nameFinding: Finding? {
        guard case .unreadableName(let name, let isDirectory) = content else { return nil }
        return Finding(
            .syntax,
            message: .syntax(.nameNotUTF8(name, isDirectory: isDirectory)), location: Location(file: path, line: 1, column: 1))
    }
}
