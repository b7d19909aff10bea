// Golden files: Tests/ReportersTests/Golden/. Regenerate them after an
// intended change with `TTHC_UPDATE_GOLDEN=1 swift test --filter ReportersTests`
// (see CISampleReports.swift) and review the diff.
import Reporters
import Review
import Testing
import Vocabulary

@Suite struct MarkdownReporterTests {
    @Test func sampleMatchesTheGoldenFile() throws {
        try Golden.check(MarkdownReporter().render(CISample.report), "sample.md")
    }

    @Test func headingSummaryAndATableRowPerFinding() {
        let lines = MarkdownReporter().render(CISample.report).split(separator: "\n").map(String.init)
        #expect(lines[0] == "## tthc check")
        #expect(
            lines[1]
                == "3 files, 2 sectors, 4 procedures checked against `lang-son-2021-2030` as of 2026-11-26: **3 errors**, 2 warnings, 1 info."
        )
        #expect(lines[2] == "| Severity | Location | Rule | Message | Procedure / sector |")
        #expect(lines[3] == "|---|---|---|---|---|")
        let rows = lines.dropFirst(4)
        #expect(rows.count == CISample.report.findings.count)
        #expect(
            rows.contains(
                "| **error** | catalog/b.yaml:5:11<br>related: catalog/a.yaml:5:11 | `duplicate-code` | procedure code `1.000001` appears twice in the catalog; keep one entry per code | `1.000001`<br>sector `b` |"
            ))
        // Every row has exactly the five cells of the header: no `|` leaks.
        for row in rows {
            #expect(row.replacingOccurrences(of: "\\|", with: "").count { $0 == "|" } == 6, "\(row)")
        }
    }

    @Test func aCleanReportSaysNoFindings() {
        #expect(
            MarkdownReporter().render(CISample.clean) == """
                ## tthc check

                1 file, 1 sector, 1 procedure checked against `lang-son-2021-2030` as of 2026-11-26: **0 errors**, 0 warnings, 0 info.

                No findings.

                """)
    }

    @Test func theBaselineCountIsShownWhenOneWasGiven() {
        var report = CISample.clean
        report.suppressed = 2
        #expect(MarkdownReporter().render(report).contains("0 info, 2 suppressed by the baseline."))
    }

    @Test func pipesLineBreaksAndMarkupAreEscaped() {
        let text = MarkdownReporter().render(CISample.nasty)
        let rows = text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("| ") }.dropFirst()
        #expect(rows.count == 2)
        let row = rows.first!
        #expect(
            row
                == "| **error** | catalog/dir, x/a:b 50% tư.yaml:3:4<br>related: catalog/dir, x/a:b 50% tư.yaml:1:1 | `cut-not-above-legal` | "
                + "a \"quoted\" \\<tag\\> \\& 'x' \\| pipe 100% done,<br>second line<br>\\\\tthird: `co\\|de` \\\\u{1}end"
                + "<br>Basis: NĐ \"61\" \\& \\<b\\> | `1.0<1>`<br>sector `s&` |")
        #expect(row.replacingOccurrences(of: "\\|", with: "").count { $0 == "|" } == 6)
        #expect(text.contains("checked against `p<&>`"))
    }
}
