import Review
import Vocabulary

/// A word, heading or sentence that `check`, `diff`, `explain`, `rules` and
/// `test` print around the messages: an identifier with typed arguments,
/// worded in English or Vietnamese only by `CheckLabelText`, as a `Message` is
/// by `MessageText`. Words that are a label and an identifier from a file
/// side by side (`sector tu-phap`, `added 1.000001`) are the label alone: each
/// format shows the identifier its own way (bare in text, code in Markdown).
enum CheckLabel: Hashable, Sendable {
    /// The counts a check's summary line gives.
    struct Tally: Hashable, Sendable {
        var files: Int
        var sectors: Int
        var procedures: Int
        var plan: String
        var asOf: LocalDate
        var errors: Int
        var warnings: Int
        var infos: Int
        /// Findings the baseline hid, when a baseline was given.
        var suppressed: Int?

        init(_ report: CheckReport) {
            files = report.files
            sectors = report.sectors
            procedures = report.procedures
            plan = report.plan
            asOf = report.asOf
            errors = report.count(.error)
            warnings = report.count(.warning)
            infos = report.count(.info)
            suppressed = report.suppressed
        }
    }

    // check, text (and the summary line of github).
    /// After a related place: `note: related location`.
    case relatedLocation
    /// Before a rule's legal basis (also in `rules`).
    case basis
    /// `tthc rules`: the parameters of a rule, and what overrides changed.
    case parameters
    case overridden
    case disabledBy(String)
    /// Before a sector's id (also `explain`'s header and `diff`'s first column).
    case sector
    /// "237 procedures checked against PLAN as of DATE: 2 errors, …".
    case summary(Tally)

    // check, markdown.
    case heading
    case severityColumn
    case locationColumn
    case ruleColumn
    case messageColumn
    case subjectColumn
    case noFindings
    /// Before a related place in the location cell.
    case related
    /// Before a rule's legal basis in the message cell.
    case basisTitle
    /// The summary as a sentence: the plan as code, the errors in bold.
    case markdownSummary(Tally)

    // diff.
    /// The text title, before the base: `Changes since HEAD`.
    case changesSince
    /// The Markdown heading, before the base.
    case catalogChangesSince
    case proceduresSection
    case noProcedureChanged
    /// Before a procedure's code.
    case added
    case removed
    case changed
    case planFigures
    case before
    case after
    case total
    case withCut
    case legalDays
    case daysCut
    case reductionRate
    case fourOnTheSpotShare
    case newFindings
    case none

    // explain.
    /// Before the rule a waiver names.
    case waiverOf
    /// The last day of a waiver.
    case waiverUntil(LocalDate)
    case expired
    case doesNotApply
    case holds
    case failsWaived
    case fails
    /// Before the error of a rule that could not be evaluated.
    case ruleError
    /// A sub-expression of a macro's body, evaluated once per element.
    case evaluatedTimes(Int)
    /// Before the error of a sub-expression.
    case valueError

    // rules.
    case effective
    case period(DatePeriod)
    case rulesInForce(Int)

    // test.
    case pass
    case fail
    case couldNotRun
    case invalidRules
    case expectedNotFound
    case foundNotExpected
    case onProcedure(String)
    case onSector(String)
    case onCatalog

    // test --coverage.
    case coverageRuleColumn
    case coverageFiredColumn
    case coverageHeldColumn
    case coverageTestsColumn
    /// No test reaches the rule.
    case untested
    /// Tests reach the rule but none makes it fire.
    case neverFires
    /// Tests reach the rule but in none does its assert hold.
    case neverHolds
    /// "16 of 18 rules in force fire and hold in some test (88.9%)".
    case coverageSummary(covered: Int, rules: Int, percent: Double)
    /// The line on standard error when `--min-coverage` is not met.
    case coverageBelowMinimum(covered: Int, rules: Int, percent: Double, minimum: Int)
}
