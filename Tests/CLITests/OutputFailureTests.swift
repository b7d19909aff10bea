import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SPEC §8.6: a write that fails — standard output on a full disk or into a
/// closed pipe, `--output` past a file size limit or onto a directory — ends
/// the run with exit 2 and one line on standard error, never a crash, and
/// never leaves a truncated file where a good one was.
@Suite("Failed writes")
struct OutputFailureTests {
    static let asOf = ["--as-of", "2026-11-26"]

    /// One run of each command that prints to standard output.
    static let commands: [[String]] = [
        ["check"] + asOf, ["check", "--format", "json"] + asOf, ["report"] + asOf,
        ["report", "--format", "html"] + asOf, ["rules"] + asOf, ["explain", "1.008071.000.00.00.H37"] + asOf,
        ["test"] + asOf, ["--help"],
    ]

    static func expectOneErrorLine(_ result: RunResult, saying words: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 2, "\(result)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1, "one line on standard error:\n\(result)", sourceLocation: sourceLocation)
        #expect(lines.first?.hasPrefix("tthc: error: ") == true, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(words), "\(result)", sourceLocation: sourceLocation)
    }

    @Test("standard output on a full disk (/dev/full): exit 2 and one line, no backtrace", arguments: commands)
    func standardOutputOnAFullDisk(_ arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"), "this system has no /dev/full")
        let result = try TTHC.run(arguments, in: Paths.packageRoot, stdout: full)
        Self.expectOneErrorLine(result, saying: "cannot write to standard output: No space left on device")
    }

    @Test("standard output a pipe already closed, SIGPIPE ignored: exit 2 and one line", arguments: commands)
    func standardOutputIntoAClosedPipe(_ arguments: [String]) throws {
        // The reading end is closed before the child starts, so its first
        // write fails whatever the timing.
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        let writer = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
        let result = try Shell.run(#"trap "" PIPE; exec "$0" "$@""#, arguments, stdout: writer)
        Self.expectOneErrorLine(result, saying: "cannot write to standard output: Broken pipe")
    }

    // MARK: --output

    static func scratch() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        // Twenty cuts above the legal deadline: twenty errors, a few kilobytes of output.
        let procedures = (1...20).map { n in
            #"  - { code: "1.0000\#(n + 10)", name: Thủ tục \#(n), level: province, legal_basis: [L], "#
                + "deadline: { legal: 10, proposed: 12 } }\n"
        }
        try dir.write("catalog/a.yaml", "sector: { id: a, name: A }\nprocedures:\n" + procedures.joined())
        return dir
    }

