/// The findings of the review that rules/ does not word: duplicates across
/// files, waivers, and rules that could not be evaluated.
public enum ReviewMessage: Hashable, Sendable {
    /// What a rule was evaluated on.
    public enum Item: Hashable, Sendable {
        case procedure(String)
        case sector(String)
        case catalog
    }

    /// The budget a rule ran out of on one item, with its size.
    public enum Budget: Hashable, Sendable {
        case steps(Int)
        case bytes(Int)
    }

    case duplicateSector(String)
    case duplicateCode(String)
    case waiverUnknownRule(String, suggestion: String?)
    /// A waiver of a sector or catalog rule: waivers apply to procedure rules only.
    case waiverNotProcedureRule(String, scope: String)
    case waiverExpired(String, on: LocalDate)
    case waiverUnused(String)
    case ruleError(rule: String, item: Item, error: ExpressionMessage)
    /// A rule stopped by its evaluation budget on one item (while writing its
    /// message when `inMessage`).
    case ruleStopped(rule: String, item: Item, budget: Budget, inMessage: Bool)
    /// A rule without a message: its assertion, and why its message failed if it has one.
    case ruleFails(assert: String, messageError: ExpressionMessage?)
    /// A rule whose message could not be written: its description instead.
    case ruleDescription(String, messageError: ExpressionMessage?)
}

/// Errors in rules/ that stop the run (exit 2), beside schema and syntax ones.
public enum RulesMessage: Hashable, Sendable {
    public enum IDKind: Hashable, Sendable {
        case plan, rule, definition
    }

    /// What already owns a name a `define` or `let` would take.
    public enum NameOwner: Hashable, Sendable {
        case function, macro, field, definition
    }

    case traitDeclaredTwice(String, first: Location)
    case idUsedTwice(IDKind, String, first: Location)
    case ruleIDIsBuiltin(String)
    /// A rule test names a rule (in `only`, `ignore` or `expect`) that is not in force anywhere.
    case unknownRuleInTest(String, suggestion: String?)
    /// An expression of rule `rule` that does not parse or type-check.
    case inRule(String, ExpressionMessage)
    /// An error in the text of a `define:` entry, found when a rule (if any) used it.
    case inDefinition(String, usedBy: String?, ExpressionMessage)
    /// A `define:` key that is neither `name` nor `name(a, b)`.
    case definitionKey(String)
    /// An override names a rule that no rules file defines.
    case overrideUnknownRule(String, suggestion: String?)
    /// Two overrides set one field (`severity`, `params.NAME`…) of one rule.
    case overriddenTwice(rule: String, field: String, first: Location)
    /// An override sets a parameter the rule does not declare.
    case unknownParameter(rule: String, String, suggestion: String?)
    /// An override (or a test) gives a parameter another kind of value than the rule declares.
    case parameterKind(rule: String, String, expected: String, found: String)
    /// Two plans (or dates) give one target different kinds: `number`, `text`, `texts`, `bySector`.
    case targetKindsDiffer(String, first: String, found: String)
    /// A `define:` or `let:` name that is already a name of the language or the scope.
    case nameTaken(String, by: NameOwner)
}
