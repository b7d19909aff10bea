/// The words of `GitMessage`, part of `RunMessageText`. git's own words stay
/// as git wrote them (in the language of its locale), escaped.
enum GitMessageText {
    static func english(_ message: GitMessage, _ w: RunWords) -> String {
        switch message {
        case .cannotRun(let words): return "cannot run git: \(w.text(words))"
        case .notInRepository(let directory, let words):
            return "\(w.code(directory)) is not inside a git repository; `tthc diff` compares the working tree of a git clone "
                + "with one of its commits (git: \(w.text(words)))"
        case .outsideRepository(let directory, let repository):
            return "\(w.code(directory)) is not inside the git repository \(w.code(repository)) that holds the catalog; "
                + "pass --catalog and --rules of one repository"
        case .cannotResolve(let path, let reason): return "cannot resolve \(w.code(path)): \(w.reason(reason))"
        case .notACommit(let ref, let type): return "cannot read \(w.code(ref)): it names a \(w.text(type)), not a commit"
        case .unknownRef(let ref, let words):
            return "cannot read \(w.code(ref)): it is not a commit of this git repository (git: \(w.text(words)))"
        case .cannotListFiles(let ref, let failure): return "cannot list the files of \(w.code(ref)): \(english(failure, w))"
        case .cannotReadFiles(let ref, let failure): return "cannot read the files of \(w.code(ref)): \(english(failure, w))"
        case .notADirectory(let directory, let ref): return "\(w.code(directory)) is not a directory at \(w.code(ref))"
        case .fileMissing(let path): return "git could not give \(w.code(path))"
        case .objectMissing(let id, let ref): return "git did not give the object \(w.text(id)) of \(w.code(ref))"
        case .fewerObjects(let ref): return "git gave fewer objects of \(w.code(ref)) than asked"
        }
    }

    static func vietnamese(_ message: GitMessage, _ w: RunWords) -> String {
        switch message {
        case .cannotRun(let words): return "không chạy được git: \(w.text(words))"
        case .notInRepository(let directory, let words):
            return "\(w.code(directory)) không nằm trong kho git; `tthc diff` so sánh cây làm việc của một bản sao git "
                + "với một commit của nó (git: \(w.text(words)))"
        case .outsideRepository(let directory, let repository):
            return "\(w.code(directory)) không nằm trong kho git \(w.code(repository)) chứa danh mục; "
                + "dùng --catalog và --rules của cùng một kho"
        case .cannotResolve(let path, let reason): return "không xác định được \(w.code(path)): \(w.reason(reason))"
        case .notACommit(let ref, let type): return "không đọc được \(w.code(ref)): đây là một \(w.text(type)), không phải commit"
        case .unknownRef(let ref, let words):
            return "không đọc được \(w.code(ref)): đây không phải một commit của kho git này (git: \(w.text(words)))"
        case .cannotListFiles(let ref, let failure):
            return "không liệt kê được các tệp của \(w.code(ref)): \(vietnamese(failure, w))"
        case .cannotReadFiles(let ref, let failure): return "không đọc được các tệp của \(w.code(ref)): \(vietnamese(failure, w))"
        case .notADirectory(let directory, let ref): return "\(w.code(directory)) không phải là thư mục tại \(w.code(ref))"
        case .fileMissing(let path): return "git không trả về được \(w.code(path))"
        case .objectMissing(let id, let ref): return "git không trả về đối tượng \(w.text(id)) của \(w.code(ref))"
        case .fewerObjects(let ref): return "git trả về thiếu đối tượng của \(w.code(ref))"
        }
    }

    /// "git ls-tree failed (exit 128): fatal: …"
    private static func english(_ failure: GitFailure, _ w: RunWords) -> String {
        "git \(w.text(failure.command)) failed" + (failure.status.map { " (exit \($0))" } ?? "")
            + (failure.words.isEmpty ? "" : ": \(w.text(failure.words))")
    }

    private static func vietnamese(_ failure: GitFailure, _ w: RunWords) -> String {
        "git \(w.text(failure.command)) thất bại" + (failure.status.map { " (mã \($0))" } ?? "")
            + (failure.words.isEmpty ? "" : ": \(w.text(failure.words))")
    }
}
