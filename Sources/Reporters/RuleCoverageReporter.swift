import Review
import Vocabulary

/// `tthc test --coverage` (SPEC §11): per rule in force, the tests that made it
/// fire, saw it hold and reach it, as a table or as JSON; and the line that
/// says `--min-coverage` is not met.
public enum RuleCoverageReporter {
    /// The table that follows the tests' pass and fail lines, then how many
    /// rules are covered.
    public static func text(_ coverage: RuleCoverage, language: Language = .en) -> String {
        func say(_ label: CheckLabel) -> String { CheckLabelText.render(label, in: language, medium: .terminal) }
        let count = { (n: Int) in language.numberStyle.format(Double(n)) }
        var table = TextTable([
            .init(title: say(.coverageRuleColumn)),
            .init(title: say(.coverageFiredColumn), alignment: .right),
            .init(title: say(.coverageHeldColumn), alignment: .right),
            .init(title: say(.coverageTestsColumn), alignment: .right),
            .init(title: ""),
        ])
        for rule in coverage.rules {
            // What keeps the rule from counting as covered, so the reader knows which test to write.
            let note =
                rule.tests == 0
                ? say(.untested)
                : [rule.fired == 0 ? say(.neverFires) : nil, rule.held == 0 ? say(.neverHolds) : nil]
                    .compactMap { $0 }.joined(separator: ", ")
            // Ids come from rules/: shown harmless (SPEC §8.6).
            table.add([HarmlessText.escape(rule.id), count(rule.fired), count(rule.held), count(rule.tests), note])
        }
        let summary = say(
            .coverageSummary(covered: coverage.covered, rules: coverage.rules.count, percent: coverage.percent))
        return "\n" + table.render() + summary + "\n"
    }

    /// `{"rules": [{"id", "fired", "held", "tests"}]}`, rules in the order rules/ lists them.
    public static func json(_ coverage: RuleCoverage) -> String {
        JSONValue.object([
            (
                "rules",
                .array(
                    coverage.rules.map { rule in
                        .object([
                            ("id", .string(rule.id)), ("fired", .number(Double(rule.fired))),
                            ("held", .number(Double(rule.held))), ("tests", .number(Double(rule.tests))),
                        ])
                    })
            )
        ]).serialized()
    }

    /// The line for standard error when fewer than `minimum` percent of the
    /// rules both fire and hold in some test.
    public static func shortfall(_ coverage: RuleCoverage, minimum: Int, language: Language = .en) -> String {
        CheckLabelText.render(
            .coverageBelowMinimum(
                covered: coverage.covered, rules: coverage.rules.count, percent: coverage.percent, minimum: minimum),
            in: language, medium: .terminal)
    }
}
