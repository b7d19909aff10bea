import Review
import Vocabulary

/// `tthc test`: each test with pass or fail, the difference on failure, and
/// the closing `N passed, N failed`.
public enum RuleTestReporter {
    public static func text(_ results: [RuleTestResult]) -> String {
        // Names, files and messages come from the test files and the rules: shown harmless (SPEC §8.6).
        let shown = { (text: String) in HarmlessText.escape(text) }
        var out = ""
        for result in results {
            out += "\(result.passed ? "pass" : "FAIL") \(shown(result.test.name)) "
                + "(\(shown(result.test.file)):\(result.test.mark))\n"
            switch result.error {
            case .plan(let error)?: out += "    could not run: \(PlanSelectionText.render(error, in: .en, medium: .terminal))\n"
            case .rules(let findings)?:
                let first = findings.first.map {
                    "\(shown($0.location.description)): \(MessageText.render($0.message, in: .en, medium: .terminal))"
                }
                out += "    could not run: \(first ?? "invalid rules")\n"
            case nil: break
            }
            for missing in result.missing {
                out += "    expected, not found: \(shown(missing.description))\n"
            }
            for finding in result.unexpected {
                let about = finding.procedure.map { " on procedure \($0)" } ?? finding.sector.map { " on sector \($0)" } ?? ""
                out += "    found, not expected: \(shown(finding.rule + about)): "
                    + "\(MessageText.render(finding.message, in: .en, medium: .terminal))\n"
            }
        }
        let failed = results.count { !$0.passed }
        out += "\(results.count - failed) passed, \(failed) failed\n"
        return out
    }
}
