import Catalog
import Review
import Vocabulary

/// `tthc suggest`'s table (SPEC §12): each target's line, then code, name,
/// field, before → after and why for every change — the steps that follow a
/// deadline and the declared totals kept in step on rows of their own — and
/// the citizen-days saved where dossiers are recorded.
public struct SuggestionTextReporter: Sendable {
    let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ suggestion: SuggestedChanges, plan: String) -> String {
        func say(_ label: SuggestionLabel) -> String { SuggestionLabelText.render(label, in: language) }
        var out = say(.title(plan: plan)) + "\n\n"
        for outcome in suggestion.outcomes {
            let changes = suggestion.changes.filter { $0.field == outcome.target.field }.count
            out += say(.outcome(outcome, changes: changes)) + "\n"
        }
        guard !suggestion.changes.isEmpty else {
            if suggestion.reached { out += "\n" + say(.nothingToChange) + "\n" }
            return out
        }
        var table = TextTable([
            .init(title: say(.code)), .init(title: say(.name), maxWidth: 40), .init(title: say(.field)),
            .init(title: say(.change)), .init(title: say(.why), maxWidth: 48),
        ])
        let style = language.numberStyle
        for change in suggestion.changes {
            table.add([
                HarmlessText.escape(change.code), HarmlessText.escape(change.name), change.field,
                Self.value(change.before, style) + " → " + Self.value(change.after, style),
                say(.reason(change.reason, after: change.after)),
            ])
            for step in change.steps {
                table.add([
                    "", "", "steps[\(step.index)].days",
                    Self.days(step.before, style) + " → " + Self.days(step.after, style), say(.stepsFollow),
                ])
            }
        }
        for total in suggestion.declared {
            table.add([
                "", "", "sector.declared.\(total.field)",
                Self.total(total.before, total.field, style) + " → " + Self.total(total.after, total.field, style),
                say(.declaredTotal(sector: total.sector)),
            ])
        }
        out += "\n" + table.render()
        if let citizen = suggestion.citizenDaysSaved {
            out += "\n" + say(.citizenDays(before: citizen.before, after: citizen.after)) + "\n"
        }
        return out
    }

    /// The line after `--write`: how many files took the changes, or that
    /// none did because a target is out of reach.
    public func written(files: Int?) -> String {
        SuggestionLabelText.render(files.map { .written(files: $0) } ?? .notWritten, in: language) + "\n"
    }

    private static func value(_ value: SuggestedChanges.FieldValue?, _ style: NumberStyle) -> String {
        switch value {
        case .duration(let duration)?: days(duration, style)
        case .flag(let flag)?: flag ? "true" : "false"
        case nil: "—"
        }
    }

    private static func days(_ duration: Duration, _ style: NumberStyle) -> String {
        ReportNumbers.deadline(duration, mark: "cd", style)
    }

    private static func total(_ value: Double, _ field: String, _ style: NumberStyle) -> String {
        field == "rate" ? style.localize(String(format: "%.4f", value)) : style.format(value)
    }
}
