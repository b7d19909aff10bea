import Catalog
import Review
import Vocabulary
import YAMLTree

/// An imported procedure written as a catalog file writes one: an item of
/// `procedures:`, block style, the code quoted, durations in their canonical
/// forms, a key only for what the table gave.
public enum ProcedureYAML {
    /// The procedure's lines, each ending with a line break, indented as an
    /// item of a top-level `procedures:` list.
    public static func item(_ row: ImportedRow, lineBreak: String = "\n") -> String {
        func scalar(_ text: String) -> String { ScalarWriting.scalar(text) }
        var lines = ["  - code: " + ScalarWriting.scalar(row.code, alwaysQuote: true), "    name: " + scalar(row.name)]
        if let level = row.level { lines.append("    level: " + level.rawValue) }
        if let dossiers = row.dossiers { lines.append("    dossiers_per_year: \(dossiers)") }
        if let basis = row.legalBasis, !basis.isEmpty {
            lines.append("    legal_basis:")
            lines += basis.map { "      - " + scalar($0) }
        }
        if let legal = row.legal {
            var deadline = "    deadline: { legal: " + duration(legal)
            if let current = row.current { deadline += ", current: " + duration(current) }
            if let proposed = row.proposed { deadline += ", proposed: " + duration(proposed) }
            lines.append(deadline + " }")
        }
        if let agency = row.agency { lines.append("    agency: " + scalar(agency)) }
        if let decision = row.decision { lines.append("    decision: " + scalar(decision)) }
        let traits = [("interagency", row.interagency), ("field_inspection", row.fieldInspection)]
            .compactMap { name, flag in flag.map { "\(name): \($0)" } }
        if !traits.isEmpty { lines.append("    traits: { " + traits.joined(separator: ", ") + " }") }
        if let flag = row.fourOnSpot { lines.append("    four_on_spot: \(flag)") }
        if let note = row.note { lines.append("    note: " + scalar(note)) }
        return lines.map { $0 + lineBreak }.joined()
    }

    /// A new catalog file for a sector the catalog does not have yet.
    public static func file(sectorID: String, sectorName: String, items: [ImportedRow]) -> String {
        "sector:\n  id: \(sectorID)\n  name: \(ScalarWriting.scalar(sectorName))\nprocedures:\n"
            + items.map { item($0) }.joined()
    }

    /// A duration in its canonical form, quoted where it is not a bare number.
    static func duration(_ duration: Duration) -> String {
        switch duration.kind {
        case .workingDays: return NumberText.format(duration.days)
        case .calendarDays: return "\"" + calendar(duration.days) + "\""
        }
    }

    /// `15 calendar days`, `1 calendar day`.
    static func calendar(_ days: Double) -> String {
        "\(NumberText.format(days)) calendar \(days == 1 ? "day" : "days")"
    }
}
