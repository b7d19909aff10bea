import Foundation
import Review
import Vocabulary
import YAMLTree

/// The file system side of a run: finding YAML files below a directory and
/// reading them, the size checked before any file is read whole.
enum FileSystemInput {
    /// `*.yaml` and `*.yml` files at or below `path`, sorted by path. A
    /// directory reached twice through symbolic links is walked once.
    /// `skipping` names subdirectories of `path` to leave out.
    static func yamlFiles(at path: String, skipping: Set<String> = []) throws(RunFailure) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RunFailure("`\(path)` does not exist", "`\(path)` không tồn tại")
        }
        guard isDirectory.boolValue else { return [path] }
        var visited: Set<FileIdentity> = []
        var files: [String] = []
        try walk(path, skipping: skipping.map { join(path, $0) }, visited: &visited, into: &files)
        return files.sorted()
    }

    private static func walk(
        _ directory: String, skipping: [String], visited: inout Set<FileIdentity>, into files: inout [String]
    ) throws(RunFailure) {
        guard let identity = FileIdentity(path: directory), visited.insert(identity).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw RunFailure(
                "cannot list the directory `\(directory)`: \(error.localizedDescription)",
                "không đọc được thư mục `\(directory)`: \(error.localizedDescription)")
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = join(directory, name)
            if skipping.contains(path) { continue }
            var isDirectory: ObjCBool = false
            // fileExists follows links; a dangling link is skipped.
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try walk(path, skipping: skipping, visited: &visited, into: &files)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                files.append(path)
            }
        }
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Reads each file (in parallel), or records its size when it is over the
    /// limit, so a huge file is never read whole.
    static func read(_ paths: [String], limits: Limits, jobs: Int = 1) throws(RunFailure) -> [SourceFile] {
        let results = Parallel.map(paths, jobs: jobs) { path in read(path, limits: limits) }
        var sources: [SourceFile] = []
        sources.reserveCapacity(results.count)
        for result in results {
            sources.append(try result.get())
        }
        return sources
    }

    /// Reads one file, or records its size when it is over the limit.
    static func read(_ path: String, limits: Limits) -> Result<SourceFile, RunFailure> {
        func failure() -> Result<SourceFile, RunFailure> {
            let reason = String(cString: strerror(errno))
            return .failure(RunFailure("cannot read `\(path)`: \(reason)", "không đọc được `\(path)`: \(reason)"))
        }
        // Non-blocking, so that a FIFO named *.yaml cannot hang the run; a
        // regular file reads the same either way.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return failure() }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return failure() }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(
                RunFailure(
                    "cannot read `\(path)`: it is not a regular file; move it out of the catalog",
                    "không đọc được `\(path)`: đây không phải tệp thông thường; chuyển nó ra khỏi danh mục"))
        }
        let size = Int(info.st_size)
        if size > limits.maxFileBytes {
            return .success(SourceFile(path: path, content: .tooLarge(size: size)))
        }
        // Straight into the array the parser reads: no Data, no second copy.
        // A file that grows while read is read to its size at open.
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let got = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else {
                    failed = got < 0
                    return
                }
                count += got
            }
        }
        if failed { return failure() }
        return .success(SourceFile(path: path, content: .bytes(bytes)))
    }
}

/// A directory's device and inode: the same directory reached through a
/// symbolic link has the same identity.
private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

extension FileSystemInput {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension FileSystemInput {
    /// The YAML files below every root, each once however many roots reach it
    /// (`tthc check dir dir/a.yaml`), sorted by path.
    static func yamlFiles(at roots: [String]) throws(RunFailure) -> [String] {
        var seen: Set<String> = []
        var files: [String] = []
        for root in roots {
            for path in try yamlFiles(at: root) {
                let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                if seen.insert(real).inserted { files.append(path) }
            }
        }
        return files.sorted()
    }
}

extension FileSystemInput {
    /// The baseline file of `--baseline`.
    static func baseline(at path: String) throws(RunFailure) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunFailure(
                "cannot read the baseline `\(path)`; write one with `tthc check --format json --output \(path)`",
                "không đọc được tệp baseline `\(path)`; tạo bằng `tthc check --format json --output \(path)`")
        }
        switch Baseline.parse(data) {
        case .success(let baseline): return baseline
        case .failure(.notJSON), .failure(.noFindings):
            throw RunFailure(
                "the baseline `\(path)` is not the JSON of `tthc check --format json`; write it again with that command",
                "tệp baseline `\(path)` không phải JSON của `tthc check --format json`; hãy tạo lại bằng lệnh đó")
        case .failure(.noFingerprint(let index)):
            throw RunFailure(
                """
                the baseline `\(path)` has no fingerprint on finding \(index): it was written by an older tthc; \
                write it again with `tthc check --format json --output \(path)`
                """,
                """
                tệp baseline `\(path)` thiếu fingerprint ở phát hiện thứ \(index): tệp do phiên bản tthc cũ tạo; \
                hãy tạo lại bằng `tthc check --format json --output \(path)`
                """)
        }
    }
}
