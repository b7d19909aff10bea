import Foundation

/// Runs git. Its standard input and standard error go through unlinked
/// temporary files rather than pipes: only standard output is a pipe, read to
/// its end, so no amount of input or of error text can deadlock the two
/// processes, and a git that dies early cannot kill tthc with SIGPIPE.
enum Git {
    /// What git wrote on standard output; on failure, a `GitFailure` with
    /// git's own words from standard error (escaped, on one line).
    static func run(_ arguments: [String], in directory: String, input: [UInt8] = []) throws(GitFailure) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        process.standardOutput = output
        let errors: FileHandle
        do {
            errors = try temporaryFile()
            let stdin = try temporaryFile(holding: input)
            process.standardInput = stdin
            process.standardError = errors
            try process.run()
        } catch {
            throw GitFailure(command: arguments.first ?? "", status: nil, words: error.localizedDescription)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            // The first few kilobytes say what went wrong; the rest would not fit a line.
            lseek(errors.fileDescriptor, 0, SEEK_SET)
            let words = (try? errors.read(upToCount: 4096)) ?? nil
            throw GitFailure(
                command: arguments.first ?? "", status: process.terminationStatus,
                words: ByteText.line(Array(words ?? Data())))
        }
        return data
    }

    /// An unlinked temporary file, open for reading and writing, rewound.
    private static func temporaryFile(holding bytes: [UInt8] = []) throws -> FileHandle {
        var template = Array((NSTemporaryDirectory() + "/tthc-git-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        template.withUnsafeBufferPointer { buffer in
            if let path = buffer.baseAddress { unlink(path) }
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        if !bytes.isEmpty {
            try handle.write(contentsOf: bytes)
            try handle.seek(toOffset: 0)
        }
        return handle
    }
}

/// git failed: which command, its exit status (nil when it could not be
/// started), and what it said. Worded by `GitMessageText`.
struct GitFailure: Error, Equatable {
    var command: String
    var status: Int32?
    var words: String
}
