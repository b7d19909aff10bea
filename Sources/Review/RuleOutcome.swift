import RuleLanguage
import Vocabulary

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

    /// The rule on one item, spending from `budget` (the rule's budget on
    /// the item); `lets` holds the rule's `let` values for the item, `shared`
    /// the run's values of what reads nothing of the item.
    static func evaluate(
        _ rule: CompiledRule, in environment: Record, lets: LetValues?, shared: SharedValues?,
        budget: inout EvaluationBudget
    ) -> RuleOutcome {
        if let when = rule.when {
            switch truth(when, environment, lets, shared, budget: &budget) {
            case .failure(let error): return .error(error, when)
            case .success(false): return .notApplicable
            case .success(true): break
            }
        }
        switch truth(rule.assert, environment, lets, shared, budget: &budget) {
        case .failure(let error): return .error(error, rule.assert)
        case .success(let holds): return holds ? .holds : .fails
        }
    }

    /// A bool expression's value; null (an optional bool) is an error.
    static func truth(
        _ expression: CompiledExpression, _ environment: Record, _ lets: LetValues?, _ shared: SharedValues?,
        budget: inout EvaluationBudget
    ) -> Result<Bool, EvaluationError> {
        do {
            switch try expression.evaluate(environment, lets: lets, shared: shared, budget: &budget) {
            case .bool(let value): return .success(value)
            default:
                return .failure(
                    EvaluationError(
                        .evaluation(.nullTruth(expression.source)),
                        range: SourceRange(lowerBound: 0, upperBound: expression.source.unicodeScalars.count)))
            }
        } catch {
            return .failure(error)
        }
    }
}
