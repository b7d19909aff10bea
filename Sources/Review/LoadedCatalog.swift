import Catalog

/// Every catalog file of a run, decoded, in path order (decoded by
/// `LoadedCatalog.decode` of Documents, which reads the YAML).
public struct LoadedCatalog: Sendable {
    public var files: [CatalogFile]

    public init(files: [CatalogFile]) {
        self.files = files
    }
}
