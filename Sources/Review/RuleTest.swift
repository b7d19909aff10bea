import Catalog
import Vocabulary
import YAMLTree

/// One case of a rule test file (SPEC §7): an inline catalog and exactly the
/// findings it must give.
public struct RuleTest: Sendable {
    /// A finding as a test names it: rule, and the procedure or sector it is about.
    public struct Expectation: Hashable, Sendable, Comparable, CustomStringConvertible {
        public var rule: String
        public var procedure: String?
        public var sector: String?
        /// Text the finding's message holds, in the run's language (SPEC §11).
        public var messageContains: String?
        public var severity: Severity?

        public init(
            rule: String, procedure: String? = nil, sector: String? = nil, messageContains: String? = nil,
            severity: Severity? = nil
        ) {
            self.rule = rule
            self.procedure = procedure
            self.sector = sector
            self.messageContains = messageContains
            self.severity = severity
        }

        /// Whether `finding` is this expectation: same rule, and the same
        /// procedure, sector and severity where the expectation names them,
        /// its message (as `message` words it) holding the text given.
        public func matches(_ finding: Finding, message: (Message) -> String) -> Bool {
            finding.rule == rule && (procedure == nil || procedure == finding.procedure)
                && (sector == nil || sector == finding.sector) && (severity == nil || severity == finding.severity)
                && (messageContains.map { message(finding.message).contains($0) } ?? true)
        }

        /// How much the expectation pins down; the most specific are matched first.
        var specificity: Int {
            (procedure == nil ? 0 : 4) + (sector == nil ? 0 : 2) + (severity == nil && messageContains == nil ? 0 : 1)
        }

        public var description: String {
            if let procedure { return "\(rule) on procedure \(procedure)" }
            if let sector { return "\(rule) on sector \(sector)" }
            return "\(rule) on the catalog"
        }

        public static func < (lhs: Expectation, rhs: Expectation) -> Bool { lhs.description < rhs.description }
    }

    public var name: String
    public var file: String
    public var mark: Mark
    public var asOf: LocalDate?
    /// The sector documents of the inline catalog.
    public var catalog: [Node]
    public var expect: [Expectation]
    public var ignore: Set<String>
    /// The rules the comparison covers (SPEC §11), the test's own else its
    /// file's; nil for all, so a rule added elsewhere does not break it.
    public var only: Set<String>?
    /// The plan this test measures against instead of the one in force
    /// (SPEC §11); its `effective` is not consulted, the test chose it.
    public var plan: Plan?
    /// Targets that replace the plan's for this test (SPEC §11).
    public var targets: [String: Target] = [:]
    /// Parameters of some rules for this test (SPEC §11), as overrides.
    public var params: [RuleOverride] = []
    /// Every rule id the test names, where it names it, to be checked against the rules.
    public var ruleReferences: [Located<String>] = []

    /// Whether a finding of `rule` takes part in the comparison.
    public func compares(_ rule: String) -> Bool {
        !ignore.contains(rule) && (only?.contains(rule) ?? true)
    }

    /// The references to rules that neither the rules nor the built-in checks define.
    public func unknownRules(among known: Set<String>) -> [Finding] {
        ruleReferences.filter { !known.contains($0.value) }.map { id in
            Finding(
                .schema,
                message: .rules(.unknownRuleInTest(id.value, suggestion: Suggestion.closest(to: id.value, in: known.sorted()))),
                location: Location(file: file, mark: id.mark))
        }
    }
}

/// Reads rule test files with the same strictness as everything else.
public enum RuleTestDecoder {
    public static func decode(_ bytes: [UInt8], path: String) -> Result<[RuleTest], RuleSetErrors> {
        let yaml: LoadedYAML
        do {
            yaml = try YAMLLoader.load(bytes)
        } catch {
            return .failure(RuleSetErrors(findings: [error.finding(file: path)]))
        }
        var d = NodeDecoder(file: path)
        d.reportDuplicateKeys(of: yaml)
        var tests: [RuleTest] = []
        for root in yaml.documents where !root.isNull {
            guard let top = d.fields(root, of: .ruleTestFile, allowed: ["tests", "only"], required: ["tests"]),
                let list = top["tests"], let items = d.list(list, "tests")
            else { continue }
            func ids(_ node: Node?, _ what: String) -> [Located<String>]? {
                node.flatMap { d.list($0, what) }?.compactMap { d.text($0, what) }
            }
            let fileOnly = ids(top["only"], "only")
            for item in items {
                guard
                    let f = d.fields(
                        item, of: .test, allowed: ["name", "as_of", "catalog", "expect", "ignore", "only", "plan", "targets", "params"],
                        required: ["name", "catalog"]),
                    let name = f["name"].flatMap({ d.text($0, "name") }),
                    let catalog = f["catalog"].flatMap({ d.list($0, "catalog") })
                else { continue }
                let asOf = f["as_of"].flatMap { d.date($0, "as_of") }
                var expect: [RuleTest.Expectation] = []
                var references: [Located<String>] = []
                for node in f["expect"].flatMap({ d.list($0, "expect") }).map(Array.init) ?? [] {
                    guard
                        let g = d.fields(
                            node, of: .expectedFinding,
                            allowed: ["rule", "procedure", "sector", "message_contains", "severity"], required: ["rule"]),
                        let rule = g["rule"].flatMap({ d.text($0, "expect.rule") })
                    else { continue }
                    references.append(rule)
                    expect.append(
                        RuleTest.Expectation(
                            rule: rule.value, procedure: g["procedure"].flatMap { d.text($0, "expect.procedure")?.value },
                            sector: g["sector"].flatMap { d.text($0, "expect.sector")?.value },
                            messageContains: g["message_contains"].flatMap { d.text($0, "expect.message_contains")?.value },
                            severity: g["severity"].flatMap { d.choice($0, "expect.severity", Severity.self)?.value }))
                }
                let plan = f["plan"].flatMap { RuleSetDecoder.plan($0, &d) }
                var targets: [String: Target] = [:]
                for (key, value) in f["targets"].flatMap({ d.entries($0, of: .key("targets")) }) ?? [] {
                    if let target = RuleSetDecoder.target(key, value, &d) { targets[key.value] = target }
                }
                // `params: { rule-id: { name: value } }`: applied as overrides of that rule for this test.
                var params: [RuleOverride] = []
                for (rule, node) in f["params"].flatMap({ d.entries($0, of: .key("params")) }) ?? [] {
                    var change = RuleOverride(rule: rule, file: path, fileText: "")
                    change.params = RuleSetDecoder.parameters(node, "params.\(rule.value)", &d)
                    params.append(change)
                    references.append(rule)
                }
                let ignore = ids(f["ignore"], "ignore") ?? []
                let only = ids(f["only"], "only") ?? fileOnly
                references += ignore + (only ?? [])
                tests.append(
                    RuleTest(
                        name: name.value, file: path, mark: item.mark, asOf: asOf?.value, catalog: Array(catalog),
                        expect: expect, ignore: Set(ignore.map(\.value)), only: only.map { Set($0.map(\.value)) },
                        plan: plan, targets: targets, params: params, ruleReferences: references))
            }
        }
        guard d.findings.isEmpty else { return .failure(RuleSetErrors(findings: Finding.sorted(d.findings))) }
        return .success(tests)
    }
}
