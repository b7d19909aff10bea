// Golden files: Tests/ReportersTests/Golden/. Regenerate them after an
// intended change with `TTHC_UPDATE_GOLDEN=1 swift test --filter ReportersTests`
// (see CISampleReports.swift) and review the diff. Validation against
// Tests/Vendor/schemas/junit.xsd runs in scripts/check-formats (xmllint).
import Foundation
import Reporters
import Review
import Testing
import Vocabulary

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The elements of a JUnit document, read back with Foundation's XMLParser.
final class JUnitDocument: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        var parent: Int?
    }

    var elements: [Element] = []
    private var stack: [Int] = []
    var error: Error?

    init(_ text: String) {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: name, attributes: attributes, parent: stack.last))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = stack.last { elements[last].text += string }
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func children(of index: Int, _ name: String) -> [Element] {
        elements.filter { $0.parent == index && $0.name == name }
    }

    func index(of name: String, where predicate: (Element) -> Bool) -> Int? {
        elements.indices.first { elements[$0].name == name && predicate(elements[$0]) }
    }
}

@Suite struct JUnitReporterTests {
    @Test func sampleMatchesTheGoldenFile() throws {
        try Golden.check(JUnitReporter(failOn: .error).render(CISample.report), "sample-fail-on-error.xml")
        try Golden.check(JUnitReporter(failOn: .info).render(CISample.report), "sample-fail-on-info.xml")
    }

    @Test func aSuitePerFileWithTheRequiredAttributes() throws {
        let document = JUnitDocument(JUnitReporter(failOn: .error).render(CISample.report))
        #expect(document.error == nil)
        let suites = document.all("testsuite")
        #expect(suites.map { $0.attributes["name"] } == ["catalog/a.yaml", "catalog/b.yaml", "catalog/broken.yaml", "rules/plan.yaml"])
        for (id, suite) in suites.enumerated() {
            #expect(suite.attributes["id"] == String(id))
            #expect(suite.attributes["package"] == suite.attributes["name"])
            #expect(suite.attributes["timestamp"] == "2026-11-26T00:00:00")
            #expect(suite.attributes["hostname"] == "tthc")
            #expect(suite.attributes["time"] == "0")
            #expect(suite.attributes["errors"] == "0")
        }
        #expect(document.all("testsuites").count == 1)
        #expect(document.all("system-out").count == 4)
        #expect(document.all("system-err").count == 4)
        #expect(document.all("properties").count == 4)
    }

    @Test func aTestCasePerProcedureAndSectorAndAFailurePerFindingAtTheThreshold() throws {
        let document = JUnitDocument(JUnitReporter(failOn: .error).render(CISample.report))
        let cases = document.all("testcase").map { "\($0.attributes["classname"]!) \($0.attributes["name"]!)" }
        #expect(
            cases == [
                "a sector a", "a 1.000001", "a 1.000002",
                // Two error findings on 1.000001 of b: one test case each.
                "b sector b", "b 1.000001", "b 1.000001", "b 1.000003",
                "catalog/broken.yaml catalog/broken.yaml",
                "rules/plan.yaml rules/plan.yaml",
            ])
        let failures = document.all("failure")
        #expect(failures.map { $0.attributes["type"] } == ["duplicate-code", "cut-not-above-legal", "syntax"])
        #expect(failures[0].text.hasPrefix("catalog/b.yaml:5:11: error: procedure code `1.000001` appears twice"))
        #expect(failures[0].text.contains("[duplicate-code]"))
        #expect(failures[0].attributes["message"] == CISample.report.findings[2].text)
        let b = document.all("testsuite")[1]
        #expect(b.attributes["tests"] == "4")
        #expect(b.attributes["failures"] == "2")
    }

    @Test func theThresholdDecidesWhatFails() throws {
        let never = JUnitDocument(JUnitReporter(failOn: nil).render(CISample.report))
        #expect(never.all("failure").isEmpty)
        #expect(never.all("testsuite").allSatisfy { $0.attributes["failures"] == "0" })
        let info = JUnitDocument(JUnitReporter(failOn: .info).render(CISample.report))
        #expect(info.all("failure").count == CISample.report.findings.count)
        let warning = JUnitDocument(JUnitReporter(failOn: .warning).render(CISample.report))
        #expect(warning.all("failure").count == CISample.report.findings.count { $0.severity >= .warning })
        let total = warning.all("testsuite").reduce(0) { $0 + Int($1.attributes["failures"]!)! }
        #expect(total == warning.all("failure").count)
    }

    @Test func belowTheThresholdFindingsAreStillListedInSystemOut() throws {
        let document = JUnitDocument(JUnitReporter(failOn: .error).render(CISample.report))
        let out = document.all("system-out")
        #expect(out[0].text.contains("catalog/a.yaml:9:20: info: candidate for the 4-on-the-spot list"))
        #expect(out[3].text.contains("rules/plan.yaml:6:9: warning: the reduction list cuts 37.03%"))
    }

    @Test func aCleanReportHasPassingTestCases() throws {
        try Golden.check(JUnitReporter(failOn: .error).render(CISample.clean), "clean.xml")
        let empty = CheckReport(asOf: CISample.asOf, plan: "p", files: 0, sectors: 0, procedures: 0, findings: [])
        #expect(JUnitReporter(failOn: .error).render(empty) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites/>\n")
    }

    @Test func markupQuotesAndLineBreaksAreEscaped() throws {
        let text = JUnitReporter(failOn: .info).render(CISample.nasty)
        #expect(text.contains("&lt;tag&gt; &amp; 'x'"))
        #expect(text.contains("&quot;quoted&quot;"))
        #expect(text.contains("done,&#10;second line&#13;&#9;third"))
        #expect(!text.contains("\u{1}"))
        let document = JUnitDocument(text)
        #expect(document.error == nil)
        let failure = try #require(document.all("failure").first)
        let expected = CISample.nastyMessage.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}")
        #expect(failure.attributes["message"] == expected)
        #expect(failure.text.contains("[cut-not-above-legal]"))
        #expect(failure.text.contains("third: `co|de`"))
        let suite = try #require(document.all("testsuite").first)
        #expect(suite.attributes["name"] == CISample.nastyPath)
        #expect(document.all("testcase").map { $0.attributes["name"] } == ["sector s&", "1.0<1>", "1.0<1>"])
        #expect(document.all("property").map { $0.attributes["value"] } == ["2026-11-26", "p<&>"])
    }

    @Test func escapingHelpers() {
        #expect(JUnitReporter.attribute("a\"b<c>&d\ne\tf\rg") == "a&quot;b&lt;c&gt;&amp;d&#10;e&#9;f&#13;g")
        #expect(JUnitReporter.text("a\"b<c>&d\ne\u{0}") == "a\"b&lt;c&gt;&amp;d\ne\u{FFFD}")
    }
}
