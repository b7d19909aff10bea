import Vocabulary

/// What `tthc fix` says about a file it leaves alone (standard error) and
/// what it wrote (`--write`).
enum FixMessage: Sendable, Equatable {
    /// A file with a syntax error, never changed.
    case syntaxError(Finding)
    /// A file or directory whose name is not UTF-8, not read.
    case unreadableName(Finding)
    case tooLarge(path: String)
    /// Two rewrites of one file overlap: a defect of tthc.
    case conflict(path: String)
    case written(files: Int)
}
