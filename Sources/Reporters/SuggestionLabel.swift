import Catalog
import Review

/// The words of `tthc suggest`'s output, as values (`SuggestionLabelText`
/// renders them in English or Vietnamese).
enum SuggestionLabel: Equatable {
    case title(plan: String)
    case code, name, field, change, why
    /// One target's line: its value, before and after, reached or why not.
    case outcome(SuggestedChanges.Outcome, changes: Int)
    /// Why a target cannot be reached, on its own.
    case obstacle(SuggestedChanges.Outcome)
    case reason(SuggestedChanges.Reason, after: SuggestedChanges.FieldValue?)
    case stepsFollow
    case declaredTotal(sector: String)
    case citizenDays(before: Double, after: Double)
    case nothingToChange
    case written(files: Int)
    case notWritten
}
