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
        try Golden.check(markdown, "plan-report.md")
    }

    @Test func tablesHaveOneCellPerColumnAndEscapedText() {
        #expect(markdown.contains("| 1 | 1.000001.H37 | Cấp \"giấy phép\", loại \\<A\\> \\& B | 10 | 7 | 3 | 30.00% | Luật số 1/2020/QH14<br>=SUM(A1) |"))
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            #expect(line.hasSuffix("|"))
        }
        let annexHeader = "| No. | Code | Procedure | Legal deadline | Proposed deadline | Days cut | Rate | Legal basis |"
        #expect(markdown.contains(annexHeader))
    }

    @Test func annexGroupedUnderHeadings() {
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("### ") || $0.hasPrefix("#### ") }
        #expect(
            headings == [
                "### Province", "#### Tư pháp", "#### Xây dựng", "### Commune", "#### Tư pháp", "#### Xây dựng",
                // The 4-on-the-spot list, grouped the same way.
                "### Province", "#### Tư pháp", "### Commune", "#### Tư pháp",
            ])
    }

    @Test func calendarDaysAreMarkedAndExplained() {
        #expect(markdown.contains("| 15 cd | 10 cd | 5 cd |"))
        #expect(markdown.contains("cd marks calendar days"))
    }

    @Test func aPipeOrALineBreakInANameDoesNotSplitACellOrARow() throws {
        var report = try ReportFixture.report()
        report.sectors[0].name = "Tư pháp | injected |\n| row |"
        report.reductionList[0].name = "a | b\n| c | d |"
        let lines = ReportMarkdownReporter().render(report).split(separator: "\n")
        #expect(lines.contains("| Tư pháp \\| injected \\|<br>\\| row \\| | 3 | 2 | 11 | 7.5 | 3.5 | 31.82% | 2 | 66.67% |"))
        #expect(lines.contains { $0.hasPrefix("| 1 | 1.000001.H37 | a \\| b<br>\\| c \\| d \\| | 10 |") })
        // Every line of a table has as many cell borders as the table's header.
        var header: Int?
        for line in lines {
            guard line.hasPrefix("|") else {
                header = nil
                continue
            }
            let borders = line.replacingOccurrences(of: "\\|", with: "").count { $0 == "|" }
            if header == nil { header = borders }
            #expect(borders == header, "\(line)")
        }
    }
}
