import Catalog

/// Everything rules/ declares, merged across its files.
public struct RuleSet: Sendable {
    public var plans: [Plan] = []
    public var traits: [String: TraitDeclaration] = [:]
    public var rules: [RuleDefinition] = []

    public init() {}
}
