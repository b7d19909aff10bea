import Review
import Vocabulary

/// `tthc diff --base REF` in text, JSON (SPEC §5.3) and Markdown (fit for a
/// pull-request comment).
public enum DiffReporter {
    public static func json(_ diff: CatalogDiff, language: Language = .en) -> String {
        JSONValue.object([
            ("base", .string(diff.base)),
            ("added", .array(diff.added.map(JSONValue.string))),
            ("removed", .array(diff.removed.map(JSONValue.string))),
            (
                "changed",
                .array(
                    diff.changed.map { change in
                        .object([
                            ("code", .string(change.code)),
                            (
                                "fields",
                                .object(
                                    change.fields.map {
                                        ($0.field, .object([("before", value($0.before)), ("after", value($0.after))]))
                                    })
                            ),
                        ])
                    })
            ),
            (
                "totals",
                .object(
                    [
                        ("before", ReportJSONReporter.totals(diff.before.total, sectors: diff.before.sectors.count)),
                        ("after", ReportJSONReporter.totals(diff.after.total, sectors: diff.after.sectors.count)),
                    ] + incomplete(diff))
            ),
            ("new_findings", .array(diff.newFindings.map { JSONReporter.finding($0, language: language) })),
        ]).serialized()
    }

    /// `"incomplete": {"before"?, "after"?}` beside the totals, when a side
    /// could not all be read.
    private static func incomplete(_ diff: CatalogDiff) -> [(String, JSONValue)] {
        let sides = [("before", diff.beforeIncomplete), ("after", diff.afterIncomplete)].compactMap { side, value in
            value.map { (side, IncompleteNotice.json($0)) }
        }
        return sides.isEmpty ? [] : [("incomplete", .object(sides))]
    }

    public static func text(_ diff: CatalogDiff, language: Language = .en) -> String {
        render(diff, language: language, markdown: false)
    }

    public static func markdown(_ diff: CatalogDiff, language: Language = .en) -> String {
        render(diff, language: language, markdown: true)
    }

    private static func render(_ diff: CatalogDiff, language: Language, markdown md: Bool) -> String {
        func say(_ label: CheckLabel) -> String { CheckLabelText.render(label, in: language) }
        let style = language.numberStyle
        // Text from the catalog and the rules enters the output here: escaped for
        // Markdown as the other Markdown reporters escape it, shown harmless in text.
        func code(_ text: String) -> String { md ? MarkdownText.code(text, inTable: false) : HarmlessText.escape(text) }
        func plain(_ text: String) -> String { md ? MarkdownText.plain(text) : HarmlessText.escape(text) }
        var out = md ? "## \(say(.catalogChangesSince)) \(code(diff.base))\n" : "\(say(.changesSince)) \(plain(diff.base))\n"
        func section(_ title: String) { out += md ? "\n### \(title)\n\n" : "\n\(title)\n" }
        func item(_ text: String) { out += md ? "- \(text)\n" : "  \(text)\n" }

        section(say(.proceduresSection))
        if diff.added.isEmpty && diff.removed.isEmpty && diff.changed.isEmpty {
            item(say(.noProcedureChanged))
        }
        for added in diff.added { item(say(.added) + " " + code(added)) }
        for removed in diff.removed { item(say(.removed) + " " + code(removed)) }
        for change in diff.changed {
            let fields = change.fields.map { "\($0.field): \(text($0.before, style)) → \(text($0.after, style))" }
            item(say(.changed) + " " + code(change.code) + ": " + plain(fields.joined(separator: "; ")))
        }

        section(say(.planFigures))
        for (side, incomplete) in [(say(.before), diff.beforeIncomplete), (say(.after), diff.afterIncomplete)] {
            guard let incomplete else { continue }
            let notice = IncompleteNotice.text(incomplete, language, medium: md ? .markdown(inTable: false) : .terminal)
            out += md ? "> **\(side): \(notice)**\n\n" : "  \(side): \(notice)\n"
        }
        var rows: [[String]] = []
        let afterSectors = Dictionary(diff.after.sectors.map { ($0.sector.id.value, $0.figures) }, uniquingKeysWith: { a, _ in a })
        let beforeSectors = Dictionary(diff.before.sectors.map { ($0.sector.id.value, $0.figures) }, uniquingKeysWith: { a, _ in a })
        var ids = diff.before.sectors.map(\.sector.id.value)
        ids += diff.after.sectors.map(\.sector.id.value).filter { !ids.contains($0) }
        for id in ids {
            rows.append(figuresRow(plain(id), beforeSectors[id], afterSectors[id], style))
        }
        rows.append(figuresRow(say(.total), diff.before.total, diff.after.total, style))
        let header = [
            say(.sector), say(.withCut), say(.legalDays), say(.daysCut), say(.reductionRate), say(.fourOnTheSpotShare),
        ]
        if md {
            out += ReportMarkdownReporter.table(header, alignments: [false] + Array(repeating: true, count: header.count - 1), rows)
        } else {
            for row in rows { out += "  " + row[0] + ": " + zip(header.dropFirst(), row.dropFirst()).map { "\($0) \($1)" }.joined(separator: ", ") + "\n" }
        }

        section(say(.newFindings))
        if diff.newFindings.isEmpty { item(say(.none)) }
        for finding in diff.newFindings {
            let message = MessageText.render(
                finding.message, in: language, medium: md ? .markdown(inTable: false) : .terminal)
            let severity = SeverityText.word(finding.severity, language)
            item("\(code(finding.location.description)): \(severity): \(message) [\(plain(finding.rule))]")
        }
        return out
    }

    /// A row of figures, each `before → after` where they differ, in `style`.
    private static func figuresRow(_ label: String, _ before: Figures?, _ after: Figures?, _ style: NumberStyle) -> [String] {
        func pair(_ f: (Figures) -> String) -> String {
            let a = before.map(f) ?? "–"
            let b = after.map(f) ?? "–"
            return a == b ? a : "\(a) → \(b)"
        }
        return [
            label,
            pair { style.format(Double($0.withCut)) },
            pair { style.format($0.legalDays) },
            pair { style.format($0.cutDays) },
            pair { percent($0.reductionRate, style) },
            pair { percent($0.fourOnTheSpotShare, style) },
        ]
    }

    /// A percent with at most two decimals (`40%`, `37.03%`; `37,03%` in Vietnamese).
    private static func percent(_ ratio: Double?, _ style: NumberStyle) -> String {
        guard let ratio else { return "–" }
        return style.format((ratio * 10_000).rounded() / 100) + "%"
    }

    static func value(_ value: CatalogDiff.FieldValue?) -> JSONValue {
        switch value {
        case nil: .null
        case .number(let n)?: .number(n)
        case .text(let s)?: .string(s)
        case .flag(let b)?: .bool(b)
        case .texts(let list)?: .array(list.map(JSONValue.string))
        }
    }

    /// A field's value for people: numbers in `style` (`0,5` in Vietnamese), the rest as written.
    static func text(_ value: CatalogDiff.FieldValue?, _ style: NumberStyle) -> String {
        switch value {
        case nil: "–"
        case .number(let n)?: style.format(n)
        case .text(let s)?: s
        case .flag(let b)?: String(b)
        case .texts(let list)?: "[" + list.joined(separator: "; ") + "]"
        }
    }
}
