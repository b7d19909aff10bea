import Catalog
import Review
import Vocabulary

/// A heading, column title or sentence of the plan report (`tthc report` in
/// text, Markdown, CSV and HTML): an identifier with typed arguments, worded
/// in English or Vietnamese only by `ReportLabelText`, as a `Message` is by
/// `MessageText`. JSON keys are not labels: SPEC §5.2 fixes them.
enum ReportLabel: Hashable, Sendable {
    // Title and plan.
    case title
    case plan
    case planName
    case asOf
    /// `as of` inside a line: "Plan x, as of 2026-11-26".
    case asOfInline
    case targetsInForce
    case targetName
    /// The target's key in rules/ (`reduction_rate`).
    case key
    case value
    /// The unit column of a spreadsheet: `%` or `daysUnit`.
    case unit
    case daysUnit

    // Figures.
    case totals
    case sectors
    /// The sectors' section title with how many there are: "Sectors (11)".
    case sectorsSection(count: Int)
    case agencies
    /// The agencies' section title with how many there are: "Agencies (11)".
    case agenciesSection(count: Int)
    /// The column of the body that carries a procedure out.
    case agency
    case total
    case level
    case sector
    case sectorID
    case procedures
    case withCut
    case legalDays
    case proposedDays
    case cutDays
    case reductionRate
    case fourOnTheSpot
    case fourOnTheSpotShare
    case citizenDaysSaved
    case levelName(Level)

    // Targets.
    case targets
    case target
    case scope
    case targetValue
    case actual
    case met
    /// A comparison's verdict: met or not met.
    case verdict(met: Bool)
    case scopeName(PlanReport.Scope)
    /// A target's readable name; a target this table does not know keeps its key.
    case targetTitle(String)
    /// `procedure_cut_rate`: "128 of 130 cuts on legal deadlines of 3 days or
    /// more reach it; the lowest is shown".
    case cutScopeSummary(reaching: Int, inScope: Int, minDays: Double?)

    // The reduction list (annex).
    case reductionList
    /// The list's section title with its length: "Reduction list (140)".
    case reductionListSection(count: Int)
    case stt
    case code
    case name
    case legalDeadline
    case proposedDeadline
    case daysCut
    case rate
    case legalBasis
    /// Marks a deadline in calendar days, after the number.
    case calendarDaysMark
    /// Explains `calendarDaysMark` under the list.
    case calendarDaysNote
    case noReductionList

    // The 4-on-the-spot list (Phụ lục II).
    case fourOnTheSpotList
    /// The list's section title with its length: "4-on-the-spot list (77)".
    case fourOnTheSpotListSection(count: Int)
    /// Proposed, else current, else legal.
    case deadlineInForce
    case noFourOnTheSpotList

    /// Shown where a figure has no value (a rate with no legal days).
    case none

    // HTML headline cards.
    /// "861 of 2325 legal days cut on 140 procedures".
    case reductionDetail(cutDays: Double, legalDays: Double, procedures: Int)
    /// "77 of 237 procedures on the list".
    case shareDetail(onList: Int, procedures: Int)
    /// Under "11 / 11": "sectors with a cut reach 20.00%".
    case sectorsDetail(target: Double)

    // HTML charts.
    case reductionChart
    case fourOnTheSpotChart
    case targetLine

    // The annexes of a decision (XLSX and DOCX).
    /// `Phụ lục I`: the annex's number in Roman numerals.
    case annexNumber(Int)
    /// Phụ lục I's title, in capitals as decisions title it.
    case reductionAnnexTitle
    /// Phụ lục II's title.
    case fourOnTheSpotAnnexTitle
    /// `(Kèm theo Quyết định số … ngày … của Chủ tịch UBND tỉnh …)`; a part not given is `…`.
    case decisionLine(decision: String?, date: LocalDate?, province: String?)
    /// A level's group row: `A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH` (`letter` from 1).
    case annexLevelHeading(letter: Int, Level)
    /// A sector's group row: `I. Lĩnh vực Tư pháp` (`number` from 1 within the level).
    case annexSectorHeading(number: Int, name: String)
    /// The first cell of an annex's total row: `Tổng cộng: 140 TTHC`.
    case annexTotal(procedures: Int)
    /// A note column: why a deadline's days are calendar days.
    case note
    /// The note of a row whose deadline is in calendar days.
    case calendarDaysRow
}
