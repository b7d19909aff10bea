import Review
import Vocabulary

/// `tthc test`: each test with pass or fail, the difference on failure, and
/// the closing `N passed, N failed`.
public enum RuleTestReporter {
    public static func text(_ results: [RuleTestResult], language: Language = .en) -> String {
        func say(_ label: CheckLabel) -> String { CheckLabelText.render(label, in: language, medium: .terminal) }
        // Names, files and messages come from the test files and the rules: shown harmless (SPEC §8.6).
        let shown = { (text: String) in HarmlessText.escape(text) }
        var out = ""
        for result in results {
            out += "\(say(result.passed ? .pass : .fail)) \(shown(result.test.name)) "
                + "(\(shown(result.test.file)):\(result.test.mark))\n"
            switch result.error {
            case .plan(let error)?:
                out += "    \(say(.couldNotRun)): \(PlanSelectionText.render(error, in: language, medium: .terminal))\n"
            case .rules(let findings)?:
                let first = findings.first.map {
                    "\(shown($0.location.description)): \(MessageText.render($0.message, in: language, medium: .terminal))"
                }
                out += "    \(say(.couldNotRun)): \(first ?? say(.invalidRules))\n"
            case nil: break
            }
            for missing in result.missing {
                let about =
                    missing.procedure.map { say(.onProcedure($0)) } ?? missing.sector.map { say(.onSector($0)) }
                    ?? say(.onCatalog)
                let severity = missing.severity.map { " (\(SeverityText.word($0, language)))" } ?? ""
                let containing = missing.messageContains.map { ": …\(shown($0))…" } ?? ""
                out += "    \(say(.expectedNotFound)): \(shown(missing.rule)) \(about)\(severity)\(containing)\n"
            }
            for finding in result.unexpected {
                let about =
                    finding.procedure.map { " " + say(.onProcedure($0)) } ?? finding.sector.map { " " + say(.onSector($0)) }
                    ?? ""
                out += "    \(say(.foundNotExpected)): \(shown(finding.rule))\(about): "
                    + "\(MessageText.render(finding.message, in: language, medium: .terminal))\n"
            }
        }
        // Not a label: CI tools parse this line, so it is the same in every language, numbers plain.
        let failed = results.count { !$0.passed }
        out += "\(results.count - failed) passed, \(failed) failed\n"
        return out
    }
}
