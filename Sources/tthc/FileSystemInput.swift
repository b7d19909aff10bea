import Foundation
import Review
import Vocabulary

/// The file system side of a run: finding YAML files below a directory and
/// reading them, the size checked before any file is read whole.
enum FileSystemInput {
    /// A file found below a directory of the working tree.
    typealias FoundFile = CatalogWalk.Found<Void>

    /// `*.yaml` and `*.yml` files at or below `path` (or `path` itself when it
    /// is a file), sorted by path, walked as `CatalogWalk` says. `skipping`
    /// names entries of `path` to leave out.
    static func yamlFiles(at path: String, skipping: Set<String> = []) throws(RunFailure) -> [FoundFile] {
        try CatalogWalk.files(in: FileSystemTree(), roots: [root(path)], skipping: Set(skipping.map { Array($0.utf8) }))
    }

    /// The YAML files below every root, each once however many roots reach it
    /// (`tthc check dir dir/a.yaml`), sorted by path.
    static func yamlFiles(at roots: [String]) throws(RunFailure) -> [FoundFile] {
        var walkRoots: [CatalogWalk.Root<FileSystemTree>] = []
        for root in roots { walkRoots.append(try self.root(root)) }
        return try CatalogWalk.files(in: FileSystemTree(), roots: walkRoots)
    }

    private static func root(_ path: String) throws(RunFailure) -> CatalogWalk.Root<FileSystemTree> {
        guard let (identity, isDirectory) = FileSystemTree.identity(of: Array(path.utf8)) else {
            throw RunFailure(.pathMissing(path))
        }
        return isDirectory ? .directory(Array(path.utf8), identity, path: path) : .file((), identity, path: path)
    }

    /// Reads each file (in parallel), or records its size when it is over the
    /// limit, so a huge file is never read whole.
    static func read(_ files: [FoundFile], limits: Limits, jobs: Int = 1) throws(RunFailure) -> [SourceFile] {
        let results = Parallel.map(files, jobs: jobs) { file in read(file, limits: limits) }
        var sources: [SourceFile] = []
        sources.reserveCapacity(results.count)
        for result in results {
            sources.append(try result.get())
        }
        return sources
    }

    /// Reads one file found by a walk; a name that is not UTF-8 is not read.
    static func read(_ file: FoundFile, limits: Limits) -> Result<SourceFile, RunFailure> {
        switch file.item {
        case .file: return read(file.path, limits: limits)
        case .unreadableName(let name, let isDirectory):
            return .success(SourceFile(path: file.path, content: .unreadableName(name: name, isDirectory: isDirectory)))
        }
    }

    /// Reads one file, or records its size when it is over the limit.
    static func read(_ path: String, limits: Limits) -> Result<SourceFile, RunFailure> {
        switch readFile(path, maxBytes: limits.maxFileBytes) {
        case .bytes(let bytes): return .success(SourceFile(path: path, content: .bytes(bytes)))
        case .tooLarge(let size): return .success(SourceFile(path: path, content: .tooLarge(size: size)))
        case .notRegular: return .failure(RunFailure(.notRegularFile(path)))
        case .failed(let reason): return .failure(RunFailure(.cannotRead(path, reason)))
        }
    }

    enum FileRead {
        case bytes([UInt8])
        case tooLarge(size: Int)
        case notRegular
        case failed(reason: SystemError)
    }

    /// The bytes of a regular file of at most `maxBytes`, its size checked
    /// before it is read, so a huge file is never read whole.
    static func readFile(_ path: String, maxBytes: Int) -> FileRead {
        func failure() -> FileRead { .failed(reason: .current) }
        // Non-blocking, so that a FIFO cannot hang the run; a regular file
        // reads the same either way.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return failure() }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return failure() }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notRegular }
        let size = Int(info.st_size)
        if size > maxBytes { return .tooLarge(size: size) }
        // Straight into the array the parser reads: no Data, no second copy.
        // A file that grows while read is read to its size at open.
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let got = Foundation.read(descriptor, base + count, size - count)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else {
                    failed = got < 0
                    return
                }
                count += got
            }
        }
        if failed { return failure() }
        return .bytes(bytes)
    }
}

extension FileSystemInput {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension FileSystemInput {
    /// The baseline file of `--baseline`, refused unread when larger than
    /// `Baseline.maxFileBytes`.
    static func baseline(at path: String) throws(RunFailure) -> Baseline {
        let bytes: [UInt8]
        switch readFile(path, maxBytes: Baseline.maxFileBytes) {
        case .bytes(let read): bytes = read
        case .tooLarge(let size):
            throw RunFailure(.baselineTooLarge(path, size: size, limit: Baseline.maxFileBytes))
        case .notRegular, .failed:
            throw RunFailure(.baselineUnreadable(path))
        }
        switch Baseline.parse(Data(bytes)) {
        case .success(let baseline): return baseline
        case .failure(.notJSON), .failure(.noFindings):
            throw RunFailure(.baselineNotJSON(path))
        case .failure(.noFingerprint(let index)):
            throw RunFailure(.baselineWithoutFingerprint(path, finding: index))
        }
    }
}
