import Catalog
import Vocabulary
import YAMLTree

/// Every catalog file of a run, decoded, in path order.
public struct LoadedCatalog: Sendable {
    public var files: [CatalogFile]

    public init(files: [CatalogFile]) {
        self.files = files
    }

    /// Decodes `sources` on up to `jobs` threads; the result is in the order of
    /// `sources` whatever the number of threads, so output stays byte-identical.
    public static func decode(
        _ sources: [SourceFile], traits: [String: TraitDeclaration], limits: Limits = .standard, jobs: Int = 1,
        language: Language = .en
    ) -> LoadedCatalog {
        let decoder = CatalogDecoder(traits: traits, limits: limits, language: language)
        @Sendable func decodeOne(_ source: SourceFile) -> CatalogFile {
            switch source.content {
            case .tooLarge(let size):
                return CatalogFile(
                    path: source.path, sector: nil, procedures: [], procedureEntries: 0,
                    findings: [YAMLLoader.tooLarge(size: size, limits: limits).finding(file: source.path, language: language)])
            case .bytes(let bytes):
                return decoder.decode(bytes: bytes, path: source.path)
            }
        }
        return LoadedCatalog(files: Parallel.map(sources, jobs: jobs, decodeOne))
    }
}
