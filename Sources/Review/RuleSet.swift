import Catalog

/// Everything rules/ declares, merged across its files.
public struct RuleSet: Sendable {
    public var plans: [Plan] = []
    public var traits: [String: TraitDeclaration] = [:]
    public var rules: [RuleDefinition] = []
    /// The `define:` entries of every file.
    public var definitions: [DefinitionSource] = []
    /// The `overrides:` entries of every file, applied when the files are merged.
    public var overrides: [RuleOverride] = []

    public init() {}
}
