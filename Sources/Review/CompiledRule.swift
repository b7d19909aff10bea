import RuleLanguage
import Vocabulary

/// A rule of rules/ with its expressions compiled against its scope's names.
/// A class: it is shared by every item it is evaluated on, never copied.
public final class CompiledRule: Sendable {
    public let definition: RuleDefinition
    /// The rule's `let` names, read by its `when`, `assert` and message.
    public let lets: LetBindings
    public let when: CompiledExpression?
    public let assert: CompiledExpression
    /// Message templates by language ("" for a plain string).
    public let messages: [String: CompiledTemplate]

    init(
        definition: RuleDefinition, lets: LetBindings, when: CompiledExpression?, assert: CompiledExpression,
        messages: [String: CompiledTemplate]
    ) {
        self.definition = definition
        self.lets = lets
        self.when = when
        self.assert = assert
        self.messages = messages
    }

    public var id: String { definition.id.value }

    /// Whether any part of the rule reads `name` of its scope.
    public func reads(_ name: String) -> Bool {
        let parts = [when, assert].compactMap { $0 } + lets.expressions + messages.values.flatMap(\.expressions)
        return parts.contains { $0.namesRead.contains(name) }
    }

    public var scope: RuleDefinition.Scope { definition.scope }
    public var severity: Severity { definition.severity }

    /// The message in `language`, else English, else the plain one, else any.
    func template(for language: String) -> CompiledTemplate? {
        messages[language] ?? messages["en"] ?? messages[""] ?? messages.sorted { $0.key < $1.key }.first?.value
    }
}

