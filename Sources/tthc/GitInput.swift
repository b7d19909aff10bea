import Foundation
import Review
import Vocabulary

/// Reads files as they were at a git ref, with git itself, so that `tthc diff
/// --base REF` sees exactly what git holds — and finds in it exactly the files
/// `check` would find in a checkout of REF (`CatalogWalk`), under the paths
/// the user spelled.
struct GitInput {
    /// The base as a commit id, so that nothing after this reads REF again.
    let commit: String
    /// The top of the working tree, resolved (`git rev-parse --show-toplevel`).
    private let top: [UInt8]
    private let tree: GitTree

    /// The commit `ref` of the repository holding `directory`, its tree listed.
    static func open(_ ref: String, holding directory: String) throws(RunFailure) -> GitInput {
        let output: Data
        do throws(GitFailure) {
            output = try Git.run(["rev-parse", "--show-toplevel"], in: directory)
        } catch {
            // env exits 127 when it finds no git to run.
            guard error.status != 127, error.status != nil else {
                throw RunFailure(.cannotRun(words: error.words))
            }
            throw RunFailure(.notInRepository(directory: directory, words: error.words))
        }
        let top = try Self.realPath(Array(output.dropLast(output.last == UInt8(ascii: "\n") ? 1 : 0)))
        let workTree = String(decoding: top, as: UTF8.self)
        let commit = try Self.commit(ref, in: workTree)
        let listing: Data
        do throws(GitFailure) {
            listing = try Git.run(["ls-tree", "-r", "-t", "-l", "-z", "--full-tree", commit], in: workTree)
        } catch {
            throw RunFailure(.cannotListFiles(ref: ref, error))
        }
        let tree = try GitTree(listing: listing, top: top) { ids throws(RunFailure) in
            try Self.blobs(ids, in: workTree, ref: ref)
        }
        return GitInput(commit: commit, top: top, tree: tree)
    }

    /// `ref` as a commit id; git's own words when it is not one.
    private static func commit(_ ref: String, in workTree: String) throws(RunFailure) -> String {
        // `--end-of-options`: a ref spelled like an option is still a ref.
        if let output = try? Git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", "\(ref)^{commit}"], in: workTree),
            let id = String(validating: output, as: UTF8.self)?.trimmingCharacters(in: .whitespacesAndNewlines), !id.isEmpty
        {
            return id
        }
        // rev-parse --quiet says nothing; cat-file says what REF is, or git's reason.
        let type: String
        do throws(GitFailure) {
            type = String(decoding: try Git.run(["cat-file", "-t", "--end-of-options", ref], in: workTree), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw RunFailure(.unknownRef(ref: ref, words: error.words))
        }
        throw RunFailure(.notACommit(ref: ref, type: type))
    }

    /// The YAML files below `directory` (as the user spelled it, relative to
    /// the current directory or absolute) at the base, under the paths `check`
    /// gives them in the working tree, sorted. A file over the catalog file
    /// limit is never read: git's size for it decides. A directory that does
    /// not exist at the base has no files, unless `required`.
    func yamlFiles(
        under directory: String, skipping: Set<String> = [], limits: Limits, required: Bool = false, ref: String
    ) throws(RunFailure) -> [SourceFile] {
        let inside = try pathInRepository(of: directory)
        guard case .directory(let root, let identity) = tree.resolve(GitTree.components(inside)) else {
            guard !required else {
                throw RunFailure(.notADirectory(directory: directory, ref: ref))
            }
            return []
        }
        let found = try CatalogWalk.files(
            in: tree, roots: [.directory(root, identity, path: directory)], skipping: Set(skipping.map { Array($0.utf8) }))
        var wanted: [String] = []
        for file in found {
            if case .file(let blob) = file.item, blob.size <= limits.maxFileBytes { wanted.append(blob.id) }
        }
        let workTree = String(decoding: top, as: UTF8.self)
        var contents = try Self.blobs(wanted, in: workTree, ref: ref).makeIterator()
        var sources: [SourceFile] = []
        for file in found {
            switch file.item {
            case .unreadableName(let name, let isDirectory):
                sources.append(SourceFile(path: file.path, content: .unreadableName(name: name, isDirectory: isDirectory)))
            case .file(let blob) where blob.size > limits.maxFileBytes:
                sources.append(SourceFile(path: file.path, content: .tooLarge(size: blob.size)))
            case .file:
                guard let bytes = contents.next() else {
                    throw RunFailure(.fileMissing(path: file.path))
                }
                sources.append(SourceFile(path: file.path, content: .bytes(bytes)))
            }
        }
        return sources
    }

    /// The path of `directory` from the top of the repository, as bytes;
    /// symbolic links on the way resolved as the working tree resolves them.
    private func pathInRepository(of directory: String) throws(RunFailure) -> [UInt8] {
        let real = try Self.realPath(Array(directory.utf8))
        if real == top { return [] }
        guard real.starts(with: top), real.dropFirst(top.count).first == UInt8(ascii: "/") else {
            let repository = ByteText.name(top)
            throw RunFailure(.outsideRepository(directory: directory, repository: repository))
        }
        return Array(real.dropFirst(top.count + 1))
    }

    private static func realPath(_ path: [UInt8]) throws(RunFailure) -> [UInt8] {
        guard let resolved = realpath(FileSystemTree.cPath(path), nil) else {
            throw RunFailure(.cannotResolve(path: ByteText.name(path), .current))
        }
        defer { free(resolved) }
        return Array(UnsafeBufferPointer(start: resolved, count: strlen(resolved))).map { UInt8(bitPattern: $0) }
    }

    /// The contents of blobs, in the order of `ids`, from one `cat-file
    /// --batch` fed with object ids (never names, which may hold any byte).
    private static func blobs(_ ids: [String], in workTree: String, ref: String) throws(RunFailure) -> [[UInt8]] {
        guard !ids.isEmpty else { return [] }
        let output: Data
        do throws(GitFailure) {
            output = try Git.run(["cat-file", "--batch"], in: workTree, input: Array(ids.map { $0 + "\n" }.joined().utf8))
        } catch {
            throw RunFailure(.cannotReadFiles(ref: ref, error))
        }
        // Each answer: "<id> blob <size>\n<size bytes>\n" (or "<id> missing\n").
        var blobs: [[UInt8]] = []
        blobs.reserveCapacity(ids.count)
        var index = output.startIndex
        for id in ids {
            guard let newline = output[index...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: output[index..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, header[0] == id, let size = Int(header[2]), size >= 0,
                output.endIndex - (newline + 1) >= size
            else {
                throw RunFailure(.objectMissing(id: id, ref: ref))
            }
            blobs.append(Array(output[(newline + 1)..<(newline + 1 + size)]))
            index = min(newline + 1 + size + 1, output.endIndex)
        }
        guard blobs.count == ids.count else {
            throw RunFailure(.fewerObjects(ref: ref))
        }
        return blobs
    }
}
