import Catalog
import Reporters
import Review
import Testing
import Vocabulary

/// The figures per agency and the 4-on-the-spot list (Phụ lục II) in the
/// human formats: titles in both languages, calendar days marked, an empty
/// list said, text from the catalog escaped for each medium.
@Suite struct AgencyAndFourOnTheSpotTests {
    static let listTitle = "Danh mục thủ tục hành chính thực hiện theo cơ chế \"4 tại chỗ\""

    static func formats(_ language: Language) -> [(String, any PlanReportReporter)] {
        [
            ("text", ReportTextReporter(language: language)), ("markdown", ReportMarkdownReporter(language: language)),
            ("csv", ReportCSVReporter(language: language)), ("html", ReportHTMLReporter(language: language)),
        ]
    }

    @Test func theListIsTitledAsTheDecisionTitlesItInVietnamese() throws {
        let report = try ReportFixture.report()
        for (name, reporter) in Self.formats(.vi) {
            let out = reporter.render(report)
            let title = name == "html" ? Self.listTitle.replacingOccurrences(of: "\"", with: "&quot;") : Self.listTitle
            let csvTitle = "\"" + Self.listTitle.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            #expect(out.contains(name == "csv" ? csvTitle : title), "\(name)")
            #expect(out.contains("Cơ quan thực hiện"), "\(name)")
            #expect(out.contains("UBND cấp xã"), "\(name)")
        }
        for (name, reporter) in Self.formats(.en) {
            #expect(reporter.render(report).contains("4-on-the-spot list"), "\(name)")
            #expect(reporter.render(report).contains("Agency"), "\(name)")
        }
    }

    @Test func theListFollowsTheReductionList() throws {
        let report = try ReportFixture.report()
        for (name, reporter) in Self.formats(.en) {
            let out = reporter.render(report)
            let reduction = try #require(out.range(of: "Reduction list"), "\(name)")
            let list = try #require(out.range(of: "4-on-the-spot list"), "\(name)")
            #expect(reduction.upperBound < list.lowerBound, "\(name)")
            let sectors = try #require(out.range(of: "Sectors"), "\(name)")
            let agencies = try #require(out.range(of: "Agencies"), "\(name)")
            #expect(sectors.upperBound < agencies.lowerBound, "\(name)")
        }
    }

    @Test func aDeadlineInCalendarDaysIsMarkedAndExplained() throws {
        var report = try ReportFixture.report()
        report.reductionList.removeAll { $0.inCalendarDays }
        report.fourOnTheSpotList[1].deadline = Duration(days: 15, kind: .calendarDays)
        let text = ReportTextReporter().render(report)
        #expect(text.contains("15 cd"))
        #expect(text.contains("cd marks calendar days"))
        let markdown = ReportMarkdownReporter(language: .vi).render(report)
        #expect(markdown.contains("| 2 | 1.000002.H37 | Chứng thực bản sao | 15 ngày |"))
        #expect(markdown.contains("\"ngày\" là ngày theo lịch"))
    }

    @Test func anEmptyListIsSaid() throws {
        var report = try ReportFixture.report()
        report.fourOnTheSpotList = []
        #expect(ReportTextReporter().render(report).contains("4-on-the-spot list (0)\n\n  No procedure is on the 4-on-the-spot list.\n"))
        #expect(ReportMarkdownReporter(language: .vi).render(report).contains("Không có TTHC thực hiện theo cơ chế \"4 tại chỗ\"."))
        #expect(ReportHTMLReporter().render(report).contains("<p>No procedure is on the 4-on-the-spot list.</p>"))
    }

    @Test func anAgencyNameCannotBreakTheTableOrTheTerminal() throws {
        var report = try ReportFixture.report()
        report.agencies[0].name = "Sở <b>x</b> | y |\n\u{1B}[31mred"
        let text = ReportTextReporter().render(report)
        #expect(!text.contains("\u{1B}[31m"))
        let markdown = ReportMarkdownReporter().render(report)
        let agencyLines = markdown.split(separator: "\n").filter { $0.hasPrefix("| Sở \\<b") }
        #expect(agencyLines.count == 1)
        #expect(agencyLines.first?.components(separatedBy: " | ").count == 9)
        let html = ReportHTMLReporter().render(report)
        #expect(html.contains("<th scope=\"row\">Sở &lt;b&gt;x&lt;/b&gt; | y |"))
    }
}