/// Compiles every rule of a rule set; any error stops the run (exit 2) and is
/// located at the offending token inside the YAML file — inside a rule, or
/// inside the `define:` entry the rule used — by the place each character of
/// the expression kept (`LocatedText`).
public enum RuleCompilation {
    public static func compile(
        _ rules: [RuleDefinition], definitions sources: [DefinitionSource] = [], schema: RuleSchema
    ) -> Result<[CompiledRule], RuleSetErrors> {
        var findings: [Finding] = []
        let placed = Dictionary(sources.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        let definitions = Self.definitions(sources, placed: placed, schema: schema, findings: &findings)
        var compiled: [CompiledRule] = []
        for rule in rules {
            let scope = schema.scope(rule.scope)
            var names = RuleNames(
                definitions: definitions,
                params: RuleNames.parameters(rule.params.map { ($0.name.value, $0.value) }))
            // Each part is compiled even when another failed: every error of the rule is shown.
            func attempt<T>(
                _ source: LocatedText, in file: String? = nil, _ body: (String) throws(LanguageError) -> T
            ) -> T? {
                do {
                    return try body(source.text)
                } catch {
                    findings.append(finding(error, in: source, file: file ?? rule.file, rule: rule, definitions: placed))
                    return nil
                }
            }
            let errorsBefore = findings.count
            for item in rule.lets {
                let name = item.name.value
                let owner: RulesMessage.NameOwner? =
                    scope.index(of: name) != nil ? .field : definitions.contains(name) ? .definition : nil
                if let owner {
                    findings.append(
                        Finding(
                            .schema, message: .rules(.nameTaken(name, by: owner)),
                            location: Location(file: rule.file, mark: item.name.mark)))
                    break
                }
                let current = names
                guard let expression = attempt(item.expression, { text throws(LanguageError) in
                    try RuleCompiler.compile(text, in: scope, names: current)
                }) else { break }
                names.lets.append(name, expression)
            }
            // A `let` that failed leaves the names after it unknown: their errors would only repeat it.
            guard findings.count == errorsBefore else { continue }
            let when = rule.when.flatMap { source in
                attempt(source) { text throws(LanguageError) in
                    try RuleCompiler.compile(text, in: scope, expecting: .bool, names: names)
                }
            }
            let assert = attempt(rule.assert) { text throws(LanguageError) in
                try RuleCompiler.compile(text, in: scope, expecting: .bool, names: names)
            }
            var messages: [String: CompiledTemplate] = [:]
            for (language, source) in rule.message.sorted(by: { $0.key < $1.key }) {
                messages[language] = attempt(source, in: rule.messageFile) { text throws(LanguageError) in
                    try RuleCompiler.compileTemplate(text, in: scope, names: names)
                }
            }
            // A rule with an error in any part is not kept (the run stops anyway).
            guard findings.count == errorsBefore, let assert else { continue }
            compiled.append(
                CompiledRule(definition: rule, lets: names.lets, when: when, assert: assert, messages: messages))
        }
        guard findings.isEmpty else { return .failure(RuleSetErrors(findings: unique(Finding.sorted(findings)))) }
        return .success(compiled)
    }

    /// The `define:` entries parsed, each name checked against the
    /// language's and the scopes' names, recursion refused.
    private static func definitions(
        _ sources: [DefinitionSource], placed: [String: DefinitionSource], schema: RuleSchema, findings: inout [Finding]
    ) -> Definitions {
        var definitions = Definitions()
        let fields = Set(RuleDefinition.Scope.allCases.flatMap { schema.scope($0).fields.map(\.name) })
        // A name defined twice is reported by the loader; the first one is used.
        for source in sources where !definitions.contains(source.name.value) {
            let name = source.name.value
            let owner: RulesMessage.NameOwner? =
                RuleCompiler.functionNames.contains(name)
                ? .function : RuleCompiler.macroNames.contains(name) ? .macro : fields.contains(name) ? .field : nil
            if let owner {
                findings.append(Finding(.schema, message: .rules(.nameTaken(name, by: owner)), location: location(source.name.mark, source)))
                continue
            }
            do {
                try definitions.add(name: name, parameters: source.parameters, source: source.body.text)
            } catch {
                findings.append(
                    Finding(
                        .schema, message: .rules(.inDefinition(name, usedBy: nil, error.message)),
                        location: place(error.range.lowerBound, source)))
            }
        }
        for (name, chain) in definitions.cycles() {
            guard let source = placed[name] else { continue }
            findings.append(
                Finding(
                    .schema, message: .rules(.inDefinition(name, usedBy: nil, .type(.recursiveDefinition(chain)))),
                    location: location(source.name.mark, source)))
        }
        return definitions
    }

    /// A compile error as a finding: at its token in the rule's expression,
    /// or in the definition whose text it points into.
    private static func finding(
        _ error: LanguageError, in source: LocatedText, file: String, rule: RuleDefinition,
        definitions: [String: DefinitionSource]
    ) -> Finding {
        if let name = error.definition, let definition = definitions[name] {
            return Finding(
                .schema, message: .rules(.inDefinition(name, usedBy: rule.id.value, error.message)),
                location: place(error.range.lowerBound, definition))
        }
        return Finding(
            .schema, message: .rules(.inRule(rule.id.value, error.message)),
            location: Location(file: file, mark: source.mark(ofOffset: error.range.lowerBound)))
    }

    /// The place of `offset` in a definition's body.
    private static func place(_ offset: Int, _ source: DefinitionSource) -> Location {
        location(source.body.mark(ofOffset: offset), source)
    }

    private static func location(_ mark: Mark, _ source: DefinitionSource) -> Location {
        Location(file: source.file, mark: mark)
    }

    /// One finding per place and message: a definition's error is found again by every rule that uses it.
    private static func unique(_ findings: [Finding]) -> [Finding] {
        var seen: Set<String> = []
        return findings.filter { finding in
            guard case .rules(.inDefinition(let name, let rule, let message)) = finding.message else { return true }
            // Recursion is reported once, at the definition, when the rules load.
            if rule != nil, case .type(.recursiveDefinition) = message { return false }
            return seen.insert("\(finding.location)|\(name)|\(message)").inserted
        }
    }
}
