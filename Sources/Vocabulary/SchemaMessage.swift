/// Why a value of a catalog, rules or rule-test file does not fit its schema.
/// `field` arguments are key paths as the file writes them (`deadline.legal`).
public enum SchemaMessage: Hashable, Sendable {
    /// What a mapping stands for, in messages about its keys.
    public enum Part: Hashable, Sendable {
        case catalogFile, procedure, step, waiver, rulesFile, plan, rule, ruleTestFile, test, expectedFinding
        /// A mapping named by its key path (`sector`, `deadline`, `traits`).
        case key(String)
    }

    /// The value a field expects, for messages about a value of the wrong shape.
    public enum Expected: Hashable, Sendable {
        case text, bool, number, duration, date
        case oneOf([String])
    }

    // Structure.
    case emptyCatalogFile
    case oneDocumentPerFile
    case missingProcedures
    case notMapping(Part, found: NodeKind)
    case keyNotName(Part, found: NodeKind)
    case unknownKey(String, in: Part, suggestion: String?, allowed: [String])
    case missingKey(String, in: Part)
    case notList(field: String, found: NodeKind)
    case duplicateKey(String)

    // Scalars.
    case notScalar(field: String, expected: Expected, found: NodeKind)
    case emptyText(field: String)
    case notIdentifier(field: String, found: String)
    /// A name of the rule language (`let`, `params`): letters, digits and `_`.
    case notName(field: String, found: String)
    /// More `let` names than a rule may have.
    case tooManyLets(field: String, limit: Int)
    /// A rule parameter that is not a number, bool, date, text or list of one of them.
    case parameterValue(field: String)
    /// `yes`, `có`, `x`…: `suggestion` is the boolean that was probably meant.
    case notBool(field: String, found: String, suggestion: Bool?)
    case notNumber(field: String, found: String)
    /// Not a whole number 0 or more (`dossiers_per_year`).
    case notCount(field: String, found: String)
    case notDuration(field: String, found: String)
    case durationUnknownUnit(field: String, unit: String, found: String, suggestion: String?)
    case durationNotPositive(field: String, found: String)
    case notDate(field: String, found: String)
    case notOneOf(field: String, found: String, allowed: [String], suggestion: String?)
    /// `proposed: 0,5` inside `{ }`, which YAML splits at the comma.
    case decimalCommaSplit(field: String, whole: String, fraction: String)
    /// A non-breaking space, zero-width character, non-ASCII letter… in a code
    /// or id: `character` is its code point and Unicode name
    /// (`U+00A0 NO-BREAK SPACE`), `column` where it stands.
    case invisibleCharacter(field: String, character: String, column: Int)
    /// A letter that is not ASCII in a code or id (`đ`, a Cyrillic `а`): it
    /// makes two values that look the same differ.
    case nonASCIILetter(field: String, character: String, column: Int)
    /// A duration with several channels (`Trực tiếp: …; Trực tuyến: …`),
    /// which a catalog file does not take: one deadline per procedure.
    case durationChannels(field: String, found: String)
    case deadlineKindMismatch(field: String, kind: DayKind, legal: DayKind)
    /// A step in another kind of day than the deadline it spends.
    case stepKindMismatch(field: String, kind: DayKind, deadline: DayKind)
    /// Steps in two kinds of day (the deadline could not be read).
    case stepKindsDiffer(field: String, kind: DayKind, first: DayKind)
    case undeclaredTrait(String, suggestion: String?)

    // rules/ files.
    case targetKeyNotDate(field: String, key: String)
    case targetNeedsValue(field: String)
    case periodEndsBeforeStart(field: String, from: LocalDate, until: LocalDate)
    case enumNeedsValues(field: String)
    case enumValuesEmpty(field: String)
    case valuesOnlyForEnum(field: String)
    /// `assert: !x` read by YAML as the tag `!x`; `quoted` is the expression to write.
    case expressionIsTag(field: String, tag: String, quoted: String)
    case unknownMessageLanguage(String)
}
