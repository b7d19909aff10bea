import Foundation

/// The tree of one commit, as `git ls-tree -r -t -l -z` lists it, walked like
/// a checkout of it: symbolic links (blobs of mode 120000 holding the target
/// path) are followed inside the tree, as the file system would follow them
/// in a checkout. A link that leaves the repository, dangles or loops leads
/// nowhere, as a dangling link does for `check`. Paths are raw bytes
/// throughout: git allows any byte but `/` and NUL in a name.
struct GitTree: WalkableTree {
    struct Blob: Sendable {
        var id: String
        var size: Int
    }

    enum Kind {
        case tree, blob, link, submodule
    }

    struct Entry {
        var kind: Kind
        var id: String
        var size: Int
    }

    /// A directory or file is identified by its path in the tree once links
    /// are resolved.
    typealias Directory = [UInt8]
    typealias File = Blob
    typealias Identity = [UInt8]

    /// Every entry by its path from the top of the repository.
    private let entries: [[UInt8]: Entry]
    private let children: [[UInt8]: [[UInt8]]]
    /// The target of each link, by blob id.
    private let targets: [String: [UInt8]]
    /// The top of the working tree, as an absolute link would spell it.
    private let top: [UInt8]

    /// Links followed for one path before giving up, as Linux's ELOOP.
    static let maxLinks = 40
    /// The longest link target read (PATH_MAX); a longer "link" leads nowhere.
    static let maxTargetBytes = 4096

    /// Parses the listing of `ls-tree -r -t -l -z` (entries "<mode> <type>
    /// <id> <size>\t<path>", NUL-terminated) and reads the targets of its links.
    init(listing: Data, top: [UInt8], readBlobs: ([String]) throws(RunFailure) -> [[UInt8]]) throws(RunFailure) {
        var entries: [[UInt8]: Entry] = [:]
        var children: [[UInt8]: [[UInt8]]] = [:]
        for record in listing.split(separator: 0) {
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let meta = record[record.startIndex..<tab].split(separator: UInt8(ascii: " ")).map {
                String(decoding: $0, as: UTF8.self)
            }
            let path = Array(record[(tab + 1)...])
            guard meta.count == 4, !path.isEmpty else { continue }
            let kind: Kind
            switch (meta[0], meta[1]) {
            case (_, "tree"): kind = .tree
            case (_, "commit"): kind = .submodule
            case ("120000", "blob"): kind = .link
            case (_, "blob"): kind = .blob
            default: continue
            }
            entries[path] = Entry(kind: kind, id: meta[2], size: Int(meta[3]) ?? 0)
            let slash = path.lastIndex(of: UInt8(ascii: "/"))
            let parent = slash.map { Array(path[..<$0]) } ?? []
            let name = slash.map { Array(path[($0 + 1)...]) } ?? path
            children[parent, default: []].append(name)
        }
        let links = Array(
            Set(entries.values.filter { $0.kind == .link && $0.size <= Self.maxTargetBytes }.map(\.id))
        ).sorted()
        self.entries = entries
        self.children = children
        self.targets = links.isEmpty ? [:] : Dictionary(zip(links, try readBlobs(links)), uniquingKeysWith: { a, _ in a })
        self.top = top
    }

    func names(in directory: [UInt8], path: String) -> [[UInt8]] {
        children[directory] ?? []
    }

    func entry(_ name: [UInt8], in directory: [UInt8]) -> WalkEntry<Self>? {
        resolve(Self.components(directory) + [name])
    }

    /// What a path leads to once every link on the way is followed.
    func resolve(_ path: [[UInt8]]) -> WalkEntry<Self>? {
        var resolved: [[UInt8]] = []
        var pending = Array(path.reversed())
        var links = 0
        while let component = pending.popLast() {
            if component.isEmpty || component == [UInt8(ascii: ".")] { continue }
            if component == [UInt8(ascii: "."), UInt8(ascii: ".")] {
                // Leaving the top leaves the repository.
                guard !resolved.isEmpty else { return nil }
                resolved.removeLast()
                continue
            }
            guard let entry = entries[Self.join(resolved + [component])] else { return nil }
            switch entry.kind {
            case .tree, .submodule:
                // A submodule's files are not in this tree: it reads as an empty directory.
                resolved.append(component)
            case .link:
                links += 1
                guard links <= Self.maxLinks, let target = targets[entry.id], !target.isEmpty else { return nil }
                if target.first == UInt8(ascii: "/") {
                    // An absolute link into the working tree is taken at the same place in the commit.
                    guard let inside = insideTop(target) else { return nil }
                    resolved = []
                    pending.append(contentsOf: inside.reversed())
                } else {
                    pending.append(contentsOf: Self.components(target).reversed())
                }
            case .blob:
                // A file in the middle of a path is not a directory.
                guard pending.allSatisfy({ $0.isEmpty || $0 == [UInt8(ascii: ".")] }) else { return nil }
                let found = Self.join(resolved + [component])
                return .file(Blob(id: entry.id, size: entry.size), found)
            }
        }
        let found = Self.join(resolved)
        return .directory(found, found)
    }

    /// The components of an absolute path below the working tree's top, or
    /// nil when it lies outside.
    private func insideTop(_ path: [UInt8]) -> [[UInt8]]? {
        guard path.starts(with: top) else { return nil }
        let rest = path.dropFirst(top.count)
        guard rest.isEmpty || rest.first == UInt8(ascii: "/") else { return nil }
        return Self.components(Array(rest))
    }

    static func components(_ path: [UInt8]) -> [[UInt8]] {
        path.split(separator: UInt8(ascii: "/")).map(Array.init)
    }

    static func join(_ components: [[UInt8]]) -> [UInt8] {
        Array(components.joined(separator: [UInt8(ascii: "/")]))
    }
}
