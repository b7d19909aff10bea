import Vocabulary

/// The entry point: source text to compiled expressions and templates.
public enum RuleCompiler {
    /// Parses and type-checks `source` against `scope` (a record type whose
    /// fields are the names in scope) and compiles it once into a closure tree.
    /// `expecting: .bool` makes a non-bool (or optional bool) expression an
    /// error "the expression must be a bool, found number".
    /// `names` adds the rule's `let`s and the shared definitions.
    public static func compile(
        _ source: String, in scope: RecordType, expecting: ValueType? = nil, names: RuleNames = RuleNames()
    ) throws(LanguageError) -> CompiledExpression {
        let text = SourceText(source)
        return try compile(
            text, SourceRange(lowerBound: 0, upperBound: text.count), in: scope, expecting: expecting, names: names)
    }

    /// A message with `{expression}` holes (`{{` and `}}` write literal braces),
    /// each hole compiled like above. Ranges in errors are offsets into the
    /// whole template text.
    public static func compileTemplate(
        _ source: String, in scope: RecordType, names: RuleNames = RuleNames()
    ) throws(LanguageError) -> CompiledTemplate {
        try CompiledTemplate(source, in: scope, names: names)
    }

    /// Compiles the span `range` of `text`; ranges stay offsets into `text`.
    static func compile(
        _ text: SourceText, _ range: SourceRange, in scope: RecordType, expecting: ValueType?, names: RuleNames
    ) throws(LanguageError) -> CompiledExpression {
        let syntax = try Parser.parse(text, range: range)
        var checker = TypeChecker(scope: scope, text: text, names: names)
        let root = try checker.check(syntax)
        if let expecting {
            let fits = ValueType.unify(root.type, expecting) == expecting && (expecting.isOptional || !root.type.isOptional)
            guard fits else {
                throw LanguageError(
                    .type(.expressionType(expected: expecting.description, found: root.type.description)), range: root.range)
            }
        }
        return CompiledExpression(source: text.slice(range), root: root, scope: scope)
    }
}

extension RuleCompiler {
    /// The names of the language's functions and macros: a definition may not take one.
    public static var functionNames: Set<String> { Set(Function.signatures.keys) }
    public static var macroNames: Set<String> { Set(Macro.allCases.map(\.rawValue)) }
}
