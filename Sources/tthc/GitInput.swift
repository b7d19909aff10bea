import Foundation
import Review
import YAMLTree

/// Reads files as they were at a git ref, with git itself (`ls-tree` and
/// `cat-file --batch`), so `tthc diff --base REF` sees exactly what git holds.
enum GitInput {
    /// The YAML files below `directory` (relative to the current directory) at
    /// `ref`, with the same paths the working tree would give them, sorted.
    static func yamlFiles(at ref: String, under directory: String, skipping: Set<String> = [], limits: Limits)
        throws(RunFailure) -> [SourceFile]
    {
        guard (try? git(["rev-parse", "--verify", "--quiet", "\(ref)^{commit}"])) != nil else {
            throw RunFailure(
                "cannot read `\(ref)`: it is not a commit of this git repository",
                "không đọc được `\(ref)`: đây không phải một commit của kho git này")
        }
        let prefix = String(decoding: try git(["rev-parse", "--show-prefix"]), as: UTF8.self)
            .trimmingCharacters(in: .newlines)
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let listing = try git(["ls-tree", "-r", "-z", "--full-name", ref, "--", base])
        var paths: [(relative: String, full: String, object: String)] = []
        for entry in listing.split(separator: 0) {
            // "<mode> <type> <object>\t<path>"
            let line = String(decoding: entry, as: UTF8.self)
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let meta = line[..<tab].split(separator: " ")
            let full = String(line[line.index(after: tab)...])
            guard meta.count == 3, meta[1] == "blob", meta[0] != "120000",
                full.hasSuffix(".yaml") || full.hasSuffix(".yml"), full.hasPrefix(prefix)
            else { continue }
            let relative = String(full.dropFirst(prefix.count))
            if skipping.contains(where: { relative.hasPrefix(base + "/" + $0 + "/") }) { continue }
            paths.append((relative, full, String(meta[2])))
        }
        paths.sort { $0.relative < $1.relative }
        // Blobs are asked for by object id: a path may hold a line break,
        // which would split a `ref:path` request line.
        let request = paths.map { "\($0.object)\n" }.joined()
        let output = try git(["cat-file", "--batch"], input: Data(request.utf8))
        return try parseBatch(output, paths: paths.map(\.relative), limits: limits)
    }

    /// `cat-file --batch` output: for each request "<oid> blob <size>\n<bytes>\n".
    private static func parseBatch(_ data: Data, paths: [String], limits: Limits) throws(RunFailure) -> [SourceFile] {
        let bytes = [UInt8](data)
        var index = 0
        var files: [SourceFile] = []
        for path in paths {
            guard let newline = bytes[index...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: bytes[index..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, let size = Int(header[2]), newline + 1 + size <= bytes.count else {
                throw RunFailure("git could not give `\(path)`", "git không trả về được `\(path)`")
            }
            let content = Array(bytes[(newline + 1)..<(newline + 1 + size)])
            files.append(
                SourceFile(path: path, content: size > limits.maxFileBytes ? .tooLarge(size: size) : .bytes(content)))
            index = newline + 1 + size + 1
        }
        return files
    }

    private static func git(_ arguments: [String], input: Data? = nil) throws(RunFailure) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        do {
            try process.run()
        } catch {
            throw RunFailure("cannot run git: \(error.localizedDescription)", "không chạy được git: \(error.localizedDescription)")
        }
        if let input {
            // Write from another thread so a large answer cannot deadlock the pipes.
            let handle = stdin.fileHandleForWriting
            Thread.detachNewThread {
                handle.write(input)
                try? handle.close()
            }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw RunFailure(
                "git \(arguments.first ?? "") failed (exit \(process.terminationStatus))",
                "git \(arguments.first ?? "") thất bại (mã \(process.terminationStatus))")
        }
        return data
    }
}
