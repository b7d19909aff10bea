import Foundation

/// Where output goes: a file named by `--output`, else standard output, with
/// colors only on a terminal and never when NO_COLOR is set.
///
/// Standard output and standard error are written with write(2), never with
/// `FileHandle.write`, which traps when the write fails: a full disk or a
/// closed pipe (with SIGPIPE ignored) must end the run with exit 2 and a line
/// that says so, not with a crash.
enum Terminal {
    static var standardOutputWantsColor: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
    }

    /// Writes `text` in full to `path` (or stdout), before any exit code is returned.
    static func emit(_ text: String, to path: String?) throws(RunFailure) {
        guard let path else {
            try standardOutput(text)
            return
        }
        try OutputFile.replace(path, with: text)
    }

    /// Writes a binary file (XLSX, DOCX) in full to `path`, or to standard
    /// output when that is not a terminal: bytes of a ZIP file would garble
    /// it, so `format` needs `--output` there.
    static func emit(bytes: [UInt8], format: String, to path: String?) throws(RunFailure) {
        guard let path else {
            if isatty(STDOUT_FILENO) == 1 { throw RunFailure(.binaryToTerminal(format: format)) }
            if let reason = write(bytes, to: STDOUT_FILENO) { throw RunFailure(.cannotWriteStandardOutput(reason)) }
            return
        }
        try OutputFile.replace(path, with: bytes)
    }

    /// Writes `text` to standard output, or says why it could not.
    static func standardOutput(_ text: String) throws(RunFailure) {
        if let reason = write(text, to: STDOUT_FILENO) {
            throw RunFailure(.cannotWriteStandardOutput(reason))
        }
    }

    /// Writes `text` to standard error. A failure there has nowhere left to
    /// be reported; the exit status still tells.
    static func standardError(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Writes all of `text` to `descriptor`; nil when done, else the system's reason.
    static func write(_ text: String, to descriptor: Int32) -> SystemError? {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Writes all of `bytes` to `descriptor`; nil when done, else the system's reason.
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> SystemError? {
        bytes.withUnsafeBytes { write($0, to: descriptor) }
    }

    /// Writes all of `bytes` to `descriptor`, through interrupted and partial
    /// writes (and waiting on a non-blocking one); nil when done, else the
    /// system's reason.
    static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> SystemError? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written > 0 {
                offset += written
                continue
            }
            if written < 0 && errno == EINTR { continue }
            if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
                continue
            }
            // write(2) of a non-empty buffer returns 0 only when it cannot go on.
            return written < 0 ? .current : .nothingWritten
        }
        return nil
    }

    /// Ends the process once the output is written. A national catalog is
    /// hundreds of megabytes of small objects; freeing them one by one on the
    /// way out costs more than the rules, and the system reclaims them at once.
    static func finish(failing: Bool) -> Never {
        exit(failing ? 1 : 0)
    }
}
