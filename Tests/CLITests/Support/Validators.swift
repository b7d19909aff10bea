import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The structure of the CI formats, checked with Foundation alone. Validation
/// against the vendored schemas (Python's jsonschema, xmllint) needs outside
/// programs and runs in `scripts/check-formats`, after `swift test`.
enum Validators {
    static let sarifSchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// A SARIF 2.1.0 log as a code-scanning dashboard reads it: one run by
    /// `tthc`, every result pointing at a described rule, with a level, a
    /// message and a place from line and column 1.
    static func sarif(_ data: Data, label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let object = try #require(
            try JSONSerialization.jsonObject(with: data) as? [String: Any], "SARIF of \(label) is not a JSON object",
            sourceLocation: sourceLocation)
        #expect(object["version"] as? String == "2.1.0", "SARIF of \(label): version", sourceLocation: sourceLocation)
        #expect(object["$schema"] as? String == sarifSchemaURI, "SARIF of \(label): $schema", sourceLocation: sourceLocation)
        let log = try SARIFLog(data, sourceLocation: sourceLocation)
        for rule in log.rules {
            #expect((rule["id"] as? String)?.isEmpty == false, "SARIF of \(label): rule without id", sourceLocation: sourceLocation)
        }
        for (number, result) in log.results.enumerated() {
            let index = result["ruleIndex"] as? Int ?? -1
            #expect(
                log.rules.indices.contains(index) && log.rules[index]["id"] as? String == result["ruleId"] as? String,
                "SARIF of \(label): result \(number) does not point at its rule", sourceLocation: sourceLocation)
            #expect(
                ["error", "warning", "note"].contains(result["level"] as? String ?? ""),
                "SARIF of \(label): result \(number) level", sourceLocation: sourceLocation)
            #expect(
                ((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false,
                "SARIF of \(label): result \(number) has no message text", sourceLocation: sourceLocation)
            let locations = result["locations"] as? [[String: Any]] ?? []
            #expect(!locations.isEmpty, "SARIF of \(label): result \(number) has no location", sourceLocation: sourceLocation)
            for location in locations + (result["relatedLocations"] as? [[String: Any]] ?? []) {
                let physical = location["physicalLocation"] as? [String: Any]
                let uri = (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String
                #expect(uri?.isEmpty == false, "SARIF of \(label): result \(number) location without uri", sourceLocation: sourceLocation)
                if let region = physical?["region"] as? [String: Any] {
                    #expect(
                        (region["startLine"] as? Int ?? 0) >= 1 && (region["startColumn"] as? Int ?? 1) >= 1,
                        "SARIF of \(label): result \(number) region \(region)", sourceLocation: sourceLocation)
                }
            }
        }
    }

    /// Ant JUnit XML as CI test reporters read it: well-formed, `testsuites`
    /// at the root, and each suite's `tests`, `failures` and `errors` equal to
    /// the test cases, failures and errors it holds.
    static func junit(_ data: Data, label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let document = JUnitOutline(data)
        if let error = document.error {
            Issue.record(
                "JUnit XML of \(label) is not well-formed: \(error)\n\(String(decoding: data.prefix(4000), as: UTF8.self))",
                sourceLocation: sourceLocation)
            return
        }
        #expect(document.root == "testsuites", "JUnit XML of \(label): root element", sourceLocation: sourceLocation)
        for suite in document.suites {
            let name = suite.attributes["name"] ?? "?"
            for required in ["name", "package", "id", "tests", "failures", "errors", "time", "timestamp", "hostname"] {
                #expect(
                    suite.attributes[required] != nil, "JUnit XML of \(label): suite \(name) has no \(required)",
                    sourceLocation: sourceLocation)
            }
            #expect(suite.attributes["tests"] == String(suite.testCases), "JUnit XML of \(label): suite \(name) tests", sourceLocation: sourceLocation)
            #expect(
                suite.attributes["failures"] == String(suite.failures), "JUnit XML of \(label): suite \(name) failures",
                sourceLocation: sourceLocation)
            #expect(suite.attributes["errors"] == String(suite.errors), "JUnit XML of \(label): suite \(name) errors", sourceLocation: sourceLocation)
        }
    }
}

/// The suites of a JUnit document and what each holds, read with XMLParser.
final class JUnitOutline: NSObject, XMLParserDelegate {
    struct Suite {
        var attributes: [String: String]
        var testCases = 0
        var failures = 0
        var errors = 0
    }

    private(set) var root: String?
    private(set) var suites: [Suite] = []
    private(set) var error: Error?
    private var open = 0

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        // On Linux parse() can return true after an error, and an unclosed
        // element raises none: both are checked here.
        let parsed = parser.parse()
        error = error ?? parser.parserError
        if error == nil, !parsed || open != 0 || root == nil { error = CocoaError(.coderReadCorrupt) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = error ?? parseError
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open -= 1
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        open += 1
        if root == nil { root = name }
        if name == "testsuite" { suites.append(Suite(attributes: attributes)) }
        guard let last = suites.indices.last else { return }
        switch name {
        case "testcase": suites[last].testCases += 1
        case "failure": suites[last].failures += 1
        case "error": suites[last].errors += 1
        default: break
        }
    }
}
