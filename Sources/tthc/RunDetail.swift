import Vocabulary

/// One line under a `RunFailure`'s message: an error of the rules or of the
/// rule tests, or a procedure an ambiguous code could mean.
enum RunDetail: Sendable, Equatable {
    /// An error of the rules directory, with its rule (`[schema]`).
    case rulesError(Finding)
    /// An error of a rule test file.
    case testError(Finding)
    /// A rule test file over the size limit, not read.
    case testTooLarge(path: String)
    /// A procedure that `explain`'s code could mean.
    case candidate(code: String, name: String, file: String)
}
