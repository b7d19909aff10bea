import YAMLTree
import RuleLanguage
import Vocabulary

/// A rule of rules/ with its expressions compiled against its scope's names.
/// A class: it is shared by every item it is evaluated on, never copied.
public final class CompiledRule: Sendable {
    public let definition: RuleDefinition
    public let when: CompiledExpression?
    public let assert: CompiledExpression
    /// Message templates by language ("" for a plain string).
    public let messages: [String: CompiledTemplate]

    init(definition: RuleDefinition, when: CompiledExpression?, assert: CompiledExpression, messages: [String: CompiledTemplate]) {
        self.definition = definition
        self.when = when
        self.assert = assert
        self.messages = messages
    }

    public var id: String { definition.id.value }
    public var scope: RuleDefinition.Scope { definition.scope }
    public var severity: Severity { definition.severity }

    /// The message in `language`, else English, else the plain one, else any.
    func template(for language: String) -> CompiledTemplate? {
        messages[language] ?? messages["en"] ?? messages[""] ?? messages.sorted { $0.key < $1.key }.first?.value
    }
}

/// Compiles every rule of a rule set; any error stops the run (exit 2) and is
/// located at the offending token inside the YAML file.
public enum RuleCompilation {
    public static func compile(_ rules: [RuleDefinition], schema: RuleSchema) -> Result<[CompiledRule], RuleSetErrors> {
        var compiled: [CompiledRule] = []
        var findings: [Finding] = []
        for rule in rules {
            let scope = schema.scope(rule.scope)
            // Each part is compiled even when another failed: every error of the rule is shown.
            func attempt<T>(_ node: YAMLTree.Node, _ body: (String) throws(LanguageError) -> T) -> T? {
                do throws(LocatedLanguageError) {
                    return try compile(RuleDefinition.text(of: node), node, rule, body)
                } catch {
                    findings.append(error.finding)
                    return nil
                }
            }
            let errorsBefore = findings.count
            let when = rule.when.flatMap { node in
                attempt(node) { text throws(LanguageError) in try RuleCompiler.compile(text, in: scope, expecting: .bool) }
            }
            let assert = attempt(rule.assert) { text throws(LanguageError) in
                try RuleCompiler.compile(text, in: scope, expecting: .bool)
            }
            var messages: [String: CompiledTemplate] = [:]
            for (language, node) in rule.message.sorted(by: { $0.key < $1.key }) {
                messages[language] = attempt(node) { text throws(LanguageError) in
                    try RuleCompiler.compileTemplate(text, in: scope)
                }
            }
            // A rule with an error in any part is not kept (the run stops anyway).
            guard findings.count == errorsBefore, let assert else { continue }
            compiled.append(CompiledRule(definition: rule, when: when, assert: assert, messages: messages))
        }
        guard findings.isEmpty else { return .failure(RuleSetErrors(findings: Finding.sorted(findings))) }
        return .success(compiled)
    }

    private static func compile<T>(
        _ text: String, _ node: YAMLTree.Node, _ rule: RuleDefinition,
        _ body: (String) throws(LanguageError) -> T
    ) throws(LocatedLanguageError) -> T {
        do {
            return try body(text)
        } catch {
            let mark = ExpressionLocator.mark(
                ofOffset: error.range.lowerBound, in: text, scalar: node, fileText: rule.fileText)
            throw LocatedLanguageError(
                finding: Finding(
                    .schema, message: .rules(.inRule(rule.id.value, error.message)),
                    location: Location(file: rule.file, line: mark.line, column: mark.column)))
        }
    }
}

private struct LocatedLanguageError: Error {
    var finding: Finding
}

