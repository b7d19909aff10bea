@testable import Reporters
import Review
import Testing

/// `report --format markdown`.
@Suite struct ReportMarkdownReporterTests {
    let markdown: String

    init() throws {
        markdown = ReportMarkdownReporter().render(try ReportFixture.report())
    }

    @Test func golden() throws {
        try ReportGolden.check(markdown, "plan-report.md")
    }

    @Test func tablesHaveOneCellPerColumnAndEscapedText() {
        #expect(markdown.contains("| 1 | 1.000001.H37 | Cấp \"giấy phép\", loại &lt;A&gt; &amp; B | 10 | 7 | 3 | 30.00% | Luật số 1/2020/QH14<br>=SUM(A1) |"))
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            #expect(line.hasSuffix("|"))
        }
        let annexHeader = "| No. | Code | Procedure | Legal deadline | Proposed deadline | Days cut | Rate | Legal basis |"
        #expect(markdown.contains(annexHeader))
    }

    @Test func annexGroupedUnderHeadings() {
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("### ") || $0.hasPrefix("#### ") }
        #expect(headings == ["### Province", "#### Tư pháp", "#### Xây dựng", "### Commune", "#### Tư pháp", "#### Xây dựng"])
    }

    @Test func calendarDaysAreMarkedAndExplained() {
        #expect(markdown.contains("| 15 cd | 10 cd | 5 cd |"))
        #expect(markdown.contains("cd marks calendar days"))
    }

    @Test func aPipeInTextDoesNotSplitACell() {
        #expect(ReportMarkdownReporter.cell("a | b") == "a \\| b")
    }
}
