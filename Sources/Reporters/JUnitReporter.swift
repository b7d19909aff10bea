import Review
import Vocabulary

/// `check --format junit`: Ant JUnit XML, valid against `schemas/junit.xsd`
/// (SPEC §5).
///
/// - A `<testsuite>` per catalog file (name = its path), then one per other
///   file a finding points into (a catalog-scope rule's place in rules/).
/// - In a suite: a `<testcase>` named after the file when findings are about
///   the file itself (a syntax error) or it holds nothing else, one named
///   `sector ID` for its sector, and one per procedure code (classname = the
///   sector id, else the path).
/// - A `<failure message=… type=RULE>` per finding at or above `failOn`. The
///   schema allows one failure per test case, so an item with several such
///   findings gets one test case per finding, all with the item's name.
/// - `timestamp` is the run's date at 00:00:00 and every `time` is 0, so the
///   bytes depend on the report only. Each suite's `<system-out>` lists every
///   finding of its file, also those below the threshold.
public struct JUnitReporter: CheckReporter {
    /// The lowest severity that fails a test case; nil: none does.
    public var failOn: Severity?
    public var language: Language

    public init(failOn: Severity?, language: Language = .en) {
        self.failOn = failOn
        self.language = language
    }

    /// What a test case stands for.
    enum Item: Hashable {
        case file(String)
        case sector(String)
        case procedure(String)
    }

    /// Each procedure's name by code, for test case names.
    typealias Names = [String: String]

    struct Suite {
        var path: String
        var classname: String
        var items: [Item] = []
        var findings: [Finding] = []
    }

    public func render(_ report: CheckReport) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let suites = Self.suites(of: report)
        var names: Names = [:]
        for file in report.checkedFiles {
            for procedure in file.procedures { names[procedure.code] = procedure.name }
        }
        for finding in report.findings {
            if let code = finding.procedure, let name = finding.procedureName { names[code] = name }
        }
        guard !suites.isEmpty else { return out + "<testsuites/>\n" }
        out += "<testsuites>\n"
        let timestamp = "\(report.asOf)T00:00:00"
        for (id, suite) in suites.enumerated() {
            let cases = testCases(suite, names: names)
            let failures = cases.count { $0.failure != nil }
            out += "  <testsuite"
            out += Self.attributes([
                ("name", suite.path), ("package", suite.path), ("id", String(id)),
                ("tests", String(cases.count)), ("failures", String(failures)), ("errors", "0"),
                ("skipped", "0"), ("time", "0"), ("timestamp", timestamp), ("hostname", "tthc"),
            ])
            out += ">\n"
            out += "    <properties>\n"
            for (name, value) in [("as_of", report.asOf.description), ("plan", report.plan)] {
                out += "      <property" + Self.attributes([("name", name), ("value", value)]) + "/>\n"
            }
            out += "    </properties>\n"
            for testCase in cases {
                out += "    <testcase"
                out += Self.attributes([("name", testCase.name), ("classname", suite.classname), ("time", "0")])
                guard let finding = testCase.failure else {
                    out += "/>\n"
                    continue
                }
                out += ">\n      <failure"
                out += Self.attributes([("message", MessageText.render(finding.message, in: language)), ("type", finding.rule)])
                out += ">" + Self.text(describe(finding)) + "</failure>\n"
                out += "    </testcase>\n"
            }
            let log = suite.findings.map(describe).joined()
            out += log.isEmpty ? "    <system-out/>\n" : "    <system-out>" + Self.text(log) + "</system-out>\n"
            out += "    <system-err/>\n"
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    /// The suites in order: catalog files as the report lists them, then the
    /// other files findings point into, sorted by path.
    static func suites(of report: CheckReport) -> [Suite] {
        var suites: [Suite] = []
        var byPath: [String: Int] = [:]
        for file in report.checkedFiles where byPath[file.path] == nil {
            var suite = Suite(path: file.path, classname: file.sector ?? file.path)
            if let sector = file.sector { suite.items.append(.sector(sector)) }
            for procedure in file.procedures where !suite.items.contains(.procedure(procedure.code)) {
                suite.items.append(.procedure(procedure.code))
            }
            byPath[file.path] = suites.count
            suites.append(suite)
        }
        let others = Set(report.findings.map(\.location.file)).subtracting(byPath.keys).sorted()
        for path in others {
            byPath[path] = suites.count
            suites.append(Suite(path: path, classname: path))
        }
        for finding in report.findings {
            guard let index = byPath[finding.location.file] else { continue }
            suites[index].findings.append(finding)
            let item = item(of: finding)
            if !suites[index].items.contains(item) {
                // The file itself comes first; anything else found goes last.
                if case .file = item {
                    suites[index].items.insert(item, at: 0)
                } else {
                    suites[index].items.append(item)
                }
            }
        }
        for index in suites.indices where suites[index].items.isEmpty {
            suites[index].items = [.file(suites[index].path)]
        }
        return suites
    }

    static func item(of finding: Finding) -> Item {
        if let procedure = finding.procedure { return .procedure(procedure) }
        if let sector = finding.sector { return .sector(sector) }
        return .file(finding.location.file)
    }

    struct TestCase {
        var name: String
        var failure: Finding?
    }

    /// A test case per item, or one per failing finding of the item.
    func testCases(_ suite: Suite, names: Names = [:]) -> [TestCase] {
        var failing: [Item: [Finding]] = [:]
        if let failOn {
            for finding in suite.findings where finding.severity >= failOn {
                failing[Self.item(of: finding), default: []].append(finding)
            }
        }
        return suite.items.flatMap { item -> [TestCase] in
            let name =
                switch item {
                case .file(let path): path
                case .sector(let id): "sector \(id)"
                case .procedure(let code): names[code].flatMap { $0.isEmpty ? nil : "\(code) \(ProcedureLabel.name($0))" } ?? code
                }
            guard let findings = failing[item], !findings.isEmpty else { return [TestCase(name: name)] }
            return findings.map { TestCase(name: name, failure: $0) }
        }
    }

    /// `file:line:col: severity: message [rule]`, related places and basis, as
    /// `check --format text` prints them.
    func describe(_ finding: Finding) -> String {
        var text = "\(finding.location): \(finding.severity.rawValue): \(MessageText.render(finding.message, in: language)) [\(finding.rule)]\n"
        for related in finding.related {
            text += "    \(related): note: related location\n"
        }
        if let basis = finding.basis {
            text += "    basis: \(basis)\n"
        }
        return text
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(attribute($0.1))\"" }.joined()
    }

    /// An attribute value: markup characters as entities, and tabs and line
    /// breaks as character references so that parsers do not normalize them.
    public static func attribute(_ value: String) -> String {
        escape(value) { scalar in
            switch scalar {
            case "\"": "&quot;"
            case "\t": "&#9;"
            case "\n": "&#10;"
            case "\r": "&#13;"
            default: nil
            }
        }
    }

    /// Character data.
    public static func text(_ value: String) -> String {
        escape(value) { $0 == "\r" ? "&#13;" : nil }
    }

    /// Escapes `&`, `<`, `>` and what `extra` names; characters XML 1.0
    /// cannot hold at all (other C0 controls, U+FFFE, U+FFFF) become U+FFFD.
    private static func escape(_ value: String, _ extra: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            if let replacement = extra(scalar) {
                out += replacement
                continue
            }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
