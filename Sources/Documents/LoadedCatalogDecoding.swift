import Catalog
import Review
import Vocabulary
import YAMLTree

/// The catalog's files decoded in parallel and joined in input order: the
/// reading half of `LoadedCatalog`, here with the YAML it reads.
extension LoadedCatalog {
    /// Decodes `sources` on up to `jobs` threads; the result is in the order of
    /// `sources` whatever the number of threads, so output stays byte-identical.
    public static func decode(
        _ sources: [SourceFile], traits: [String: TraitDeclaration], limits: Limits = .standard, jobs: Int = 1
    ) -> LoadedCatalog {
        let decoded = decode(
            sources, read: { Result<SourceFile, Never>.success($0) }, traits: traits, limits: limits, jobs: jobs)
        switch decoded {
        case .success(let catalog): return catalog
        }
    }

    /// Reads each of `inputs` with `read` and decodes it on the same thread,
    /// so that a file's bytes are dropped as soon as it is decoded rather than
    /// all held at once. Fails with the first failure to read, in input order.
    public static func decode<Input: Sendable, Failure: Error>(
        _ inputs: [Input], read: @Sendable (Input) -> Result<SourceFile, Failure>, traits: [String: TraitDeclaration],
        limits: Limits = .standard, jobs: Int = 1
    ) -> Result<LoadedCatalog, Failure> {
        let decoder = CatalogDecoder(traits: traits, limits: limits)
        let files = Parallel.map(inputs, jobs: jobs) { input in
            read(input).map { source -> CatalogFile in
                switch source.content {
                case .tooLarge(let size):
                    return CatalogFile(
                        path: source.path, sector: nil, procedures: [], procedureEntries: 0,
                        findings: [
                            YAMLLoader.tooLarge(size: size, limits: limits).finding(file: source.path)
                        ])
                case .unreadableName:
                    return CatalogFile(
                        path: source.path, sector: nil, procedures: [], procedureEntries: 0,
                        findings: source.nameFinding.map { [$0] } ?? [])
                case .bytes(let bytes):
                    return decoder.decode(bytes: bytes, path: source.path)
                }
            }
        }
        var decoded: [CatalogFile] = []
        decoded.reserveCapacity(files.count)
        for file in files {
            switch file {
            case .success(let file): decoded.append(file)
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(LoadedCatalog(files: decoded))
    }
}
