import Foundation
@testable import Reporters
import Review
import Testing

/// `report --format csv`: BOM, CRLF, RFC 4180 quoting, six sections.
@Suite struct ReportCSVReporterTests {
    let csv: String

    init() throws {
        csv = ReportCSVReporter().render(try ReportFixture.report())
    }

    @Test func golden() throws {
        try Golden.check(csv, "plan-report.csv")
    }

    @Test func startsWithAByteOrderMarkAndEndsLinesWithCRLF() {
        let bytes = Array(csv.utf8)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.hasSuffix("\r\n"))
        // Every line break outside a quoted field is CRLF: strip quoted fields, then look for a bare LF.
        var outside = ""
        var quoted = false
        for scalar in csv.unicodeScalars {
            if scalar == "\"" { quoted.toggle() } else if !quoted { outside.unicodeScalars.append(scalar) }
        }
        let bare = outside.replacingOccurrences(of: "\r\n", with: "").unicodeScalars
        #expect(!bare.contains("\n") && !bare.contains("\r"))
        #expect(outside.contains("\r\n"))
    }

    @Test func quotesTextDoublesQuotesAndLeavesNumbersBare() {
        #expect(csv.contains("\"Cấp \"\"giấy phép\"\", loại <A> & B\""))
        #expect(csv.contains(",10,7,3,30.00,"))
        #expect(csv.contains("\"Total\",5,4,46,35.5,10.5,22.83,2,40.00\r\n"))
    }

    @Test func legalBasesShareAQuotedFieldOnePerLine() {
        #expect(csv.contains("\"Luật số 1/2020/QH14\n=SUM(A1)\""))
    }

    @Test func aRateWithNoLegalDaysIsAnEmptyField() {
        #expect(csv.contains("\"Không có thời hạn luật định\",0,0,0,,\"Luật Xây dựng\"\r\n"))
    }

    @Test func eightSectionsEachWithATitleRow() {
        let body = String(csv.dropFirst())
        let sections = body.components(separatedBy: "\r\n\r\n")
        #expect(sections.count == 8)
        #expect(
            sections.map { $0.components(separatedBy: "\r\n")[0] } == [
                "\"Plan report\"", "\"Targets in force\"", "\"Totals\"", "\"Sectors\"", "\"Agencies\"", "\"Targets\"",
                "\"Reduction list\"", "\"4-on-the-spot list\"",
            ])
    }

    @Test func fieldQuoting() {
        #expect(ReportCSVReporter.field(.text("a,b")) == "\"a,b\"")
        #expect(ReportCSVReporter.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(ReportCSVReporter.field(.text("two\nlines")) == "\"two\nlines\"")
        #expect(ReportCSVReporter.field(.text("+84")) == "\"'+84\"")
        #expect(ReportCSVReporter.field(.text("@x")) == "\"'@x\"")
        #expect(ReportCSVReporter.field(.text("")) == "\"\"")
        #expect(ReportCSVReporter.field(.number("-3")) == "-3")
        #expect(ReportCSVReporter.field(.number("0.5")) == "0.5")
    }
}
