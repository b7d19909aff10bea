import Review

/// `tthc test`: each test with pass or fail, the difference on failure, and
/// the closing `N passed, N failed`.
public enum RuleTestReporter {
    public static func text(_ results: [RuleTestResult]) -> String {
        var out = ""
        for result in results {
            out += "\(result.passed ? "pass" : "FAIL") \(result.test.name) (\(result.test.file):\(result.test.mark))\n"
            switch result.error {
            case .plan(let error)?: out += "    could not run: \(PlanSelectionText.render(error, in: .en))\n"
            case .rules(let findings)?:
                let first = findings.first.map { "\($0.location): \(MessageText.render($0.message, in: .en))" }
                out += "    could not run: \(first ?? "invalid rules")\n"
            case nil: break
            }
            for missing in result.missing {
                out += "    expected, not found: \(missing)\n"
            }
            for finding in result.unexpected {
                let about = finding.procedure.map { " on procedure \($0)" } ?? finding.sector.map { " on sector \($0)" } ?? ""
                out += "    found, not expected: \(finding.rule)\(about): \(MessageText.render(finding.message, in: .en))\n"
            }
        }
        let failed = results.count { !$0.passed }
        out += "\(results.count - failed) passed, \(failed) failed\n"
        return out
    }
}
