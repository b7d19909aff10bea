import Catalog
import Vocabulary
import YAMLTree

/// What `tthc fix` makes of one catalog file: the file with its mechanical
/// mistakes rewritten into canonical forms, only the changed scalars' bytes
/// different; or why it is left alone.
public struct CatalogFix: Sendable {
    public enum Outcome: Sendable {
        /// Nothing to rewrite.
        case unchanged
        /// The file's new bytes and how many values changed.
        case fixed(bytes: [UInt8], values: Int)
        /// A file with a syntax finding is never changed.
        case refused(Finding)
        /// Two rewrites would touch the same bytes: the file is left as it is
        /// rather than half fixed (the decoder makes one per scalar, so this
        /// is a defect of tthc, not of the file).
        case conflict
    }

    public var path: String
    public var original: [UInt8]
    public var outcome: Outcome

    /// Decodes `bytes` as the catalog decoder does and applies its rewrites.
    public static func fix(_ bytes: [UInt8], path: String, traits: [String: TraitDeclaration], limits: Limits = .standard)
        -> CatalogFix
    {
        let (file, fixes) = CatalogDecoder(traits: traits, limits: limits).decodeForFix(bytes: bytes, path: path)
        if let syntax = file.findings.first(where: { $0.rule == BuiltinRule.syntax.rawValue }) {
            return CatalogFix(path: path, original: bytes, outcome: .refused(syntax))
        }
        guard !fixes.isEmpty else { return CatalogFix(path: path, original: bytes, outcome: .unchanged) }
        do {
            let rewritten = try ScalarRewriter(bytes).apply(fixes)
            return CatalogFix(
                path: path, original: bytes,
                outcome: rewritten == bytes ? .unchanged : .fixed(bytes: rewritten, values: fixes.count))
        } catch {
            return CatalogFix(path: path, original: bytes, outcome: .conflict)
        }
    }
}
