import Catalog
import Vocabulary
import YAMLTree

/// Loads and merges every file of rules/; any finding there stops the run.
public enum RuleSetLoader {
    /// The merged rule set, or every error found (already sorted), each located.
    public static func load(
        _ files: [SourceFile], limits: Limits = .standard
    ) -> Result<RuleSet, RuleSetErrors> {
        var findings: [Finding] = []
        var merged = RuleSet()
        var traitFiles: [String: Location] = [:]
        for file in files {
            let yaml: LoadedYAML
            var text = ""
            do throws(YAMLError) {
                switch file.content {
                case .tooLarge(let size): throw YAMLLoader.tooLarge(size: size, limits: limits)
                case .unreadableName:
                    if let finding = file.nameFinding { findings.append(finding) }
                    continue
                case .bytes(let bytes):
                    yaml = try YAMLLoader.load(bytes, limits: limits)
                    text = String(decoding: bytes, as: UTF8.self)
                }
            } catch {
                findings.append(error.finding(file: file.path))
                continue
            }
            var decoder = RuleSetDecoder(file: file.path, text: text)
            decoder.decode(yaml)
            findings += decoder.findings
            let part = decoder.ruleSet
            merged.plans += part.plans
            merged.rules += part.rules
            merged.definitions += part.definitions
            merged.overrides += part.overrides
            for (name, trait) in part.traits.sorted(by: { $0.key < $1.key }) {
                let location = Location(file: file.path, mark: trait.mark)
                if let first = traitFiles[name] {
                    findings.append(duplicate(.traitDeclaredTwice(name, first: first), at: location, first: first))
                } else {
                    traitFiles[name] = location
                    merged.traits[name] = trait
                }
            }
        }
        findings += duplicates(merged.plans.map { ($0.id, $0.file) }, kind: .plan)
        findings += duplicates(merged.rules.map { ($0.id, $0.file) }, kind: .rule)
        findings += duplicates(merged.definitions.map { ($0.name, $0.file) }, kind: .definition)
        findings += RuleOverrides.apply(merged.overrides, to: &merged.rules)
        let builtins = Set(BuiltinRule.allCases.map(\.rawValue))
        for rule in merged.rules where builtins.contains(rule.id.value) {
            findings.append(
                Finding(
                    .schema,
                    message: .rules(.ruleIDIsBuiltin(rule.id.value)),
                    location: Location(file: rule.file, mark: rule.id.mark)))
        }
        guard findings.isEmpty else {
            return .failure(RuleSetErrors(findings: Finding.sorted(findings), decoded: merged))
        }
        return .success(merged)
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

/// The errors that make rules/ unusable.
public struct RuleSetErrors: Error, Sendable {
    public var findings: [Finding]
    /// What did decode despite them, so that the expressions of the rules
    /// that decoded can be checked too: one run shows every error (SPEC §10).
    public var decoded: RuleSet?

    public init(findings: [Finding], decoded: RuleSet? = nil) {
        self.findings = findings
        self.decoded = decoded
    }

    /// These errors with those of compiling the rules that decoded, against
    /// the plan in force on `asOf` (else the first plan that decoded).
    public func withExpressionErrors(asOf: LocalDate) -> RuleSetErrors {
        guard let decoded else { return self }
        let plan: Plan
        switch PlanSelection.select(from: decoded.plans, id: nil, on: asOf) {
        case .success(let selected): plan = selected
        case .failure:
            guard let first = decoded.plans.first else { return self }
            plan = first
        }
        guard case .failure(let more) = RuleContext.prepare(decoded, plan: plan, asOf: asOf) else { return self }
        return RuleSetErrors(findings: Finding.sorted(findings + more.findings))
    }
}
