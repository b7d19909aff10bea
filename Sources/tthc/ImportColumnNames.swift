import Review

/// The keys a `--mapping` file may give, as its error lists them.
enum ImportColumnNames {
    static let list = ImportColumn.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
}
