import Catalog
import Review
import RuleLanguage
import Vocabulary
import YAMLTree

/// Decodes one file of rules/ (SPEC §4.1–4.3) with the same strictness as a
/// catalog file. Each expression and message is read with the place of every
/// character (`ExpressionLocator`), so the review can place a compile error
/// without the YAML.
struct RuleSetDecoder {
    private(set) var decoder: NodeDecoder
    private(set) var ruleSet = RuleSet()

    private let fileText: String
    /// The file's characters with their marks, made at the first expression.
    private lazy var source = SourceCharacters(fileText)

    init(file: String, text: String) {
        decoder = NodeDecoder(file: file)
        fileText = text
    }

    var findings: [Finding] { decoder.findings }

    mutating func decode(_ yaml: LoadedYAML) {
        decoder.reportDuplicateKeys(of: yaml)
        for root in yaml.documents where !root.isNull {
            guard let top = decoder.fields(root, of: .rulesFile, allowed: ["plans", "traits", "rules", "define", "overrides"]) else {
                continue
            }
            if let node = top["plans"], let items = decoder.list(node, "plans") {
                ruleSet.plans += items.compactMap { decodePlan($0) }
            }
            if let node = top["traits"] {
                for (name, value) in decoder.entries(node, of: .key("traits")) ?? [] {
                    if let trait = decodeTrait(name, value) { ruleSet.traits[name.value] = trait }
                }
            }
            if let node = top["rules"], let items = decoder.list(node, "rules") {
                ruleSet.rules += items.compactMap { decodeRule($0) }
            }
            if let node = top["overrides"], let items = decoder.list(node, "overrides") {
                ruleSet.overrides += items.compactMap { decodeOverride($0) }
            }
            if let node = top["define"] {
                for (key, value) in decoder.entries(node, of: .key("define")) ?? [] {
                    if let definition = decodeDefinition(key, value) { ruleSet.definitions.append(definition) }
                }
            }
        }
    }

    // MARK: Plans

    /// One plan, its errors added to `decoder`'s (a rule test's `plan:`).
    static func plan(_ node: Node, _ decoder: inout NodeDecoder) -> Plan? {
        var one = RuleSetDecoder(file: decoder.file, text: "")
        swap(&one.decoder, &decoder)
        defer { swap(&one.decoder, &decoder) }
        return one.decodePlan(node, field: "plan")
    }

    /// A plan; `field` is how errors name its key (`plans`, a test's `plan`).
    private mutating func decodePlan(_ node: Node, field: String = "plans") -> Plan? {
        guard let f = decoder.fields(node, of: .plan, allowed: ["id", "name", "effective", "targets"], required: ["id"])
        else { return nil }
        let id = identifier(f["id"], "\(field).id")
        let name = f["name"].flatMap { decoder.text($0, "\(field).name") }
        let effective = f["effective"].flatMap { period($0, "\(field).effective") } ?? DatePeriod()
        var targets: [String: Target] = [:]
        if let node = f["targets"] {
            for (key, value) in decoder.entries(node, of: .key("targets")) ?? [] {
                if let target = Self.target(key, value, &decoder) { targets[key.value] = target }
            }
        }
        guard let id else { return nil }
        return Plan(id: id, name: name, effective: effective, targets: targets, file: decoder.file)
    }

    /// A target (also a rule test's `targets:`): a value, or a map of dates
    /// to values, each in force from its date (SPEC §10).
    static func target(_ name: Located<String>, _ node: Node, _ decoder: inout NodeDecoder) -> Target? {
        let what = "targets.\(name.value)"
        let dated = node.mapping?.contains { LocalDate($0.key.scalar ?? "") != nil } ?? false
        guard dated, let entries = decoder.entries(node, of: .key(what)) else {
            return targetValue(node, what, standard: name.value, &decoder).map {
                Target(name: name.value, values: [(nil, $0)], mark: node.mark)
            }
        }
        var values: [(from: LocalDate?, value: TargetValue)] = []
        for (key, value) in entries {
            guard let date = LocalDate(key.value) else {
                decoder.schema(.targetKeyNotDate(field: what, key: key.value), at: key.mark)
                continue
            }
            if let entry = targetValue(value, "\(what).\(key.value)", standard: name.value, &decoder) {
                values.append((date, entry))
            }
        }
        guard !values.isEmpty else { return nil }
        return Target(name: name.value, values: values.sorted { $0.from! < $1.from! }, mark: node.mark)
    }

