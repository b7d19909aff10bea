import Foundation
import Review
import Testing
import Vocabulary

/// Hand-built reports for the CI formats (SARIF, JUnit, GitHub, Markdown)
/// and the golden files their output is compared with.
///
/// Golden files live in `Tests/ReportersTests/Golden/`. To regenerate them
/// after an intended change of output, run
///
///     TTHC_UPDATE_GOLDEN=1 swift test --filter ReportersTests
///
/// which rewrites every golden file the tests compare with (the tests then
/// pass); review the diff before committing it.
enum CISample {
    static let asOf = LocalDate("2026-11-26")!

    static let rules: [CheckReport.RuleInfo] = [
        .init(id: "syntax", severity: .error, description: "the file is not well-formed YAML or not UTF-8"),
        .init(id: "duplicate-code", severity: .error, description: "a procedure code appears twice in the catalog"),
        .init(id: "waiver-unused", severity: .info, description: "a waiver in force whose rule would not fire on that procedure"),
        .init(
            id: "cut-not-above-legal", scope: "procedure", severity: .error,
            description: "a proposed deadline must be below the legal one", basis: "Nghị định 61/2018/NĐ-CP"),
        .init(id: "sector-has-cut", scope: "sector", severity: .warning, description: "every sector proposes a cut"),
        .init(id: "four-on-spot-candidate", scope: "procedure", severity: .info),
        .init(
            id: "plan-reduction-target", scope: "catalog", severity: .warning,
            description: "the reduction list meets the plan's target",
            basis: "Quyết định 1495/QĐ-UBND năm 2021 của UBND tỉnh Lạng Sơn"),
    ]

    /// Three catalog files (one unparsable), a duplicate code, two findings on
    /// one procedure, a sector finding and a catalog finding placed in rules/.
    static let report = CheckReport(
        asOf: asOf, plan: "lang-son-2021-2030", files: 3, sectors: 2, procedures: 4,
        findings: Finding.sorted([
            Finding(
                rule: "four-on-spot-candidate", severity: .info,
                message: "candidate for the 4-on-the-spot list: deadline in force 3 ≤ 5 working days",
                location: Location(file: "catalog/a.yaml", line: 9, column: 20), sector: "a", procedure: "1.000002"),
            Finding(
                rule: "duplicate-code", severity: .error,
                message: "procedure code `1.000001` appears twice in the catalog; keep one entry per code",
                location: Location(file: "catalog/b.yaml", line: 5, column: 11), sector: "b", procedure: "1.000001",
                related: [Location(file: "catalog/a.yaml", line: 5, column: 11)]),
            Finding(
                rule: "cut-not-above-legal", severity: .error, message: "proposed 12 is not below the legal 10",
                location: Location(file: "catalog/b.yaml", line: 8, column: 17), sector: "b", procedure: "1.000001",
                basis: "Nghị định 61/2018/NĐ-CP"),
            Finding(
                rule: "sector-has-cut", severity: .warning, message: "sector `b` proposes no cut",
                location: Location(file: "catalog/b.yaml", line: 2, column: 7), sector: "b"),
            Finding(
                rule: "syntax", severity: .error,
                message: "found unexpected end of stream (while scanning a quoted scalar started at 3:9)",
                location: Location(file: "catalog/broken.yaml", line: 5, column: 1)),
            Finding(
                rule: "plan-reduction-target", severity: .warning,
                message: "the reduction list cuts 37.03% of its legal days, below the plan's target of 40.00%",
                location: Location(file: "rules/plan.yaml", line: 6, column: 9),
                basis: "Quyết định 1495/QĐ-UBND năm 2021 của UBND tỉnh Lạng Sơn"),
        ]),
        rules: rules,
        checkedFiles: [
            .init(path: "catalog/a.yaml", sector: "a", procedures: ["1.000001", "1.000002"]),
            .init(path: "catalog/b.yaml", sector: "b", procedures: ["1.000001", "1.000003"]),
            .init(path: "catalog/broken.yaml", sector: nil, procedures: []),
        ])

    static let clean = CheckReport(
        asOf: asOf, plan: "lang-son-2021-2030", files: 1, sectors: 1, procedures: 1, findings: [], rules: rules,
        checkedFiles: [.init(path: "catalog/a.yaml", sector: "a", procedures: ["1.000001"])])

    /// Text that must be escaped in every format.
    static let nastyMessage = "a \"quoted\" <tag> & 'x' | pipe 100% done,\nsecond line\r\tthird: `co|de` \u{1}end"
    static let nastyPath = "catalog/dir, x/a:b 50% tư.yaml"

    static let nasty = CheckReport(
        asOf: asOf, plan: "p<&>", files: 1, sectors: 1, procedures: 1,
        findings: [
            Finding(
                rule: "cut-not-above-legal", severity: .error, message: .rule(RuleText(single: nastyMessage)),
                location: Location(file: nastyPath, line: 3, column: 4), sector: "s&", procedure: "1.0<1>",
                basis: "NĐ \"61\" & <b>", related: [Location(file: nastyPath, line: 1, column: 1)]),
            Finding(
                rule: "four-on-spot-candidate", severity: .info, message: "plain",
                location: Location(file: nastyPath, line: 7, column: 2), sector: "s&", procedure: "1.0<1>"),
        ],
        rules: rules,
        checkedFiles: [.init(path: nastyPath, sector: "s&", procedures: ["1.0<1>"])])
}
