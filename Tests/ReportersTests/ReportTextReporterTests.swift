import Reporters
import Review
import Testing

/// `report --format text`: aligned tables on the terminal.
@Suite struct ReportTextReporterTests {
    @Test func golden() throws {
        try Golden.check(ReportTextReporter().render(try ReportFixture.report()), "plan-report.txt")
    }

    @Test func vietnameseLabelsGolden() throws {
        try Golden.check(ReportTextReporter(language: .vi).render(try ReportFixture.report()), "plan-report-vi.txt")
    }

    @Test func vietnameseLabelsAreTheAnnexHeadings() throws {
        let text = ReportTextReporter(language: .vi).render(try ReportFixture.report())
        for heading in ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Căn cứ pháp lý", "Cấp tỉnh".uppercased(), "Đạt", "Không đạt"] {
            #expect(text.contains(heading), "\(heading)")
        }
    }

    /// Columns line up by Characters, whatever the Unicode form of the text:
    /// a decomposed (NFD) sector name is as wide as its precomposed form.
    @Test func columnsAlignWithDecomposedVietnamese() throws {
        var report = try ReportFixture.report()
        report.sectors[0].name = "Tu\u{031B} pha\u{0301}p"  // "Tư pháp", decomposed
        #expect(report.sectors[0].name.unicodeScalars.count == 9)
        #expect(report.sectors[0].name.count == 7)
        let text = ReportTextReporter().render(report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("  Sector ") })
        let rows = lines[header...].prefix { !$0.isEmpty }.filter {
            $0.hasPrefix("  Tu\u{031B}") || $0.hasPrefix("  Xây") || $0.hasPrefix("  Total")
        }
        #expect(rows.count == 3)
        #expect(Set(rows.map(\.count)).count == 1, "rows of unequal width:\n\(rows.joined(separator: "\n"))")
        // The numbers end in the same column as their heading.
        let procedures = try #require(lines[header].range(of: "Procedures")).upperBound
        let end = lines[header].distance(from: lines[header].startIndex, to: procedures)
        for row in rows {
            let index = row.index(row.startIndex, offsetBy: end - 1)
            #expect(row[index].isNumber, "\(row)")
            #expect(row[row.index(after: index)] == " ", "\(row)")
        }
    }

    @Test func verdictsAreColoredOnlyWhenAsked() throws {
        let report = try ReportFixture.report()
        #expect(!ReportTextReporter().render(report).contains("\u{1B}["))
        let colored = ReportTextReporter(colors: true).render(report)
        #expect(colored.contains("\u{1B}[32mmet"))
        #expect(colored.contains("\u{1B}[1;31mnot met"))
    }

    @Test func noRateWithoutLegalDaysAndCalendarDaysMarked() throws {
        let text = ReportTextReporter().render(try ReportFixture.report())
        let row = try #require(text.split(separator: "\n").first { $0.contains("2.000009.H37") })
        #expect(row.contains("—"))
        let calendar = try #require(text.split(separator: "\n").first { $0.contains("2.000001.H37") })
        #expect(calendar.contains("15 cd"))
        #expect(text.contains("cd marks calendar days"))
    }
}