    static func names(in dir: TemporaryDirectory, under relative: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path(relative).path).sorted()
    }

    @Test("--output that fails part-way (a file size limit) exits 2, keeps the old file and leaves no temporary file")
    func outputFailingPartWayKeepsTheOldFile() throws {
        let dir = try Self.scratch()
        try dir.write("out/report.json", "the old, good report\n")
        // RLIMIT_FSIZE binds root too; with SIGXFSZ ignored the write fails with EFBIG.
        let result = try Shell.run(
            #"trap "" XFSZ; ulimit -f 1; exec "$0" "$@""#,
            ["check", "--catalog", "catalog", "--rules", "rules", "--format", "json", "--output", "out/report.json"]
                + Self.asOf,
            in: dir.url)
        Self.expectOneErrorLine(result, saying: "cannot write the output file `out/report.json`: File too large")
        #expect(try String(contentsOf: dir.path("out/report.json"), encoding: .utf8) == "the old, good report\n")
        #expect(try Self.names(in: dir, under: "out") == ["report.json"], "the temporary file is removed")
    }

    @Test("--output onto a directory exits 2 and leaves the directory as it was")
    func outputOntoADirectory() throws {
        let dir = try Self.scratch()
        try dir.write("out/keep.txt", "kept\n")
        let result = try TTHC.check(["--catalog", "catalog", "--output", "out"], in: dir.url)
        Self.expectOneErrorLine(result, saying: "cannot write the output file `out`: Is a directory")
        #expect(try Self.names(in: dir, under: "out") == ["keep.txt"])
        #expect(try Self.names(in: dir) == ["catalog", "out", "rules"])
    }

    @Test("--output under a path whose parent is a regular file exits 2")
    func outputUnderARegularFile() throws {
        let dir = try Self.scratch()
        try dir.write("plain", "a file\n")
        let result = try TTHC.check(["--catalog", "catalog", "--output", "plain/out.txt"], in: dir.url)
        Self.expectOneErrorLine(result, saying: "cannot write the output file `plain/out.txt`: Not a directory")
        #expect(try String(contentsOf: dir.path("plain"), encoding: .utf8) == "a file\n")
    }

    @Test("--output /dev/full (a device, written in place) exits 2 and says the disk is full")
    func outputOntoAFullDevice() throws {
        let dir = try Self.scratch()
        let result = try TTHC.check(["--catalog", "catalog", "--output", "/dev/full"], in: dir.url)
        Self.expectOneErrorLine(result, saying: "cannot write the output file `/dev/full`: No space left on device")
    }

    @Test("--output replaces the old file whole, keeps its permissions and leaves nothing beside it")
    func outputReplacesTheOldFile() throws {
        let dir = try Self.scratch()
        let target = try dir.write("out/findings.txt", "old\n")
        #expect(chmod(target.path, 0o640) == 0)
        let result = try TTHC.check(["--catalog", "catalog", "--output", "out/findings.txt"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty && result.stderr.isEmpty, "\(result)")
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.hasPrefix("catalog/a.yaml:"), "\(written)")
        #expect(written.hasSuffix("info\n"), "the summary line ends the file:\n\(written)")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int)
        #expect(mode == 0o640)
        #expect(try Self.names(in: dir, under: "out") == ["findings.txt"])
    }

    @Test("--output through a symbolic link replaces the file it points to and keeps the link")
    func outputThroughASymbolicLink() throws {
        let dir = try Self.scratch()
        try dir.write("site/findings.txt", "old\n")
        try dir.symlink("findings.txt", to: "site/findings.txt")
        let result = try TTHC.check(["--catalog", "catalog", "--output", "findings.txt"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: dir.path("findings.txt").path)
        #expect(destination == "site/findings.txt")
        #expect(try String(contentsOf: dir.path("site/findings.txt"), encoding: .utf8).hasPrefix("catalog/a.yaml:"))
        #expect(try Self.names(in: dir, under: "site") == ["findings.txt"])
    }
}

/// Runs the built `tthc` through `/bin/sh -c SCRIPT tthc ARGS…`, for what only
/// a shell sets up: an ignored signal, a resource limit. The script ends
/// with `exec "$0" "$@"`.
enum Shell {
    static func run(
        _ script: String, _ arguments: [String], in directory: URL = Paths.packageRoot, stdout: FileHandle? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RunResult {
        let binary = try #require(Paths.binary, "build tthc first", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, binary.path] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR"] { environment[key] = nil }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = stdout ?? out
        process.standardError = err
        try process.run()
        if stdout != nil { try? out.fileHandleForWriting.close() }
        let outBox = DataBox()
        let errBox = DataBox()
        let group = DispatchGroup()
        for (pipe, box) in [(out, outBox), (err, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.set(readAll(pipe.fileHandleForReading.fileDescriptor))
                group.leave()
            }
        }
        let deadline = Date().addingTimeInterval(TTHC.defaultTimeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        _ = group.wait(timeout: .now() + 10)
        let result = RunResult(
            status: process.terminationStatus, stdout: String(decoding: outBox.get(), as: UTF8.self),
            stderr: String(decoding: errBox.get(), as: UTF8.self), stdoutBytes: outBox.get(),
            crashed: process.terminationReason == .uncaughtSignal, timedOut: timedOut)
        #expect(!result.timedOut, "did not finish:\n\(result)", sourceLocation: sourceLocation)
        #expect(!result.crashed, "crashed:\n\(result)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error"), "\(result)", sourceLocation: sourceLocation)
        return result
    }
}
