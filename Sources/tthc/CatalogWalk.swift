/// A tree of directories and files that the catalog walk can go through: the
/// working tree (`FileSystemTree`) or a commit (`GitTree`). Both are walked
/// by the same code, so `diff` finds at a git ref exactly the files `check`
/// would find in a checkout of it.
protocol WalkableTree {
    associatedtype Directory
    associatedtype File
    /// What makes a directory or file the same one when reached twice.
    associatedtype Identity: Hashable

    /// The names in `directory`, as raw bytes, without `.` and `..`, in any
    /// order. `path` is how the user reaches it, for messages.
    func names(in directory: Directory, path: String) throws(RunFailure) -> [[UInt8]]

    /// What `name` in `directory` is once symbolic links are followed; nil for
    /// a dangling link, a link loop, or anything that cannot be reached.
    func entry(_ name: [UInt8], in directory: Directory) -> WalkEntry<Self>?
}

enum WalkEntry<Tree: WalkableTree> {
    case directory(Tree.Directory, Tree.Identity)
    case file(Tree.File, Tree.Identity)
}

/// The catalog files below a directory, found the way `check` finds them:
/// names starting with `.` are skipped, files are `*.yaml` or `*.yml`,
/// symbolic links are followed, a directory reached twice is walked once and
/// a file reached twice is read once (under its first path in path order).
/// A name that is not UTF-8 is not skipped: it is reported, shown escaped.
enum CatalogWalk {
    struct Found<File> {
        enum Item {
            case file(File)
            /// A file or directory whose name is not UTF-8: `name` is its last
            /// component, escaped.
            case unreadableName(name: String, isDirectory: Bool)
        }

        /// The path as the user reaches it (below the root as they spelled it).
        var path: String
        var item: Item
    }

    /// Where a walk starts: a directory, or a file named directly (read
    /// whatever its name).
    enum Root<Tree: WalkableTree> {
        case directory(Tree.Directory, Tree.Identity, path: String)
        case file(Tree.File, Tree.Identity, path: String)
    }

    /// The files below every root, sorted by path, each once however many
    /// roots reach it. `skipping` names entries of a root directory itself to
    /// leave out (`tests` in rules/).
    static func files<Tree: WalkableTree>(
        in tree: Tree, roots: [Root<Tree>], skipping: Set<[UInt8]> = []
    ) throws(RunFailure) -> [Found<Tree.File>] {
        // Each root in path order, the roots in the order given: a file reached
        // twice keeps its first path in that order.
        var ordered: [(found: Found<Tree.File>, identity: Tree.Identity?)] = []
        for root in roots {
            var found: [(found: Found<Tree.File>, identity: Tree.Identity?)] = []
            switch root {
            case .directory(let directory, let identity, let path):
                var visited: Set<Tree.Identity> = []
                try walk(tree, directory, identity, path, skipping, &visited, &found)
            case .file(let file, let identity, let path):
                found.append((Found(path: path, item: .file(file)), identity))
            }
            ordered += found.sorted { $0.found.path < $1.found.path }
        }
        var seen: Set<Tree.Identity> = []
        return ordered.compactMap { entry in
            if let identity = entry.identity, !seen.insert(identity).inserted { return nil }
            return entry.found
        }.sorted { $0.path < $1.path }
    }

    private static func walk<Tree: WalkableTree>(
        _ tree: Tree, _ directory: Tree.Directory, _ identity: Tree.Identity, _ path: String, _ skipping: Set<[UInt8]>,
        _ visited: inout Set<Tree.Identity>, _ found: inout [(found: Found<Tree.File>, identity: Tree.Identity?)]
    ) throws(RunFailure) {
        guard visited.insert(identity).inserted else { return }
        let names = try tree.names(in: directory, path: path)
            .filter { $0.first != UInt8(ascii: ".") && !skipping.contains($0) }
            .map { (bytes: $0, text: String(validating: $0, as: UTF8.self)) }
            .sorted { ($0.text ?? ByteText.name($0.bytes)) < ($1.text ?? ByteText.name($1.bytes)) }
        for (bytes, text) in names {
            guard let entry = tree.entry(bytes, in: directory) else { continue }
            let shown = text ?? ByteText.name(bytes)
            let child = join(path, shown)
            switch entry {
            case .directory(let inner, let innerIdentity):
                guard text != nil else {
                    found.append((Found(path: child, item: .unreadableName(name: shown, isDirectory: true)), nil))
                    continue
                }
                try walk(tree, inner, innerIdentity, child, [], &visited, &found)
            case .file(let file, let fileIdentity):
                guard isYAML(bytes) else { continue }
                guard text != nil else {
                    found.append((Found(path: child, item: .unreadableName(name: shown, isDirectory: false)), nil))
                    continue
                }
                found.append((Found(path: child, item: .file(file)), fileIdentity))
            }
        }
    }

    static func isYAML(_ name: [UInt8]) -> Bool {
        name.count > 4 && name.suffix(4).elementsEqual(".yml".utf8)
            || name.count > 5 && name.suffix(5).elementsEqual(".yaml".utf8)
    }

    /// `directory/name`, without doubling a slash the user wrote.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

extension CatalogWalk.Found: Sendable where File: Sendable {}
extension CatalogWalk.Found.Item: Sendable where File: Sendable {}
