import RuleLanguage

/// What one rule says about one item.
enum RuleOutcome {
    /// `when` is false: the rule does not concern the item.
    case notApplicable
    case holds
    case fails
    /// An expression could not be evaluated for this item.
    case error(EvaluationError, CompiledExpression)

    /// Whether the outcome is reported: the rule fails, or cannot be evaluated.
    var isFinding: Bool {
        switch self {
        case .notApplicable, .holds: false
        case .fails, .error: true
        }
    }

    static func evaluate(_ rule: CompiledRule, in environment: Record) -> RuleOutcome {
        if let when = rule.when {
            switch truth(when, environment) {
            case .failure(let error): return .error(error, when)
            case .success(false): return .notApplicable
            case .success(true): break
            }
        }
        switch truth(rule.assert, environment) {
        case .failure(let error): return .error(error, rule.assert)
        case .success(let holds): return holds ? .holds : .fails
        }
    }

    /// A bool expression's value; null (an optional bool) is an error.
    static func truth(_ expression: CompiledExpression, _ environment: Record) -> Result<Bool, EvaluationError> {
        do {
            switch try expression.evaluate(environment) {
            case .bool(let value): return .success(value)
            default:
                return .failure(
                    EvaluationError(
                        message: "`\(expression.source)` is null, not true or false",
                        range: SourceRange(lowerBound: 0, upperBound: expression.source.unicodeScalars.count)))
            }
        } catch {
            return .failure(error)
        }
    }
}
