import Catalog
import Vocabulary

/// The files of rules/ merged into one rule set (SPEC §10): a trait, plan,
/// rule or definition declared twice is an error at the second, with the
/// first as related; `overrides:` are applied once every rule is known; no
/// rule may take a built-in check's id. Values only: reading each file is
/// Documents' `RuleSetLoader`.
public struct RuleSetMerge {
    public private(set) var merged = RuleSet()
    /// Where each trait was first declared.
    private var traitFiles: [String: Location] = [:]

    public init() {}

    /// Adds one file's declarations, in file order; a trait declared by an
    /// earlier file is refused with a finding.
    public mutating func add(_ part: RuleSet, from file: String) -> [Finding] {
        var findings: [Finding] = []
        merged.plans += part.plans
        merged.rules += part.rules
        merged.definitions += part.definitions
        merged.overrides += part.overrides
        for (name, trait) in part.traits.sorted(by: { $0.key < $1.key }) {
            let location = Location(file: file, mark: trait.mark)
            if let first = traitFiles[name] {
                findings.append(Self.duplicate(.traitDeclaredTwice(name, first: first), at: location, first: first))
            } else {
                traitFiles[name] = location
                merged.traits[name] = trait
            }
        }
        return findings
    }

    /// The checks that need every file, once all are added: ids declared
    /// twice, the overrides applied, built-in ids taken.
    public mutating func finish() -> [Finding] {
        var findings: [Finding] = []
        findings += Self.duplicates(merged.plans.map { ($0.id, $0.file) }, kind: .plan)
        findings += Self.duplicates(merged.rules.map { ($0.id, $0.file) }, kind: .rule)
        findings += Self.duplicates(merged.definitions.map { ($0.name, $0.file) }, kind: .definition)
        findings += RuleOverrides.apply(merged.overrides, to: &merged.rules)
        let builtins = Set(BuiltinRule.allCases.map(\.rawValue))
        for rule in merged.rules where builtins.contains(rule.id.value) {
            findings.append(
                Finding(
                    .schema,
                    message: .rules(.ruleIDIsBuiltin(rule.id.value)),
                    location: Location(file: rule.file, mark: rule.id.mark)))
        }
        return findings
    }

    private static func duplicates(_ ids: [(Located<String>, String)], kind: RulesMessage.IDKind) -> [Finding] {
        var first: [String: Location] = [:]
        var findings: [Finding] = []
        for (id, file) in ids {
            let location = Location(file: file, mark: id.mark)
            if let earlier = first[id.value] {
                findings.append(duplicate(.idUsedTwice(kind, id.value, first: earlier), at: location, first: earlier))
            } else {
                first[id.value] = location
            }
        }
        return findings
    }

    private static func duplicate(_ message: RulesMessage, at location: Location, first: Location) -> Finding {
        Finding(.schema, message: .rules(message), location: location, related: [first])
    }
}
