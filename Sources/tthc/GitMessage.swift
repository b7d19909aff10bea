/// Why `diff` could not read its base from git; git's own words, where it
/// gave them, are carried as they were (on one line).
enum GitMessage: Sendable, Equatable {
    /// No git could be started.
    case cannotRun(words: String)
    case notInRepository(directory: String, words: String)
    /// A directory of the run outside the repository that holds the catalog.
    case outsideRepository(directory: String, repository: String)
    case cannotResolve(path: String, SystemError)
    /// The ref names something that is not a commit (`tree`, `blob`).
    case notACommit(ref: String, type: String)
    case unknownRef(ref: String, words: String)
    case cannotListFiles(ref: String, GitFailure)
    case cannotReadFiles(ref: String, GitFailure)
    case notADirectory(directory: String, ref: String)
    case fileMissing(path: String)
    case objectMissing(id: String, ref: String)
    case fewerObjects(ref: String)
}
