import RuleLanguage

/// The evaluation budget of a run (SPEC §8.7): the standard one, or sizes set
/// in the environment — for tests, and for a catalog far larger than a
/// national one whose catalog rules need more. Read here, at the edge.
enum EvaluationBudgetSetting {
    static let stepsVariable = "TTHC_MAX_EVALUATION_STEPS"
    static let bytesVariable = "TTHC_MAX_EVALUATION_BYTES"

    static func budget(_ environment: [String: String]) throws(RunFailure) -> EvaluationBudget {
        let standard = EvaluationBudget.standard
        return EvaluationBudget(
            steps: try size(environment, stepsVariable) ?? standard.steps,
            bytes: try size(environment, bytesVariable) ?? standard.bytes)
    }

    private static func size(_ environment: [String: String], _ name: String) throws(RunFailure) -> Int? {
        guard let text = environment[name], !text.isEmpty else { return nil }
        guard text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let value = Int(text), value > 0
        else {
            throw RunFailure(.budgetSetting(variable: name, found: text))
        }
        return value
    }
}
