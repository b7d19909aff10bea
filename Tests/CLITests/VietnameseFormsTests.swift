import Foundation
import Testing

/// Vietnamese as staff type it: the accepted forms read as their canonical
/// ones, near misses get a "did you mean", invisible and look-alike
/// characters are named, and `--lang vi` prints Vietnamese throughout.
@Suite("Vietnamese as staff type it")
struct VietnameseFormsTests {
    static let asOf = ["--as-of", "2026-11-26"]

    func project(_ catalog: String) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-vi")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try FileManager.default.removeItem(at: dir.path("rules/tests"))
        try dir.write("catalog/s.yaml", catalog)
        return dir
    }

    static let typed = """
        sector: { id: s, name: S }
        procedures:
          - code: "1.000001"
            name: Một
            level: cấp tỉnh
            legal_basis: [L]
            deadline: { legal: "10 ngày làm việc", proposed: "7,5 ngày lv" }
            waivers: [{ rule: cut-depth, reason: r, until: 31/12/2026 }]
          - { code: "1.000002", name: Hai, level: Cấp Xã, legal_basis: [L], deadline: { legal: "4 giờ làm việc", proposed: "trong ngày" } }
          - { code: "1.000003", name: Ba, level: huyện, legal_basis: [L], deadline: { legal: "15 ngày", proposed: "10 ngày lịch" } }
          - { code: "1.000004", name: Bốn, level: province, legal_basis: [L], deadline: { legal: 3, proposed: "0,5" } }

        """

    static let canonical = """
        sector: { id: s, name: S }
        procedures:
          - code: "1.000001"
            name: Một
            level: province
            legal_basis: [L]
            deadline: { legal: 10, proposed: 7.5 }
            waivers: [{ rule: cut-depth, reason: r, until: 2026-12-31 }]
          - { code: "1.000002", name: Hai, level: commune, legal_basis: [L], deadline: { legal: "4h", proposed: "same day" } }
          - { code: "1.000003", name: Ba, level: district, legal_basis: [L], deadline: { legal: "15 calendar days", proposed: "10 calendar days" } }
          - { code: "1.000004", name: Bốn, level: province, legal_basis: [L], deadline: { legal: 3, proposed: 0.5 } }

        """

    @Test("levels, durations, decimal commas and dates as staff type them read as the canonical forms")
    func accepted() throws {
        let typed = try project(Self.typed)
        let canonical = try project(Self.canonical)
        let check = try TTHC.run(["check", "--format", "json"] + Self.asOf, in: typed.url)
        let schema = try CheckOutput.decode(check.stdoutBytes).findings.filter { $0.rule == "schema" || $0.rule == "syntax" }
        #expect(schema.isEmpty, "\(schema)")
        let before = try TTHC.run(["report", "--format", "json"] + Self.asOf, in: typed.url)
        let after = try TTHC.run(["report", "--format", "json"] + Self.asOf, in: canonical.url)
        #expect(before.status == 0, "\(before)")
        #expect(before.stdout == after.stdout)
    }

    static let mistakes = """
        sector: { id: s, name: S }
        procedures:
          - { code: "1.000001\u{00A0}", name: Một, level: Province, legal_basis: [L], deadline: { legal: 10, proposed: 0,5 } }
          - { code: "1.000002", name: "\u{200B}", level: tinh, legal_basis: ["\u{00AD}"], deadline: { legal: "3 tuần" }, four_on_spot: có }
          - code: |
              1.000003
            name: Ba
            level: province
            legal_basis: [L]
            deadline: { legal: 5 }
          - { code: "1.000003", name: Ba bis, level: province, legal_basis: [L], deadline: { legal: 5 } }

        """

    @Test("near misses get a did-you-mean, a split decimal comma a hint, invisible characters their Unicode name")
    func mistakes() throws {
        let dir = try project(Self.mistakes)
        let result = try TTHC.run(["check"] + Self.asOf, in: dir.url)
        #expect(result.status == 1)
        let out = result.stdout
        #expect(out.contains("s.yaml:3:22: error: `code` contains U+00A0 NO-BREAK SPACE at column 22"))
        #expect(out.contains("`level` must be one of province | district | commune, found `Province`; did you mean `province`?"))
        #expect(out.contains("found `tinh`; did you mean `tỉnh`?"))
        #expect(out.contains("`deadline.proposed` is `0` followed by a stray `5`"))
        #expect(out.contains("write `0.5`"))
        #expect(out.contains("`four_on_spot` must be true or false, found `có`, which is not a boolean here; write `true`"))
        // A name and a legal basis of invisible characters only are empty.
        #expect(out.contains("`name` is empty"))
        #expect(out.contains("`legal_basis` is empty"))
        // The code of a `|` block is the same code as "1.000003": a duplicate,
        // and a well-formed code once its line break is left out.
        #expect(out.contains("contains U+000A LINE FEED"))
        #expect(out.contains("procedure code `1.000003` appears twice in the catalog"))
        #expect(!out.contains("the code 1.000003"))
    }

    @Test("--lang vi prints Vietnamese throughout: severities, messages, hints, summary")
    func vietnameseThroughout() throws {
        let dir = try project(Self.mistakes)
        let result = try TTHC.run(["check", "--lang", "vi"] + Self.asOf, in: dir.url)
        #expect(result.status == 1)
        for english in [" error:", " warning:", " info:", " must ", " found ", "did you mean", "write ", "basis:", " checked "] {
            #expect(!result.stdout.contains(english), "English `\(english)` in:\n\(result.stdout)")
        }
        #expect(result.stdout.contains("lỗi: `level` phải là một trong province | district | commune, nhưng là `Province`; có phải là `province`?"))
        #expect(result.stdout.contains("chứa ký tự U+00A0 NO-BREAK SPACE ở cột 22"))
        #expect(result.stdout.contains("tại ngày 26/11/2026"))
    }
}
