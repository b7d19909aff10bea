import Review
import Vocabulary

/// What `tthc import` would do (or did): the procedures added and to which
/// file, the fields changed (before → after), the catalog's procedures the
/// table does not list, and the findings about the table's cells.
public enum ImportReporter {
    /// `{"added": [code…], "changed": [{"code", "fields": {F: {"before", "after"}}}], "missing": [code…], "findings": [finding…]}`.
    public static func json(_ plan: ImportPlan, findings: [Finding], language: Language = .en) -> String {
        JSONValue.object([
            ("added", .array(plan.added.map { .string($0.row.code) })),
            (
                "changed",
                .array(
                    plan.changed.map { change in
                        .object([
                            ("code", .string(change.code)),
                            (
                                "fields",
                                .object(
                                    change.fields.map {
                                        (
                                            $0.field,
                                            .object([
                                                ("before", DiffReporter.value($0.before)), ("after", DiffReporter.value($0.after)),
                                            ])
                                        )
                                    })
                            ),
                        ])
                    })
            ),
            ("missing", .array(plan.missing.map(JSONValue.string))),
            ("findings", .array(findings.map { JSONReporter.finding($0, language: language) })),
        ]).serialized()
    }

    public static func text(_ plan: ImportPlan, findings: [Finding], language: Language = .en, written: Bool) -> String {
        let vi = language == .vi
        let style = language.numberStyle
        let shown = { (text: String) in HarmlessText.escape(text) }
        var out = ""
        for addition in plan.added {
            out += (vi ? "thêm " : "added ") + shown(addition.row.code) + " (" + shown(addition.file)
                + (addition.newFile ? (vi ? ", tệp mới" : ", a new file") : "") + ")\n"
        }
        for change in plan.changed {
            let fields = change.fields.map {
                "\($0.field): \(DiffReporter.text($0.before, style)) → \(DiffReporter.text($0.after, style))"
            }
            out += (vi ? "sửa " : "changed ") + shown(change.code) + ": " + shown(fields.joined(separator: "; ")) + "\n"
        }
        for code in plan.missing {
            out += (vi ? "không có trong bảng " : "not in the table ") + shown(code) + "\n"
        }
        out += TextReporter(colors: false, language: language).findingLines(findings)
        let counts = [plan.added.count, plan.changed.count, plan.missing.count].map { style.format(Double($0)) }
        if vi {
            out += "\(counts[0]) thủ tục thêm, \(counts[1]) sửa, \(counts[2]) có trong danh mục nhưng không có trong bảng"
                + (written ? "; đã ghi vào danh mục" : "; chưa ghi (dùng --write để ghi)") + "\n"
        } else {
            out += "\(counts[0]) added, \(counts[1]) changed, \(counts[2]) in the catalog but not in the table"
                + (written ? "; written to the catalog" : "; nothing written (--write writes it)") + "\n"
        }
        return out
    }
}