    /// A number, a text, a list of texts, or numbers by sector id with an
    /// optional `default`; a target of SPEC §4.1 (named `standard`) is a
    /// number, as the plan report compares it.
    private static func targetValue(
        _ node: Node, _ what: String, standard name: String, _ decoder: inout NodeDecoder
    ) -> TargetValue? {
        if RuleContext.standardTargets.contains(name) {
            return decoder.number(node, what).map { .number($0.value) }
        }
        if let scalar = node.scalar {
            if node.scalarStyle == .plain, NumberText.parse(scalar) != nil || scalar.first.map({ $0.isNumber }) == true {
                return decoder.number(node, what).map { .number($0.value) }
            }
            return decoder.text(node, what).map { .text($0.value) }
        }
        if node.sequence != nil {
            guard let items = decoder.list(node, what) else { return nil }
            let texts = items.compactMap { decoder.text($0, what)?.value }
            return texts.count == items.count ? .texts(texts) : nil
        }
        guard let entries = decoder.entries(node, of: .key(what)) else { return nil }
        guard !entries.isEmpty else {
            decoder.schema(.targetNeedsValue(field: what), at: node.mark)
            return nil
        }
        var bySector: [String: Double] = [:]
        var fallback: Double?
        var complete = true
        for (key, value) in entries {
            guard key.value == "default" || CatalogDecoder.isIdentifier(key.value) else {
                decoder.schema(.notIdentifier(field: what, found: key.value), at: key.mark)
                complete = false
                continue
            }
            guard let number = decoder.number(value, "\(what).\(key.value)") else {
                complete = false
                continue
            }
            if key.value == "default" { fallback = number.value } else { bySector[key.value] = number.value }
        }
        return complete ? .bySector(bySector, default: fallback) : nil
    }

    private mutating func period(_ node: Node, _ what: String) -> DatePeriod? {
        guard let f = decoder.fields(node, of: .key(what), allowed: ["from", "until"]) else { return nil }
        let from = f["from"].flatMap { decoder.date($0, "\(what).from") }
        let until = f["until"].flatMap { decoder.date($0, "\(what).until") }
        if let from, let until, until.value < from.value {
            decoder.schema(.periodEndsBeforeStart(field: what, from: from.value, until: until.value), at: until.mark)
            return nil
        }
        return DatePeriod(from: from?.value, until: until?.value)
    }

    private mutating func identifier(_ node: Node?, _ what: String) -> Located<String>? {
        guard let node, let text = decoder.text(node, what) else { return nil }
        guard CatalogDecoder.isIdentifier(text.value) else {
            decoder.schema(.notIdentifier(field: what, found: text.value), at: text.mark)
            return nil
        }
        return text
    }

    // MARK: Traits

    private mutating func decodeTrait(_ name: Located<String>, _ node: Node) -> TraitDeclaration? {
        let what = "traits.\(name.value)"
        guard
            let f = decoder.fields(
                node, of: .key(what), allowed: ["type", "values", "default", "description"], required: ["type"])
        else { return nil }
        guard let typeName = f["type"].flatMap({ decoder.choice($0, "\(what).type", TraitType.self) }) else { return nil }
        let kind: TraitDeclaration.Kind
        switch typeName.value {
        case .bool: kind = .bool
        case .number: kind = .number
        case .string: kind = .string
        case .enumeration:
            guard let node = f["values"], let items = decoder.list(node, "\(what).values") else {
                decoder.schema(.enumNeedsValues(field: what), at: f.mark)
                return nil
            }
            let values = items.compactMap { decoder.text($0, "\(what).values")?.value }
            guard !values.isEmpty else {
                decoder.schema(.enumValuesEmpty(field: "\(what).values"), at: node.mark)
                return nil
            }
            kind = .enumeration(values)
        }
        if case .enumeration = kind {} else if let values = f["values"] {
            decoder.schema(.valuesOnlyForEnum(field: "\(what).values"), at: values.mark)
        }
        var declaration = TraitDeclaration(
            name: name.value, kind: kind, defaultValue: nil,
            description: f["description"].flatMap { decoder.text($0, "\(what).description")?.value }, mark: name.mark)
        if let node = f["default"] {
            declaration.defaultValue = TraitTyping.read(node, as: declaration, &decoder)?.value
        }
        return declaration
    }

