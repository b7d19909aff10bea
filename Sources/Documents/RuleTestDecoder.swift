import Catalog
import Review
import Vocabulary
import YAMLTree

/// Reads rule test files with the same strictness as everything else; each
/// test's inline catalog is decoded here, with the traits of rules/, so that
/// running it needs no YAML.
public enum RuleTestDecoder {
    public static func decode(
        _ bytes: [UInt8], path: String, traits: [String: TraitDeclaration]
    ) -> Result<[RuleTest], RuleSetErrors> {
        let yaml: LoadedYAML
        do {
            yaml = try YAMLLoader.load(bytes)
        } catch {
            return .failure(RuleSetErrors(findings: [error.finding(file: path)]))
        }
        var d = NodeDecoder(file: path)
        d.reportDuplicateKeys(of: yaml)
        // Each sector document of a test's catalog is decoded as if it were a file.
        let catalogDecoder = CatalogDecoder(traits: traits)
        func decoded(_ sector: Node) -> CatalogFile {
            catalogDecoder.decode(LoadedYAML(documents: [sector], duplicateKeys: []), path: path).file
        }
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
                    var change = RuleOverride(rule: rule, file: path)
                    change.params = RuleSetDecoder.parameters(node, "params.\(rule.value)", &d)
                    params.append(change)
                    references.append(rule)
                }
                let ignore = ids(f["ignore"], "ignore") ?? []
                let only = ids(f["only"], "only") ?? fileOnly
                references += ignore + (only ?? [])
                tests.append(
                    RuleTest(
                        name: name.value, file: path, mark: item.mark, asOf: asOf?.value,
                        catalog: catalog.map(decoded),
                        expect: expect, ignore: Set(ignore.map(\.value)), only: only.map { Set($0.map(\.value)) },
                        plan: plan, targets: targets, params: params, ruleReferences: references))
            }
        }
        guard d.findings.isEmpty else { return .failure(RuleSetErrors(findings: Finding.sorted(d.findings))) }
        return .success(tests)
    }
}
