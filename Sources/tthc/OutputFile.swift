import Foundation

/// `--output FILE`: the output goes to a temporary file beside FILE (same
/// directory, so the rename cannot cross file systems; a unique hidden name,
/// `.FILE.tthc-XXXXXX`) and is renamed over FILE only once it is written in
/// full. A run that fails — a full disk, a file size limit — leaves the
/// previous FILE as it was and removes the temporary file.
enum OutputFile {
    static func replace(_ path: String, with text: String) throws(RunFailure) {
        try replace(path) { Terminal.write(text, to: $0) }
    }

    /// As for text: an XLSX or DOCX file, written in full or not at all.
    static func replace(_ path: String, with bytes: [UInt8]) throws(RunFailure) {
        try replace(path) { Terminal.write(bytes, to: $0) }
    }

    /// `write` puts the whole output on the descriptor it is given, or says why not.
    private static func replace(_ path: String, write: (Int32) -> SystemError?) throws(RunFailure) {
        func failure(_ reason: SystemError) -> RunFailure { RunFailure(.cannotWriteOutput(path, reason)) }

        // A symbolic link keeps pointing where it did: the file it names is replaced.
        var target = path
        var link = stat()
        if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists && (existing.st_mode & S_IFMT) == S_IFDIR { throw failure(.code(EISDIR)) }
        if exists && (existing.st_mode & S_IFMT) != S_IFREG {
            // A device or a pipe (`/dev/null`, `/dev/stdout`) has nothing to
            // replace: it is written as it is.
            let descriptor = open(target, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure(.current) }
            let reason = write(descriptor)
            let closed = close(descriptor) == 0
            if let reason { throw failure(reason) }
            if !closed { throw failure(.current) }
            return
        }

        let directory: String
        let name: String
        if let slash = target.lastIndex(of: "/") {
            directory = slash == target.startIndex ? "/" : String(target[..<slash])
            name = String(target[target.index(after: slash)...])
        } else {
            directory = "."
            name = target
        }
        guard !name.isEmpty else { throw failure(.code(EISDIR)) }
        var template = Array("\(directory)/.\(name).tthc-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw failure(.current) }
        let temporary = template.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { String(cString: $0) } ?? ""
        }
        // mkstemp makes the file readable by its owner only: give it the old
        // file's mode, or the one a new file would have had.
        let mask = umask(0)
        umask(mask)
        _ = fchmod(descriptor, exists ? existing.st_mode & 0o777 : 0o666 & ~mask)

        var reason = write(descriptor)
        if reason == nil && fsync(descriptor) != 0 { reason = .current }
        if close(descriptor) != 0 && reason == nil { reason = .current }
        if reason == nil && rename(temporary, target) != 0 { reason = .current }
        if let reason {
            unlink(temporary)
            throw failure(reason)
        }
    }
}
