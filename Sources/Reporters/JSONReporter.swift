import Review
import Vocabulary

/// `check --format json` (SPEC §5.1).
public struct JSONReporter: CheckReporter {
    /// The language of the findings' messages.
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ report: CheckReport) -> String {
        JSONValue.object([
            ("version", .number(1)),
            ("as_of", .string(report.asOf.description)),
            ("plan", .string(report.plan)),
            (
                "summary",
                .object([
                    ("files", .number(Double(report.files))),
                    ("sectors", .number(Double(report.sectors))),
                    ("procedures", .number(Double(report.procedures))),
                    ("error", .number(Double(report.count(.error)))),
                    ("warning", .number(Double(report.count(.warning)))),
                    ("info", .number(Double(report.count(.info)))),
                ] + (report.suppressed.map { [("suppressed", JSONValue.number(Double($0)))] } ?? []))
            ),
            ("findings", .array(report.findings.map { Self.finding($0, language: language) })),
        ]).serialized()
    }

    /// One finding as SPEC §5.1 shows it; keys with no value are left out.
    public static func finding(_ finding: Finding, language: Language = .en) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(finding.rule)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(MessageText.render(finding.message, in: language))),
        ]
        members += location(finding.location)
        if let sector = finding.sector { members.append(("sector", .string(sector))) }
        if let procedure = finding.procedure { members.append(("procedure", .string(procedure))) }
        if let name = finding.procedureName { members.append(("procedure_name", .string(name))) }
        if let basis = finding.basis { members.append(("basis", .string(basis))) }
        if !finding.related.isEmpty {
            members.append(("related", .array(finding.related.map { .object(location($0)) })))
        }
        if let fingerprint = finding.fingerprint { members.append(("fingerprint", .string(fingerprint))) }
        return .object(members)
    }

    /// `file`, `line`, `column`, and for a workbook's cell its `sheet` and
    /// `cell` (`F12`), the row and column being `line` and `column`.
    static func location(_ location: Location) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("file", .string(location.file)),
            ("line", .number(Double(location.line))),
            ("column", .number(Double(location.column))),
        ]
        if let sheet = location.sheet {
            members.append(("sheet", .string(sheet)))
            members.append(("cell", .string(Location.columnName(location.column) + String(location.line))))
        }
        return members
    }
}
