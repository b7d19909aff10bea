import Foundation

/// The working tree as the catalog walk sees it. Directories are listed with
/// `opendir`/`readdir` on raw bytes (Foundation's listing drops or mangles a
/// name that is not UTF-8), and paths are kept as bytes until they are known
/// to be text.
struct FileSystemTree: WalkableTree {
    typealias Directory = [UInt8]
    typealias File = Void
    typealias Identity = FileIdentity

    func names(in directory: [UInt8], path: String) throws(RunFailure) -> [[UInt8]] {
        guard let stream = opendir(Self.cPath(directory)) else {
            throw RunFailure(.cannotList(directory: path, .current))
        }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { throw RunFailure(.cannotList(directory: path, .current)) }
                return names
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
    }

    func entry(_ name: [UInt8], in directory: [UInt8]) -> WalkEntry<Self>? {
        let path = directory.last == UInt8(ascii: "/") ? directory + name : directory + [UInt8(ascii: "/")] + name
        // stat follows links: a dangling link or a link loop fails and is skipped.
        guard let (identity, isDirectory) = Self.identity(of: path) else { return nil }
        return isDirectory ? .directory(path, identity) : .file((), identity)
    }

    /// The device and inode of what `path` leads to, and whether it is a directory.
    static func identity(of path: [UInt8]) -> (FileIdentity, isDirectory: Bool)? {
        var info = stat()
        guard stat(cPath(path), &info) == 0 else { return nil }
        return (FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)), (info.st_mode & S_IFMT) == S_IFDIR)
    }

    /// A NUL-terminated copy of `path`, which Swift passes to C as a pointer.
    static func cPath(_ path: [UInt8]) -> [CChar] {
        path.map { CChar(bitPattern: $0) } + [0]
    }
}

/// A device and inode: the same directory or file reached through a symbolic
/// link has the same identity.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
}
