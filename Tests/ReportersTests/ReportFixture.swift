import Documents
import Foundation
import Review
import Testing
import Vocabulary

/// A small plan report for the reporters' tests, built from inline YAML the
/// way `tthc report` builds it: hours and calendar days, two levels, a name
/// with a comma, quotes and markup, a legal basis that looks like a formula,
/// agencies (a sector with none, so its name stands in; a procedure's own
/// shared by two sectors), and (appended by hand, since the catalog rejects a zero deadline) a row
/// with no legal days.
///
/// Golden files: Tests/ReportersTests/Golden/plan-report*. Regenerate them
/// after an intended change with
///
///     TTHC_UPDATE_GOLDEN=1 swift test --filter ReportersTests
enum ReportFixture {
    static let plan = """
        plans:
          - id: test-plan
            name: Đề án thử nghiệm
            effective: { from: 2021-01-01, until: 2030-12-31 }
            targets:
              reduction_rate: { 2021-01-01: 0.20, 2026-01-01: 0.30 }
              sector_reduction_rate: 0.25
              four_on_spot_share: 0.30
              procedure_cut_rate: 0.30
              cut_scope_min_days: 3
        """

    static let sectorA = """
        sector: { id: a, name: Tư pháp }
        procedures:
          - code: "1.000001.H37"
            name: 'Cấp "giấy phép", loại <A> & B'
            level: province
            legal_basis: [Luật số 1/2020/QH14, "=SUM(A1)"]
            deadline: { legal: 10, proposed: 7 }
            four_on_spot: true
          - { code: "1.000002.H37", name: Chứng thực bản sao, level: commune, legal_basis: [Nghị định 23/2015/NĐ-CP],
              deadline: { legal: "same day", proposed: "4h" }, four_on_spot: true, agency: UBND cấp xã }
          - { code: "1.000003.H37", name: Không cắt giảm, level: province, legal_basis: [L], deadline: { legal: 5 } }
        """

    static let sectorB = """
        sector: { id: b, name: Xây dựng, agency: Sở Xây dựng }
        procedures:
          - { code: "2.000001.H37", name: Cấp giấy phép xây dựng, level: province, legal_basis: [Luật Xây dựng],
              deadline: { legal: "15cd", proposed: "10cd" } }
          - { code: "2.000002.H37", name: Điều chỉnh giấy phép, level: commune, legal_basis: [Luật Xây dựng],
              deadline: { legal: 20, proposed: 18 }, agency: UBND cấp xã }
        """

    static func source(_ path: String, _ text: String) -> SourceFile {
        SourceFile(path: path, content: .bytes(Array(text.utf8)))
    }

    static func report(asOf: String = "2026-11-26") throws -> PlanReport {
        let ruleSet = try RuleSetLoader.load([source("rules/plan.yaml", plan)]).get()
        let catalog = LoadedCatalog.decode(
            [source("catalog/a.yaml", sectorA), source("catalog/b.yaml", sectorB)], traits: ruleSet.traits)
        let findings = catalog.files.flatMap(\.findings)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        var report = PlanReport(catalog: catalog, plan: ruleSet.plans[0], asOf: LocalDate(asOf)!)
        var empty = report.reductionList[3]
        empty.no = report.reductionList.count + 1
        empty.code = "2.000009.H37"
        empty.name = "Không có thời hạn luật định"
        empty.legal.days = 0
        empty.proposed.days = 0
        report.reductionList.append(empty)
        return report
    }
}
