import Foundation
import Testing

/// `declared-totals-match` names each declared figure that differs from the
/// rows, declared beside recomputed, and nothing about the figures that agree.
@Suite("declared-totals-match names the wrong figure")
struct DeclaredTotalsTests {
    func check(declared: String, language: String = "en") throws -> [String] {
        let dir = try TemporaryDirectory("tthc-declared")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try FileManager.default.removeItem(at: dir.path("rules/tests"))
        // The rows: 2 procedures, 20 legal days, 7 days cut (35%).
        try dir.write(
            "catalog/s.yaml",
            """
            sector:
              id: s
              name: S
              declared: \(declared)
            procedures:
              - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 7 } }
              - { code: "1.000002", name: Q, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 6 } }

            """)
        let result = try TTHC.run(
            ["check", "--only", "declared-totals-match", "--format", "json", "--lang", language, "--as-of", "2026-11-26"],
            in: dir.url)
        return try CheckOutput.decode(result.stdoutBytes).findings.filter { $0.rule == "declared-totals-match" }.map(\.message)
    }

    @Test("a rate off in the second decimal is the one figure named, declared beside the rows'")
    func rateOnly() throws {
        let messages = try check(declared: "{ procedures: 2, legal_days: 20, cut_days: 7, rate: 0.3495 }")
        #expect(messages == ["the declared totals do not match the rows: rate: declared 34.95%, the rows give 35.00%; correct `declared`"])
    }

    @Test("two wrong figures are both named; the ones that agree are not")
    func twoFigures() throws {
        let messages = try check(declared: "{ procedures: 2, legal_days: 21, cut_days: 8, rate: 0.35 }")
        #expect(
            messages == [
                "the declared totals do not match the rows: legal_days: declared 21, the rows give 20; "
                    + "cut_days: declared 8, the rows give 7; correct `declared`"
            ])
        #expect(try check(declared: "{ procedures: 2, legal_days: 20, cut_days: 7, rate: 0.35 }").isEmpty)
    }

    @Test("in Vietnamese, with Vietnamese numbers")
    func vietnamese() throws {
        let messages = try check(declared: "{ procedures: 3, rate: 0.3495 }", language: "vi")
        #expect(
            messages == [
                "số liệu tổng hợp không khớp với các dòng: procedures: ghi 3, các dòng cho 2; "
                    + "rate: ghi 34,95%, các dòng cho 35,00%; sửa lại `declared`"
            ])
    }
}
