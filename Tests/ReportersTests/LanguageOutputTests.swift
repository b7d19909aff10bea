// Golden files: Tests/ReportersTests/Golden/*-vi.*. Regenerate them after an
// intended change with `TTHC_UPDATE_GOLDEN=1 swift test --filter ReportersTests`
// and review the diff.
import Foundation
@testable import Reporters
import Review
import Testing
import Vocabulary

/// The words, numbers and dates of the human outputs follow the language:
/// `37,03%`, `2.325`, `0,5` and `26/11/2026` in Vietnamese; `37.03%`, `2325`,
/// `0.5` and `2026-11-26` in English, and in every machine cell.
@Suite struct LanguageOutputTests {
    /// A clean check of a large catalog, with findings hidden by a baseline.
    static let large: CheckReport = {
        var report = CheckReport(
            asOf: CISample.asOf, plan: "lang-son-2021-2030", files: 11, sectors: 11, procedures: 2325, findings: [],
            rules: CISample.rules, checkedFiles: [])
        report.suppressed = 1200
        return report
    }()

    @Test func checkTextInVietnamese() throws {
        try Golden.check(TextReporter(colors: false, language: .vi).render(CISample.report), "sample-vi.txt")
    }

    @Test func checkMarkdownInVietnamese() throws {
        let markdown = MarkdownReporter(language: .vi).render(CISample.report)
        try Golden.check(markdown, "sample-vi.md")
        let lines = markdown.split(separator: "\n").map(String.init)
        #expect(lines[2] == "| Mức độ | Vị trí | Quy tắc | Nội dung | Thủ tục / lĩnh vực |")
        #expect(!markdown.contains("Severity") && !markdown.contains("related:") && !markdown.contains("Basis:"))
    }

    @Test func checkSummariesGroupThousandsInVietnameseOnly() {
        let text = TextReporter(colors: false, language: .vi).render(Self.large)
        #expect(
            text
                == "đã kiểm tra 11 tệp, 11 lĩnh vực, 2.325 thủ tục theo đề án lang-son-2021-2030 tại ngày 26/11/2026: "
                + "0 lỗi, 0 cảnh báo, 0 thông tin, 1.200 phát hiện đã có trong baseline\n")
        #expect(
            MarkdownReporter(language: .vi).render(Self.large).contains(
                "Đã kiểm tra 11 tệp, 11 lĩnh vực, 2.325 thủ tục theo đề án `lang-son-2021-2030` tại ngày 26/11/2026: "
                    + "**0 lỗi**, 0 cảnh báo, 0 thông tin, 1.200 phát hiện đã có trong baseline."))
        #expect(
            TextReporter(colors: false).render(Self.large)
                == "11 files, 11 sectors, 2325 procedures checked against lang-son-2021-2030 as of 2026-11-26: "
                + "0 errors, 0 warnings, 0 info, 1200 suppressed by the baseline\n")
        #expect(GitHubReporter(language: .vi).render(Self.large).contains("2.325 thủ tục"))
    }

    @Test func reportMarkdownInVietnamese() throws {
        let markdown = ReportMarkdownReporter(language: .vi).render(try ReportFixture.report())
        try Golden.check(markdown, "plan-report-vi.md")
        for expected in [
            "Đề án `test-plan`, tính đến ngày 26/11/2026.", "| **Tổng cộng** | **5** | **4** | **46** | **35,5** | **10,5** | **22,83%** |",
            "| 3 | 1.000002.H37 | Chứng thực bản sao | 1 | 0,5 | 0,5 | 50,00% |",
        ] {
            #expect(markdown.contains(expected), "\(expected)")
        }
        #expect(!markdown.contains("22.83%") && !markdown.contains("2026-11-26"))
    }

    @Test func reportTextInVietnamese() throws {
        let text = ReportTextReporter(language: .vi).render(try ReportFixture.report())
        #expect(text.contains("Đề án test-plan, tính đến ngày 26/11/2026\n"))
        #expect(text.contains("Tổng cộng        5         4        46      35,5      10,5     22,83%           2   40,00%"))
        #expect(!text.contains("22.83%") && !text.contains("35.5"))
    }

    @Test func reportHTMLInVietnamese() throws {
        let html = ReportHTMLReporter(language: .vi).render(try ReportFixture.report())
        for expected in [
            "Tính đến ngày 26/11/2026</p>", "<div class=\"card-value\">22,83%</div>",
            "Mục tiêu 30,00% · cắt giảm 10,5/46 ngày của 4 TTHC", ">31,82%</text>", "Tỷ lệ cắt giảm của lĩnh vực 25,00%</text>",
            "<td class=\"num\">35,5</td>",
        ] {
            #expect(html.contains(expected), "\(expected)")
        }
        #expect(!html.contains("22.83%") && !html.contains("2026-11-26"))
    }

    @Test func reportCSVKeepsMachineNumbersInVietnamese() throws {
        let csv = ReportCSVReporter(language: .vi).render(try ReportFixture.report())
        #expect(csv.contains("\"Tổng cộng\",5,4,46,35.5,10.5,22.83,2,40.00\r\n"))
        #expect(csv.contains("\"Tỷ lệ cắt giảm (%)\""))
        #expect(csv.contains("\"test-plan\",\"Đề án thử nghiệm\",\"2026-11-26\"\r\n"))
        #expect(!csv.contains("22,83") && !csv.contains("26/11/2026"))
    }

    @Test func headlineSentencesWithTheirNumbers() {
        let detail = ReportLabel.reductionDetail(cutDays: 861, legalDays: 2325, procedures: 140)
        #expect(ReportLabelText.render(detail, in: .en) == "861 of 2325 legal days cut on 140 procedures")
        #expect(ReportLabelText.render(detail, in: .vi) == "cắt giảm 861/2.325 ngày của 140 TTHC")
        let share = ReportLabel.shareDetail(onList: 77, procedures: 2325)
        #expect(ReportLabelText.render(share, in: .en) == "77 of 2325 procedures on the list")
        #expect(ReportLabelText.render(share, in: .vi) == "77/2.325 TTHC thực hiện 4 tại chỗ")
        let scope = ReportLabel.cutScopeSummary(reaching: 128, inScope: 130, minDays: 2.5)
        #expect(ReportLabelText.render(scope, in: .en) == "128 of 130 cuts on legal deadlines of 2.5 days or more reach it; the lowest is shown")
        #expect(ReportLabelText.render(scope, in: .vi) == "128/130 TTHC cắt giảm có thời hạn từ 2,5 ngày trở lên đạt; hiển thị mức thấp nhất")
        #expect(ReportLabelText.render(.sectorsDetail(target: 0.2), in: .vi) == "lĩnh vực có cắt giảm đạt 20,00%")
    }

    @Test func oneDayAndOneProcedureAreSingular() {
        #expect(
            ReportLabelText.render(.reductionDetail(cutDays: 0.5, legalDays: 1, procedures: 1), in: .en)
                == "0.5 of 1 legal day cut on 1 procedure")
        #expect(ReportLabelText.render(.shareDetail(onList: 1, procedures: 1), in: .en) == "1 of 1 procedure on the list")
        #expect(
            ReportLabelText.render(.cutScopeSummary(reaching: 2, inScope: 3, minDays: 1), in: .en)
                == "2 of 3 cuts on legal deadlines of 1 day or more reach it; the lowest is shown")
        #expect(CheckLabelText.render(.rulesInForce(1), in: .en) == "1 rule in force")
    }
}
