import Foundation
import Testing

/// Where the package, its fixtures and the built `tthc` binary are.
enum Paths {
    /// The package root, found from this file's place in Tests/CLITests/Support/.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // CLITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    /// The built binary: next to the test bundle (`.build/<triple>/debug/`), else
    /// under `.build/debug/` of the package root.
    static let binary: URL? = {
        var candidates: [URL] = []
        let fm = FileManager.default
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent("tthc"))
            directory = directory.deletingLastPathComponent()
        }
        var bundle = Bundle.main.bundleURL
        for _ in 0..<4 {
            candidates.append(bundle.appendingPathComponent("tthc"))
            bundle = bundle.deletingLastPathComponent()
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/tthc"))
        if let triples = try? fm.contentsOfDirectory(atPath: packageRoot.appendingPathComponent(".build").path) {
            for triple in triples.sorted() {
                candidates.append(packageRoot.appendingPathComponent(".build/\(triple)/debug/tthc"))
            }
        }
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && fm.isExecutableFile(atPath: url.path)
        }
    }()
}

/// What one run of the binary did.
struct RunResult: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutBytes: Data
    /// The process ended on a signal (a crash) rather than by exiting.
    var crashed: Bool
    var timedOut: Bool

    var stdoutLines: [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }

    var description: String {
        "status \(status)\(crashed ? " (signal)" : "")\(timedOut ? " (timed out)" : "")\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
    }
}

/// Runs the built `tthc` as a user would: in a working directory, with
/// arguments and environment, output captured, with a timeout so that a hang
/// fails the test instead of blocking the suite.
enum TTHC {
    static let defaultTimeout: TimeInterval = 120

    @discardableResult
    static func run(
        _ arguments: [String], in directory: URL = Paths.fixtures, environment: [String: String] = [:],
        removingEnvironment: [String] = [], stdout stdoutOverride: FileHandle? = nil,
        timeout: TimeInterval = defaultTimeout, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RunResult {
        let binary = try #require(
            Paths.binary, "the tthc binary was not found next to the test bundle nor under .build/; run `swift build`",
            sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        // Messages follow the locale; tests read English unless they ask otherwise.
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] { env[key] = nil }
        for key in removingEnvironment { env[key] = nil }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice

        let outPipe = Pipe()
        let errPipe = Pipe()
        if let stdoutOverride {
            process.standardOutput = stdoutOverride
        } else {
            process.standardOutput = outPipe
        }
        process.standardError = errPipe

        let outBox = DataBox()
        let errBox = DataBox()
        let group = DispatchGroup()
        try process.run()
        if stdoutOverride == nil {
            group.enter()
            DispatchQueue.global().async {
                outBox.set(readAll(outPipe.fileHandleForReading.fileDescriptor))
                group.leave()
            }
        }
        group.enter()
        DispatchQueue.global().async {
            errBox.set(readAll(errPipe.fileHandleForReading.fileDescriptor))
            group.leave()
        }

        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                Thread.sleep(forTimeInterval: 0.5)
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        _ = group.wait(timeout: .now() + 10)

        let result = RunResult(
            status: process.terminationStatus,
            stdout: String(decoding: outBox.get(), as: UTF8.self),
            stderr: String(decoding: errBox.get(), as: UTF8.self),
            stdoutBytes: outBox.get(),
            crashed: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut)
        // No input may make the tool hang, crash or print a stack trace (SPEC §6).
        #expect(!result.timedOut, "tthc \(arguments.joined(separator: " ")) did not finish within \(timeout) s", sourceLocation: sourceLocation)
        #expect(!result.crashed, "tthc \(arguments.joined(separator: " ")) crashed:\n\(result)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error"), "\(result)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Stack dump"), "\(result)", sourceLocation: sourceLocation)
        #expect([0, 1, 2].contains(result.status), "exit status must be 0, 1 or 2:\n\(result)", sourceLocation: sourceLocation)
        return result
    }

    /// `tthc check ARGS --rules RULES --as-of 2026-11-26`, from the fixtures directory.
    static func check(
        _ arguments: [String], rules: String = "rules", asOf: String = "2026-11-26", in directory: URL = Paths.fixtures,
        environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RunResult {
        try run(
            ["check"] + arguments + ["--rules", rules, "--as-of", asOf], in: directory, environment: environment,
            sourceLocation: sourceLocation)
    }

    /// `check --catalog CASE --format json`, decoded.
    static func checkJSON(
        catalog: String, rules: String = "rules", extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (RunResult, CheckOutput) {
        let result = try check(["--catalog", catalog, "--format", "json"] + extra, rules: rules, sourceLocation: sourceLocation)
        let output = try CheckOutput.decode(result.stdoutBytes, sourceLocation: sourceLocation)
        return (result, output)
    }
}

/// Collects a pipe's bytes from a reader thread.
final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    func get() -> Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

/// A scratch directory removed when the test is done with it.
final class TemporaryDirectory {
    let url: URL

    init(_ label: String = "tthc-tests") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        try write(relative, Data(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, _ bytes: Data) throws -> URL {
        let file = path(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file
    }

    /// Copies a fixture (a file or directory) into the scratch directory.
    func copyFixture(_ name: String, to relative: String) throws {
        let target = path(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Paths.fixture(name), to: target)
    }

    func symlink(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative).path, withDestinationPath: destination)
    }
}

extension TemporaryDirectory {
    /// Runs `git ARGUMENTS` in the directory, its output dropped; a failure is
    /// a test issue.
    func git(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments) failed", sourceLocation: sourceLocation)
    }

    /// Makes the directory a git repository whose one commit holds all it holds now.
    func commitAll(sourceLocation: SourceLocation = #_sourceLocation) throws {
        for arguments in [["init", "-q"], ["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base"]] {
            try git(arguments, sourceLocation: sourceLocation)
        }
    }
}

/// Everything a pipe gives until its end, read with `read(2)` and retried when
/// a signal interrupts it: Foundation's `readDataToEndOfFile` traps on EINTR.
func readAll(_ descriptor: Int32) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            data.append(contentsOf: buffer[0..<count])
        } else if count < 0 && errno == EINTR {
            continue
        } else {
            return data
        }
    }
}
