/// The directories a run read its files from (the catalog's, the rules'), so
/// that a finding's file can be named relative to its directory: the same
/// finding has the same fingerprint whether the catalog was reached as
/// `catalog`, `./catalog` or an absolute path.
public struct SourceRoots: Sendable {
    public var directories: [String]

    public init(_ directories: [String] = []) {
        self.directories = directories
    }

    /// `path` without the longest directory it lies in, else itself.
    public func relative(_ path: String) -> String {
        var best: String?
        for directory in directories {
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            if path.hasPrefix(prefix), prefix.count > (best?.count ?? -1) { best = prefix }
        }
        guard let best else { return path }
        return String(path.dropFirst(best.count))
    }
}
