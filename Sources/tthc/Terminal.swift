import Foundation

/// Where output goes: a file named by `--output`, else standard output, with
/// colors only on a terminal and never when NO_COLOR is set.
enum Terminal {
    static var standardOutputWantsColor: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
    }

    /// Writes `text` in full to `path` (or stdout), before any exit code is returned.
    static func emit(_ text: String, to path: String?) throws(RunFailure) {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw RunFailure(
                "cannot write the output file `\(path)`: \(error.localizedDescription)",
                "không ghi được tệp kết quả `\(path)`: \(error.localizedDescription)")
        }
    }

    /// Ends the process once the output is written. A national catalog is
    /// hundreds of megabytes of small objects; freeing them one by one on the
    /// way out costs more than the rules, and the system reclaims them at once.
    static func finish(failing: Bool) -> Never {
        exit(failing ? 1 : 0)
    }
}
