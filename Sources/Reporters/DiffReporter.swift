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
        let say = language.pick
        // Text from the catalog and the rules enters the output here: escaped for
        // Markdown as the other Markdown reporters escape it, shown harmless in text.
        func code(_ text: String) -> String { md ? MarkdownText.code(text, inTable: false) : HarmlessText.escape(text) }
        func plain(_ text: String) -> String { md ? MarkdownText.plain(text) : HarmlessText.escape(text) }
        var out = md ? "## " + say("Catalog changes since", "Thay đổi danh mục so với") + " \(code(diff.base))\n"
            : say("Changes since", "Thay đổi so với") + " \(plain(diff.base))\n"
        func section(_ title: String) { out += md ? "\n### \(title)\n\n" : "\n\(title)\n" }
        func item(_ text: String) { out += md ? "- \(text)\n" : "  \(text)\n" }

        section(say("Procedures", "Thủ tục"))
        if diff.added.isEmpty && diff.removed.isEmpty && diff.changed.isEmpty {
            item(say("no procedure added, removed or changed", "không có thủ tục nào được thêm, bỏ hay sửa"))
        }
        for added in diff.added { item(say("added ", "thêm ") + code(added)) }
        for removed in diff.removed { item(say("removed ", "bỏ ") + code(removed)) }
        for change in diff.changed {
            let fields = change.fields.map { "\($0.field): \(text($0.before)) → \(text($0.after))" }
            item(say("changed ", "sửa ") + code(change.code) + ": " + plain(fields.joined(separator: "; ")))
        }

        section(say("Plan figures (before → after)", "Chỉ tiêu của đề án (trước → sau)"))
        for (side, incomplete) in [(say("Before", "Trước"), diff.beforeIncomplete), (say("After", "Sau"), diff.afterIncomplete)] {
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
            rows.append(figuresRow(plain(id), beforeSectors[id], afterSectors[id]))
        }
        rows.append(figuresRow(say("total", "tổng"), diff.before.total, diff.after.total))
        let header = [
            say("sector", "lĩnh vực"), say("with a cut", "có cắt giảm"), say("legal days", "ngày luật định"),
            say("days cut", "ngày cắt giảm"), say("reduction rate", "tỷ lệ cắt giảm"),
            say("4-on-the-spot share", "tỷ lệ 4 tại chỗ"),
        ]
        if md {
            out += ReportMarkdownReporter.table(header, alignments: [false] + Array(repeating: true, count: header.count - 1), rows)
        } else {
            for row in rows { out += "  " + row[0] + ": " + zip(header.dropFirst(), row.dropFirst()).map { "\($0) \($1)" }.joined(separator: ", ") + "\n" }
        }

        section(say("New findings", "Phát hiện mới"))
        if diff.newFindings.isEmpty { item(say("none", "không có")) }
        for finding in diff.newFindings {
            let message = MessageText.render(
                finding.message, in: language, medium: md ? .markdown(inTable: false) : .terminal)
            item("\(code(finding.location.description)): \(finding.severity.rawValue): \(message) [\(plain(finding.rule))]")
        }
        return out
    }

    private static func figuresRow(_ label: String, _ before: Figures?, _ after: Figures?) -> [String] {
        func pair(_ f: (Figures) -> String) -> String {
            let a = before.map(f) ?? "–"
            let b = after.map(f) ?? "–"
            return a == b ? a : "\(a) → \(b)"
        }
        return [
            label,
            pair { String($0.withCut) },
            pair { NumberText.format($0.legalDays) },
            pair { NumberText.format($0.cutDays) },
            pair { percent($0.reductionRate) },
            pair { percent($0.fourOnTheSpotShare) },
        ]
    }

    private static func percent(_ ratio: Double?) -> String {
        guard let ratio else { return "–" }
        return NumberText.format((ratio * 10_000).rounded() / 100) + "%"
    }

    private static func value(_ value: CatalogDiff.FieldValue?) -> JSONValue {
        switch value {
        case nil: .null
        case .number(let n)?: .number(n)
        case .text(let s)?: .string(s)
        case .flag(let b)?: .bool(b)
        case .texts(let list)?: .array(list.map(JSONValue.string))
        }
    }

    private static func text(_ value: CatalogDiff.FieldValue?) -> String {
        switch value {
        case nil: "–"
        case .number(let n)?: NumberText.format(n)
        case .text(let s)?: s
        case .flag(let b)?: String(b)
        case .texts(let list)?: "[" + list.joined(separator: "; ") + "]"
        }
    }
}
