import Office
import Review

/// Why a run could not be made (exit 2): an identifier with its typed
/// arguments, as `Message` is for findings. The words, English or Vietnamese,
/// are chosen once, where the failure is printed (`RunMessageText`), with every
/// argument escaped for the terminal.
enum RunMessage: Sendable, Equatable {
    // MARK: Arguments and the environment

    /// `--as-of` that is not a date `YYYY-MM-DD`.
    case asOfNotADate(String)
    /// `report --date` that is neither `YYYY-MM-DD` nor `DD/MM/YYYY`.
    case decisionDateNotADate(String)
    /// A binary format (`xlsx`, `docx`) with no `--output`, standard output a terminal.
    case binaryToTerminal(format: String)
    /// `--jobs` below 1.
    case jobsBelowOne(Int)
    /// `test --min-coverage` outside 0–100.
    case minCoverageOutOfRange(Int)
    /// `test --format json` without `--coverage`: only the coverage has a JSON form.
    case formatNeedsCoverage
    /// An evaluation budget variable that is not a whole number of at least 1.
    case budgetSetting(variable: String, found: String)
    /// `--only` or `--disable` naming no rule of the rules directory.
    case unknownRule(String, rules: String)
    /// `explain --rule` naming no rule in force, with the closest one.
    case ruleNotInForce(String, suggestion: String?)
    /// `explain CODE` matching no procedure.
    case noProcedure(code: String, catalog: String)
    /// `explain CODE` matching several procedures; the details list them.
    case ambiguousCode(String, count: Int)

    // MARK: Directories

    case catalogDirectoryMissing(String)
    /// `--catalog` naming a file.
    case catalogIsAFile(String)
    case rulesDirectoryMissing(String)
    /// A PATH given on the command line that does not exist.
    case pathMissing(String)
    case ruleTestsMissing(String)
    /// The rules directory holds errors; the details list them.
    case rulesInvalid(directory: String)
    /// The rule tests hold errors; the details list them.
    case ruleTestsInvalid
    /// No plan, or not exactly one, can be chosen for the run.
    case planSelection(PlanSelectionError)

    // MARK: Files

    case cannotList(directory: String, SystemError)
    case cannotRead(String, SystemError)
    case notRegularFile(String)
    case cannotWriteOutput(String, SystemError)
    case cannotWriteStandardOutput(SystemError)

    // MARK: The baseline

    case baselineTooLarge(String, size: Int, limit: Int)
    case baselineUnreadable(String)
    case baselineNotJSON(String)
    /// A finding (counted from 1) without a fingerprint: an older tthc wrote it.
    case baselineWithoutFingerprint(String, finding: Int)

    // MARK: Figures and git

    /// A figure of the plan past what a number holds.
    case figureOverflow(FigureOverflow)
    /// `diff` could not read its base from git.
    case git(GitMessage)

    // MARK: Import

    /// A file `import` reads that is neither `.xlsx` nor `.csv`.
    case notATable(String)
    /// A workbook or CSV file that cannot be read as a table.
    case tableUnreadable(String, OfficeError)
    /// `--sheet` naming no sheet of the workbook.
    case sheetMissing(file: String, sheet: String, sheets: [String])
    /// A `--mapping` file that is not `columns: {code: "…", …}`.
    case mappingInvalid(String)

    // MARK: Suggest

    /// `--depth` that is not a rate above 0 and below 1.
    case depthOutOfRange(String)
    /// `--max-changes` below 1.
    case maxChangesBelowOne(Int)
    /// No target asked for is set by the plan on the run's date.
    case noTargetInForce(targets: [String], plan: String)
    /// Some of the catalog could not be read: no figure to draft against.
    case suggestIncomplete(files: Int)
    /// The draft could not be written into a file as drafted.
    case suggestionNotWritable(String)
}
