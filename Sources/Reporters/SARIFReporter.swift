import Review
import Vocabulary

/// `check --format sarif`: a SARIF 2.1.0 log with one run, valid against
/// `schemas/sarif-schema-2.1.0.json` (SPEC §5). Every rule of the report is
/// described in `tool.driver.rules`, and every result points at its rule by
/// `ruleId` and `ruleIndex`.
public struct SARIFReporter: CheckReporter {
    /// The OASIS schema the log declares, the `id` of the shipped schema.
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    public var toolVersion: String
    public var language: Language

    public init(toolVersion: String, language: Language = .en) {
        self.toolVersion = toolVersion
        self.language = language
    }

    public func render(_ report: CheckReport) -> String {
        let rules = Self.rules(of: report)
        var index: [String: Int] = [:]
        for (i, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = i }
        let driver: [(String, JSONValue)] = [
            ("name", .string("tthc")),
            ("version", .string(toolVersion)),
            ("rules", .array(rules.map(Self.descriptor))),
        ]
        let run: [(String, JSONValue)] = [
            ("tool", .object([("driver", .object(driver))])),
            // libyaml marks count characters, not UTF-16 units.
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(report.findings.map { result($0, ruleIndex: index[$0.rule] ?? -1) })),
            ("properties", .object([("as_of", .string(report.asOf.description)), ("plan", .string(report.plan))])),
        ]
        return JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ]).serialized()
    }

    /// The report's rules, each id once (the first wins), then any rule a
    /// finding names that the report did not list, so every result has a rule.
    static func rules(of report: CheckReport) -> [CheckReport.RuleInfo] {
        var seen = Set<String>()
        var rules: [CheckReport.RuleInfo] = []
        for rule in report.rules where seen.insert(rule.id).inserted {
            rules.append(rule)
        }
        for finding in report.findings where seen.insert(finding.rule).inserted {
            rules.append(
                CheckReport.RuleInfo(
                    id: finding.rule, severity: finding.severity,
                    description: BuiltinRule(rawValue: finding.rule)?.summary, basis: finding.basis))
        }
        return rules
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func descriptor(_ rule: CheckReport.RuleInfo) -> JSONValue {
        let short = rule.description ?? rule.id
        let full = [rule.description ?? rule.id, rule.basis.map { "Basis: \($0)" }]
            .compactMap { $0 }.joined(separator: " — ")
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(short))])),
            ("fullDescription", .object([("text", .string(full))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
        ]
        var properties: [(String, JSONValue)] = []
        if let scope = rule.scope { properties.append(("scope", .string(scope))) }
        if let basis = rule.basis { properties.append(("basis", .string(basis))) }
        if !properties.isEmpty { members.append(("properties", .object(properties))) }
        return .object(members)
    }

    private func result(_ finding: Finding, ruleIndex: Int) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(finding.rule)),
            ("ruleIndex", .number(Double(ruleIndex))),
            ("level", .string(Self.level(finding.severity))),
            ("message", .object([("text", .string(MessageText.render(finding.message, in: language)))])),
            ("locations", .array([.object([("physicalLocation", Self.physicalLocation(finding.location))])])),
        ]
        if let fingerprint = finding.fingerprint {
            members.append(("partialFingerprints", .object([("tthc/v1", .string(fingerprint))])))
        }
        if !finding.related.isEmpty {
            members.append((
                "relatedLocations",
                .array(
                    finding.related.enumerated().map { id, place in
                        .object([
                            ("id", .number(Double(id + 1))),
                            ("physicalLocation", Self.physicalLocation(place)),
                            ("message", .object([("text", .string("related location"))])),
                        ])
                    })
            ))
        }
        var properties: [(String, JSONValue)] = []
        if let sector = finding.sector { properties.append(("sector", .string(sector))) }
        if let procedure = finding.procedure { properties.append(("procedure", .string(procedure))) }
        if let basis = finding.basis { properties.append(("basis", .string(basis))) }
        if !properties.isEmpty { members.append(("properties", .object(properties))) }
        return .object(members)
    }

    private static func physicalLocation(_ location: Location) -> JSONValue {
        .object([
            ("artifactLocation", .object([("uri", .string(uri(location.file)))])),
            (
                "region",
                .object([
                    ("startLine", .number(Double(max(1, location.line)))),
                    ("startColumn", .number(Double(max(1, location.column)))),
                ])
            ),
        ])
    }

    /// The path as a URI reference: relative paths stay relative, absolute
    /// ones become `file://` URIs; bytes a URI path cannot hold (spaces, `%`,
    /// `:`, `?`, `#`, non-ASCII) are percent-encoded as UTF-8.
    public static func uri(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            if isPathByte(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// Unreserved characters, sub-delimiters, `@` and `/` of RFC 3986 — but
    /// not `:`, which would read as a scheme in a relative reference.
    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-._~!$&'()*+,;=@/".utf8.contains(byte)
        }
    }
}