    private enum TraitType: String, CaseIterable {
        case bool, number, string
        case enumeration = "enum"
    }

    // MARK: Rules

    private static let ruleKeys = [
        "id", "scope", "severity", "params", "let", "when", "assert", "message", "basis", "effective", "description",
    ]

    private mutating func decodeRule(_ node: Node) -> RuleDefinition? {
        guard let f = decoder.fields(node, of: .rule, allowed: Self.ruleKeys, required: ["id", "assert"]) else {
            return nil
        }
        let id = identifier(f["id"], "rules.id")
        let scope = f["scope"].flatMap { decoder.choice($0, "rules.scope", RuleDefinition.Scope.self) }
        let severity = f["severity"].flatMap { decoder.choice($0, "rules.severity", Severity.self) }
        var lets: [RuleDefinition.Let] = []
        if let node = f["let"] {
            for (name, value) in decoder.entries(node, of: .key("rules.let")) ?? [] {
                // Each `let` may read the one before it, and is computed by
                // reading those it needs: a long chain would be a deep one.
                guard lets.count < LetBindings.maxCount else {
                    decoder.schema(.tooManyLets(field: "rules.let", limit: LetBindings.maxCount), at: name.mark)
                    break
                }
                guard NameSyntax.isName(name.value) else {
                    decoder.schema(.notName(field: "rules.let", found: name.value), at: name.mark)
                    continue
                }
                if let expression = expression(value, "rules.let.\(name.value)") {
                    lets.append(RuleDefinition.Let(name: name, expression: expression))
                }
            }
        }
        let params = f["params"].map { Self.parameters($0, "rules.params", &decoder) } ?? []
        let when = f["when"].flatMap { expression($0, "rules.when") }
        let assert = f["assert"].flatMap { expression($0, "rules.assert") }
        let message = f["message"].map { self.message($0) } ?? [:]
        let basis = f["basis"].flatMap { decoder.text($0, "rules.basis")?.value }
        let effective = f["effective"].flatMap { period($0, "rules.effective") }
        let description = f["description"].flatMap { decoder.text($0, "rules.description")?.value }
        guard let id, let assert else { return nil }
        if f["scope"] != nil && scope == nil || f["severity"] != nil && severity == nil
            || f["effective"] != nil && effective == nil
        {
            return nil
        }
        return RuleDefinition(
            id: id, scope: scope?.value ?? .procedure, severity: severity?.value ?? .warning, lets: lets, when: when,
            assert: assert, message: message, params: params, basis: basis, effective: effective ?? DatePeriod(),
            description: description, file: decoder.file)
    }

    // MARK: Parameters and overrides

    /// `params:`: names to values, in the order written (also a rule test's
    /// `params:` of one rule).
    static func parameters(_ node: Node, _ what: String, _ decoder: inout NodeDecoder) -> [RuleDefinition.Parameter] {
        var found: [RuleDefinition.Parameter] = []
        for (name, value) in decoder.entries(node, of: .key(what)) ?? [] {
            guard NameSyntax.isName(name.value) else {
                decoder.schema(.notName(field: what, found: name.value), at: name.mark)
                continue
            }
            if let parameter = parameterValue(value, "\(what).\(name.value)", &decoder) {
                found.append(RuleDefinition.Parameter(name: name, value: parameter))
            }
        }
        return found
    }

