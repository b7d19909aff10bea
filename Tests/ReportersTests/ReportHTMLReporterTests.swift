import Foundation
import Reporters
import Review
import Testing

/// `report --format html`: one self-contained, printable page.
@Suite struct ReportHTMLReporterTests {
    let html: String

    init() throws {
        html = ReportHTMLReporter().render(try ReportFixture.report())
    }

    @Test func golden() throws {
        try Golden.check(html, "plan-report.html")
    }

    @Test func selfContainedWithoutScriptOrNetwork() {
        let lower = html.lowercased()
        #expect(!lower.contains("http"), "no http: or https: reference, not even an SVG namespace")
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<link"))
        #expect(!lower.contains("<img"))
        #expect(!lower.contains("@import"))
        #expect(!lower.contains("url("))
        #expect(!lower.contains("src="))
        #expect(!lower.contains("//"), "no protocol-relative reference")
    }

    @Test func utf8PageInItsLanguageThatPrintsOnA4() throws {
        // The page's language is its headings' (screen readers, hyphenation); names inside stay as written.
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let vietnamese = ReportHTMLReporter(language: .vi).render(try ReportFixture.report())
        #expect(vietnamese.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("@media print"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func twoChartsWithTargetLines() {
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 2)
        // The sector target (25%) and the plan's (30%) in the first chart; the 4-on-the-spot target (30%) in the second.
        #expect(html.components(separatedBy: "<line class=\"target").count - 1 == 3)
        #expect(html.contains("Reduction rate of a sector 25.00%"))
        #expect(html.contains("4-on-the-spot share 30.00%"))
        // A bar per sector plus the total, in each chart.
        #expect(html.components(separatedBy: "<rect class=\"bar").count - 1 == 6)
    }

    @Test func totalsWithMetAndNotMet() {
        #expect(html.contains("<div class=\"card unmet\">"))
        #expect(html.contains("<div class=\"card met\">"))
        #expect(html.contains("<span class=\"badge unmet\">not met</span>"))
        #expect(html.contains("<span class=\"badge met\">met</span>"))
    }

    @Test func textIsEscaped() {
        #expect(html.contains("Cấp &quot;giấy phép&quot;, loại &lt;A&gt; &amp; B"))
        #expect(!html.contains("<A>"))
    }

    @Test func annexGroupedByLevelThenSector() throws {
        let annex = try #require(html.range(of: "<table class=\"annex\">"))
        let rest = html[annex.lowerBound...]
        let order = ["<tr class=\"level\"><th colspan=\"8\">Province", "<tr class=\"sector\"><th colspan=\"8\">Tư pháp",
                     "<tr class=\"sector\"><th colspan=\"8\">Xây dựng", "<tr class=\"level\"><th colspan=\"8\">Commune"]
        let positions = order.compactMap { rest.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
    }
}
