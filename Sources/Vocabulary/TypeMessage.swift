/// Why an expression that parses is refused when the rules load: a name,
/// field, function or macro that does not exist or is misused, operands of
/// the wrong type, an invalid literal date or regular expression (the last two
/// also at run time, when computed). Types are as the language names them
/// (`list of string`, `number or null`); other string arguments are source
/// text, or a function's signature (`round(number, digits) → number`).
public enum TypeMessage: Hashable, Sendable {
    /// What a function's argument should be.
    public enum Expected: Hashable, Sendable {
        case stringOrList, list, numbers, number, digits, string, date, strings
        /// A list of numbers, strings or dates.
        case sortable
        /// An element of the list type named.
        case element(of: String)
    }

    /// Why a regular expression can take exponential time.
    public enum PatternProblem: Hashable, Sendable {
        /// `(a+)+`: a repetition of a group that is only a repetition.
        case nestedRepetition
        /// `(a|aa)*`: a repetition of alternatives that match the same text.
        case overlappingAlternatives
    }

    // Names, fields, indices, lists.
    case listOfOneType(expected: String, found: String)
    case functionAsName(String)
    case unknownName(String, suggestion: String?)
    /// `list.all` without its arguments: the macro, and its receiver.
    case macroAsField(String, receiver: String)
    case memberNeedsRecord(field: String, receiver: String, type: String)
    case unknownField(String, record: String, suggestion: String?)
    case indexNeedsList(receiver: String, type: String)
    case indexNotNumber(type: String)
    case mapKeyNotString(type: String)

    // Operators.
    /// `!` or `not` (as written) on something that is not a bool.
    case notNeedsBool(operator: String, found: String)
    case negateNeedsNumber(found: String)
    case conditionNotBool(found: String)
    case branchesDiffer(String, String)
    /// `&&`/`||` (or `and`/`or`) on something that is not a bool.
    case logicNeedsBools(operator: String, found: String)
    /// `-`, `*`, `/`, `%` on something that is not a number.
    case arithmeticNeedsNumbers(operator: String, found: String)
    case additionNeedsSameType(String, String)
    case additionNeedsNumbersOrStrings(found: String)
    case orderNeedsOrdered(operator: String, found: String)
    /// `<`, `==`… between values of two types.
    case comparisonOfOneType(operator: String, String, String)
    case inNeedsList(found: String)
    /// `x in text`: a text on the right, and the call that looks for a substring.
    case inOnText(found: String, text: String, part: String)
    case inElementType(found: String, element: String)

    // Macros.
    case functionAsMethod(String, receiver: String)
    case unknownMethod(String, suggestion: String?)
    case macroArguments(String)
    case macroVariable(String)
    case macroNeedsList(String, receiver: String, type: String)
    case predicateNotBool(String, found: String)
    /// A literal compared with an enum field that is not among its values.
    case notAmongValues(String, field: String, values: [String], suggestion: String?)
    /// The expression of `L.sum(x, e)` is not a number.
    case sumNotNumber(found: String)

    // Functions.
    case macroAsFunction(String)
    case fieldAsFunction(String)
    case unknownFunction(String, suggestion: String?)
    case arity(String, expected: Int, found: Int, signature: String)
    case hasNeedsPath(signature: String)
    case argument(function: String, expected: Expected, found: String, signature: String)

    // Literals.
    case notDate(String)
    case invalidPattern(String)
    /// The whole pattern, the fragment at fault, and why.
    case exponentialPattern(String, fragment: String, PatternProblem)

    // Definitions and lets.
    /// A definition that uses itself: the chain of uses back to it.
    case recursiveDefinition([String])
    /// Definitions that use one another more than `limit` levels deep.
    case definitionsTooDeep(limit: Int)

    /// A `when` or `assert` that is not a bool.
    case expressionType(expected: String, found: String)
}