    /// A number, a bool, a date, a text (a quoted scalar is always text), or
    /// a list of numbers or of texts.
    private static func parameterValue(_ node: Node, _ what: String, _ decoder: inout NodeDecoder) -> Value? {
        if let scalar = node.scalar {
            guard node.scalarStyle == .plain else { return decoder.text(node, what).map { .string($0.value) } }
            if let number = NumberText.parse(scalar) { return .number(number) }
            if scalar == "true" || scalar == "false" { return .bool(scalar == "true") }
            if let date = LocalDate(scalar) { return .date(date) }
            return decoder.text(node, what).map { .string($0.value) }
        }
        if let items = node.sequence {
            var values: [Value] = []
            for item in items where item.scalar != nil {
                if let value = parameterValue(item, what, &decoder) { values.append(value) }
            }
            let allNumbers = values.allSatisfy { if case .number = $0 { true } else { false } }
            let allTexts = values.allSatisfy { if case .string = $0 { true } else { false } }
            if values.count == items.count && (allNumbers || allTexts) { return .list(values) }
        }
        decoder.schema(.parameterValue(field: what), at: node.mark)
        return nil
    }

    private static let overrideKeys = ["rule", "severity", "params", "effective", "basis", "message", "disabled"]

    /// One entry of `overrides:` (SPEC §10): the rule it changes and the fields it sets.
    private mutating func decodeOverride(_ node: Node) -> RuleOverride? {
        guard let f = decoder.fields(node, of: .key("overrides"), allowed: Self.overrideKeys, required: ["rule"]) else {
            return nil
        }
        guard let rule = identifier(f["rule"], "overrides.rule") else { return nil }
        var change = RuleOverride(rule: rule, file: decoder.file)
        var complete = true
        func take<T>(_ key: String, _ read: (inout Self, Node) -> T?) -> Located<T>? {
            guard let node = f[key] else { return nil }
            guard let value = read(&self, node) else {
                complete = false
                return nil
            }
            return Located(value, at: node.mark)
        }
        change.severity = take("severity") { $0.decoder.choice($1, "overrides.severity", Severity.self)?.value }
        change.effective = take("effective") { $0.period($1, "overrides.effective") }
        change.basis = take("basis") { $0.decoder.text($1, "overrides.basis")?.value }
        change.disabled = take("disabled") { $0.decoder.bool($1, "overrides.disabled")?.value }
        if let node = f["message"] {
            let nodes = message(node)
            if nodes.isEmpty { complete = false } else { change.message = Located(nodes, at: node.mark) }
        }
        if let node = f["params"] { change.params = Self.parameters(node, "overrides.params", &decoder) }
        return complete ? change : nil
    }

    // MARK: Definitions

    private mutating func decodeDefinition(_ key: Located<String>, _ node: Node) -> DefinitionSource? {
        guard let (name, parameters) = NameSyntax.signature(key.value) else {
            decoder.report(.schema, .rules(.definitionKey(key.value)), at: key.mark, keyPath: "define")
            return nil
        }
        guard let body = expression(node, "define.\(name)") else { return nil }
        return DefinitionSource(name: Located(name, at: key.mark), parameters: parameters, body: body, file: decoder.file)
    }

    /// An expression's text, each character with its place in the file.
    private mutating func expression(_ node: Node, _ what: String) -> LocatedText? {
        // `assert: !traits.x` is a YAML tag `!traits.x` on an empty value, not
        // a negation: say so rather than "empty".
        if let tag = node.tag, tag.hasPrefix("!") {
            decoder.schema(
                .expressionIsTag(
                    field: what, tag: tag, quoted: tag + (node.scalar.map { $0.isEmpty ? "" : " " + $0 } ?? "")),
                at: node.mark)
            return nil
        }
        return decoder.text(node, what).map { _ in ExpressionLocator.located(node, in: source) }
    }

    /// A message is text, or a map of languages to text (`{vi: …, en: …}`).
    private mutating func message(_ node: Node) -> [String: LocatedText] {
        if node.scalar != nil {
            guard decoder.text(node, "rules.message") != nil else { return [:] }
            return ["": ExpressionLocator.located(node, in: source)]
        }
        var result: [String: LocatedText] = [:]
        for (language, value) in decoder.entries(node, of: .key("rules.message")) ?? [] {
            guard ["vi", "en"].contains(language.value) else {
                decoder.schema(.unknownMessageLanguage(language.value), at: language.mark)
                continue
            }
            if decoder.text(value, "rules.message.\(language.value)") != nil {
                result[language.value] = ExpressionLocator.located(value, in: source)
            }
        }
        return result
    }
}
