import Foundation
import Testing

/// Every human output of every command in the language of `--lang`: the
/// words around the messages, and numbers and dates as the language writes
/// them (`2.325`, `37,03%`, `26/11/2026` in Vietnamese). English stays as it was,
/// and machine outputs (JSON) are the same in both.
@Suite("Languages of the commands")
struct LanguageCommandTests {
    let date = ["--as-of", "2026-11-26"]

    /// The words of the first line of `text` that starts with `prefix`, split at spaces.
    func words(_ text: String, lineStartingWith prefix: String) -> [String] {
        let line = text.split(separator: "\n").first { $0.hasPrefix(prefix) } ?? ""
        return line.split(separator: " ").map(String.init)
    }

    @Test("check --lang vi: the Markdown heading, summary, column titles and severities, and the text summary")
    func check() throws {
        let markdown = try TTHC.run(["check", "--lang", "vi", "--format", "markdown"] + date, in: Paths.packageRoot)
        let lines = markdown.stdoutLines
        #expect(lines.first == "## Kết quả kiểm tra (tthc check)")
        #expect(
            lines.dropFirst().first?.hasPrefix(
                "Đã kiểm tra 11 tệp, 11 lĩnh vực, 237 thủ tục theo đề án `lang-son-2021-2030` tại ngày 26/11/2026: **0 lỗi**, ")
                == true, "\(markdown)")
        #expect(lines.contains("| Mức độ | Vị trí | Quy tắc | Nội dung | Thủ tục / lĩnh vực |"))
        #expect(lines.contains { $0.hasPrefix("| cảnh báo | ") })
        let text = try TTHC.run(["check", "--lang", "vi"] + date, in: Paths.packageRoot)
        #expect(
            text.stdoutLines.last?.hasPrefix("đã kiểm tra 11 tệp, 11 lĩnh vực, 237 thủ tục theo đề án lang-son-2021-2030 tại ngày 26/11/2026: 0 lỗi, ")
                == true)
    }

    @Test("report --lang vi: Vietnamese numbers and dates in text and Markdown, JSON the same as in English")
    func report() throws {
        let text = try TTHC.run(["report", "--lang", "vi"] + date, in: Paths.packageRoot)
        #expect(text.status == 0, "\(text)")
        #expect(text.stdoutLines[1] == "Đề án lang-son-2021-2030, tính đến ngày 26/11/2026")
        #expect(
            words(text.stdout, lineStartingWith: "  Tổng cộng")
                == ["Tổng", "cộng", "237", "140", "2.325", "1.464", "861", "37,03%", "77", "32,49%", "438.920"])
        let markdown = try TTHC.run(["report", "--lang", "vi", "--format", "markdown"] + date, in: Paths.packageRoot)
        #expect(markdown.stdout.contains("| **Tổng cộng** | **237** | **140** | **2.325** | **1.464** | **861** | **37,03%** | **77** | **32,49%** |"))
        let vi = try TTHC.run(["report", "--lang", "vi", "--format", "json"] + date, in: Paths.packageRoot)
        let en = try TTHC.run(["report", "--lang", "en", "--format", "json"] + date, in: Paths.packageRoot)
        #expect(vi.stdoutBytes == en.stdoutBytes)
    }

    @Test("diff --lang vi: the words, the figures before → after and the severities in Vietnamese")
    func diff() throws {
        let repository = DiffTests()
        let scratch = try repository.repository()
        try repository.raiseOneProposal(in: scratch)
        let text = try TTHC.run(["diff", "--base", "HEAD", "--lang", "vi"] + date, in: scratch.url)
        #expect(text.status == 1)
        #expect(text.stdoutLines.first == "Thay đổi so với HEAD")
        #expect(text.stdout.contains("  sửa 2.002698.000.00.00.H37: deadline.proposed: 7 → 12\n"))
        #expect(
            text.stdout.contains(
                "  tổng: có cắt giảm 140, ngày luật định 2.325, ngày cắt giảm 861 → 856, tỷ lệ cắt giảm 37,03% → 36,82%, "
                    + "tỷ lệ 4 tại chỗ 32,49%\n"))
        #expect(text.stdout.contains(": lỗi: thời hạn đề xuất 12 ngày không thấp hơn thời hạn luật định 10 ngày [cut-not-above-legal]"))
        let markdown = try TTHC.run(["diff", "--base", "HEAD", "--lang", "vi", "--format", "markdown"] + date, in: scratch.url)
        #expect(markdown.stdout.hasPrefix("## Thay đổi danh mục so với `HEAD`\n"))
        #expect(markdown.stdout.contains("| tổng | 140 | 2.325 | 861 → 856 | 37,03% → 36,82% | 32,49% |"))
    }

    @Test("explain --lang vi: the sector, the waiver and its date, the verdicts and the trace's notes in Vietnamese")
    func explain() throws {
        let waiver = try TTHC.run(
            ["explain", "--catalog", "waiver-expired", "--rules", "rules", "--lang", "vi", "1.004001"] + date)
        #expect(
            waiver.stdout == """
                1.004001 — Thủ tục có miễn trừ hết hạn
                  waiver-expired/expired.yaml:3:11, lĩnh vực mien-tru
                  miễn trừ always-holds đến ngày 31/12/2025 (hết hạn): Đã được chấp thuận tạm thời

                """)
        let shipped = try TTHC.run(["explain", "--lang", "vi", "2.002698.000.00.00.H37"] + date, in: Paths.packageRoot)
        #expect(shipped.stdout.contains("  catalog/tu-phap.yaml:43:11, lĩnh vực tu-phap\n"))
        #expect(shipped.stdout.contains("cut-not-above-legal (procedure, error): đạt\n"))
        #expect(shipped.stdout.contains(" = (tính 5 lần, mỗi phần tử một lần)\n"))
        #expect(!shipped.stdout.contains("evaluated"))
    }

    @Test("test and rules --lang vi: Vietnamese words, the closing `N passed, N failed` kept for CI")
    func testAndRules() throws {
        // The fixture's tests name the shipped rules, which ids must exist (SPEC §11).
        let test = try TTHC.run(["test", "rule-tests-mixed", "--rules", "../../rules", "--lang", "vi"])
        #expect(test.status == 1)
        #expect(
            test.stdout == """
                đạt a cut of 30% passes the cut rules (rule-tests-mixed/mixed.yaml:4:5)
                KHÔNG ĐẠT a wrong expectation fails (rule-tests-mixed/mixed.yaml:13:5)
                    mong đợi nhưng không có: cut-not-above-legal trên thủ tục 1.01
                    có nhưng không mong đợi: code-format trên thủ tục 1.01: mã 1.01 không đúng dạng mã thủ tục quốc gia d.dddddd (có thể kèm .000.00.00.H37 hoặc .H37)
                1 passed, 1 failed

                """)
        let rules = try TTHC.run(["rules", "--lang", "vi"] + date, in: Paths.packageRoot)
        #expect(rules.stdout.contains("\n    căn cứ: Nghị định 61/2018/NĐ-CP\n"))
        #expect(rules.stdout.contains("\n    hiệu lực: 01/07/2025 đến …\n"))
        #expect(rules.stdoutLines.last?.hasSuffix(" quy tắc đang áp dụng") == true)
    }

    @Test("English: the words, numbers and dates of report, explain, test and rules as they were")
    func englishUnchanged() throws {
        let report = try TTHC.run(["report", "--lang", "en"] + date, in: Paths.packageRoot)
        #expect(report.stdoutLines[1] == "Plan lang-son-2021-2030, as of 2026-11-26")
        #expect(
            words(report.stdout, lineStartingWith: "  Total")
                == ["Total", "237", "140", "2325", "1464", "861", "37.03%", "77", "32.49%", "438920"])
        let waiver = try TTHC.run(
            ["explain", "--catalog", "waiver-expired", "--rules", "rules", "--lang", "en", "1.004001"] + date)
        #expect(
            waiver.stdout == """
                1.004001 — Thủ tục có miễn trừ hết hạn
                  waiver-expired/expired.yaml:3:11, sector mien-tru
                  waiver of always-holds until 2025-12-31 (expired): Đã được chấp thuận tạm thời

                """)
        let explain = try TTHC.run(["explain", "--lang", "en", "2.002698.000.00.00.H37"] + date, in: Paths.packageRoot)
        #expect(explain.stdout.contains("cut-not-above-legal (procedure, error): holds\n"))
        #expect(explain.stdout.contains(" = (evaluated 5 times, once per element)\n"))
        let test = try TTHC.run(["test", "rule-tests-mixed", "--rules", "../../rules", "--lang", "en"])
        #expect(
            test.stdout == """
                pass a cut of 30% passes the cut rules (rule-tests-mixed/mixed.yaml:4:5)
                FAIL a wrong expectation fails (rule-tests-mixed/mixed.yaml:13:5)
                    expected, not found: cut-not-above-legal on procedure 1.01
                    found, not expected: code-format on procedure 1.01: the code 1.01 is not a national procedure code d.dddddd (optionally followed by .000.00.00.H37 or .H37)
                1 passed, 1 failed

                """)
        let rules = try TTHC.run(["rules", "--lang", "en"] + date, in: Paths.packageRoot)
        #expect(rules.stdout.contains("\n    basis: Nghị định 61/2018/NĐ-CP\n"))
        #expect(rules.stdout.contains("\n    effective: 2025-07-01 to …\n"))
        #expect(rules.stdoutLines.last?.hasSuffix(" rules in force") == true)
    }
}
