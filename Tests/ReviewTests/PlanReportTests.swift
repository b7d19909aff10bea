import Catalog
import Documents
import Foundation
import Review
import Testing
import Vocabulary

/// The plan report's figures (SPEC §5.2), on small catalogs whose totals are
/// computed by hand in the comments, then on the shipped sample.
@Suite struct PlanReportTests {
    static let plan = """
        plans:
          - id: test-plan
            name: Đề án thử
            effective: { from: 2021-01-01, until: 2030-12-31 }
            targets:
              reduction_rate: { 2021-01-01: 0.20, 2026-01-01: 0.30 }
              sector_reduction_rate: 0.25
              four_on_spot_share: 0.30
              procedure_cut_rate: 0.30
              cut_scope_min_days: 3
        """

    /// Sector a (file a.yaml):
    ///   P1 province 10 → 7      cut 3   rate 0.3    4-on-the-spot
    ///   P2 commune  1 ("same day") → 0.5 ("4h")  cut 0.5   rate 0.5   4-on-the-spot
    ///   P3 province 5, no cut
    ///   → 3 procedures, 2 with a cut, legal 11, proposed 7.5, cut 3.5, rate 3.5/11, 2 on the list (2/3)
    /// Sector b (file b.yaml):
    ///   Q1 province "15cd" → "10cd" (face value) cut 5   rate 1/3
    ///   Q2 commune  20 → 18                      cut 2   rate 0.1
    ///   Q3 province 2 → 1.5                      cut 0.5 rate 0.25 (below the 3-day scope)
    ///   → 3 procedures, 3 with a cut, legal 37, proposed 29.5, cut 7.5, rate 7.5/37, none on the list
    /// Total: 6 procedures, 5 with a cut, legal 48, proposed 37, cut 11, rate 11/48, 2 of 6 on the list.
    /// Province: P1 P3 Q1 Q3 → 4, 3 with a cut, legal 27, proposed 18.5, cut 8.5, 1 on the list.
    /// Commune: P2 Q2 → 2, 2 with a cut, legal 21, proposed 18.5, cut 2.5, 1 on the list.
    static let sectorA = """
        sector: { id: a, name: Alpha }
        procedures:
          - { code: "1.000001", name: P1, level: province, legal_basis: [L1, L2],
              deadline: { legal: 10, proposed: 7 }, four_on_spot: true }
          - { code: "1.000002", name: P2, level: commune, legal_basis: [L3],
              deadline: { legal: "same day", proposed: "4h" }, four_on_spot: true }
          - { code: "1.000003", name: P3, level: province, legal_basis: [L4], deadline: { legal: 5 } }
        """
    static let sectorB = """
        sector: { id: b, name: Bê }
        procedures:
          - { code: "2.000001", name: Q1, level: province, legal_basis: [L5],
              deadline: { legal: "15cd", proposed: "10 calendar days" } }
          - { code: "2.000002", name: Q2, level: commune, legal_basis: [L6], deadline: { legal: 20, proposed: 18 } }
          - { code: "2.000003", name: Q3, level: province, legal_basis: [], deadline: { legal: 2, proposed: 1.5 } }
        """

    static func report(asOf: String, files: [(String, String)]? = nil) throws -> PlanReport {
        let ruleSet = try RuleSetLoader.load([source("rules/plan.yaml", plan)]).get()
        let sources = (files ?? [("catalog/b.yaml", sectorB), ("catalog/a.yaml", sectorA)])
            .map { source($0.0, $0.1) }
            .sorted { $0.path < $1.path }
        let catalog = LoadedCatalog.decode(sources, traits: ruleSet.traits)
        let findings = catalog.files.flatMap(\.findings)
        #expect(findings.isEmpty, "\(findings.map(\.text))")
        return PlanReport(catalog: catalog, plan: ruleSet.plans[0], asOf: LocalDate(asOf)!)
    }

    @Test func totalsCountHoursAsEighthsAndCalendarDaysAtFaceValue() throws {
        let report = try Self.report(asOf: "2025-06-01")
        let total = report.totals
        #expect(report.sectorCount == 2)
        #expect(total.procedures == 6)
        #expect(total.withCut == 5)
        #expect(total.legalDays == 48)
        #expect(total.proposedDays == 37)
        #expect(total.cutDays == 11)
        #expect(total.reductionRate == 11.0 / 48.0)
        #expect(total.fourOnTheSpot == 2)
        #expect(total.fourOnTheSpotShare == 2.0 / 6.0)
    }

    @Test func sectorsInCatalogOrder() throws {
        let report = try Self.report(asOf: "2025-06-01")
        #expect(report.sectors.map(\.id) == ["a", "b"])
        #expect(report.sectors.map(\.name) == ["Alpha", "Bê"])
        let a = report.sectors[0].figures
        #expect((a.procedures, a.withCut, a.legalDays, a.proposedDays, a.cutDays) == (3, 2, 11, 7.5, 3.5))
        #expect(a.reductionRate == 3.5 / 11)
        #expect(a.fourOnTheSpotShare == 2.0 / 3.0)
        let b = report.sectors[1].figures
        #expect((b.procedures, b.withCut, b.legalDays, b.proposedDays, b.cutDays) == (3, 3, 37, 29.5, 7.5))
        #expect(b.reductionRate == 7.5 / 37)
        #expect(b.fourOnTheSpot == 0)
        #expect(b.fourOnTheSpotShare == 0)
    }

    @Test func onlyTheLevelsThatOccurInTheirOrder() throws {
        let report = try Self.report(asOf: "2025-06-01")
        #expect(report.levels.map(\.level) == [.province, .commune])
        let province = report.levels[0].figures
        #expect((province.procedures, province.withCut, province.legalDays, province.proposedDays) == (4, 3, 27, 18.5))
        #expect(province.cutDays == 8.5)
        #expect(province.fourOnTheSpot == 1)
        let commune = report.levels[1].figures
        #expect((commune.procedures, commune.withCut, commune.legalDays, commune.proposedDays) == (2, 2, 21, 18.5))
        #expect(commune.cutDays == 2.5)

        let districtOnly = try Self.report(
            asOf: "2025-06-01",
            files: [
                (
                    "catalog/d.yaml",
                    """
                    sector: { id: d, name: D }
                    procedures:
                      - { code: "1.000009", name: X, level: district, legal_basis: [L], deadline: { legal: 4, proposed: 3 } }
                    """
                )
            ])
        #expect(districtOnly.levels.map(\.level) == [.district])
    }

    @Test func reductionListInCatalogOrderWithDaysAndRates() throws {
        let report = try Self.report(asOf: "2025-06-01")
        let list = report.reductionList
        #expect(list.map(\.code) == ["1.000001", "1.000002", "2.000001", "2.000002", "2.000003"])
        #expect(list.map(\.no) == [1, 2, 3, 4, 5])
        #expect(list.map(\.legalDays) == [10, 1, 15, 20, 2])
        #expect(list.map(\.proposedDays) == [7, 0.5, 10, 18, 1.5])
        #expect(list.map(\.cutDays) == [3, 0.5, 5, 2, 0.5])
        #expect(list.map(\.rate) == [0.3, 0.5, 5.0 / 15, 0.1, 0.25])
        #expect(list[0].legalBasis == ["L1", "L2"])
        #expect(list[0].sectorID == "a")
        #expect(list[1].level == .commune)
        #expect(list[2].inCalendarDays)
        #expect(!list[0].inCalendarDays)
    }

    @Test func annexGroupsByLevelThenSectorAndNumbersThroughIt() throws {
        let annex = try Self.report(asOf: "2025-06-01").annex
        #expect(annex.map(\.level) == [.province, .commune])
        #expect(annex[0].sectors.map(\.id) == ["a", "b"])
        #expect(annex[0].sectors[1].rows.map(\.entry.code) == ["2.000001", "2.000003"])
        #expect(annex[1].sectors.map(\.id) == ["a", "b"])
        let rows = annex.flatMap { $0.sectors.flatMap(\.rows) }
        #expect(rows.map(\.stt) == [1, 2, 3, 4, 5])
        #expect(rows.map(\.entry.code) == ["1.000001", "2.000001", "2.000003", "1.000002", "2.000002"])
    }

    @Test func aRateWithNoLegalDaysIsNil() {
        let entry = PlanReport.ReductionEntry(
            no: 1, code: "1.000001", name: "P", sectorID: "a", sectorName: "A", level: .province,
            legal: Duration(days: 0), proposed: Duration(days: 0), legalBasis: [])
        #expect(entry.rate == nil)
        #expect(Figures().reductionRate == nil)
        #expect(Figures().fourOnTheSpotShare == nil)
    }

    @Test func targetsMetAndNotMetAcrossADatedTargetBoundary() throws {
        // 11/48 = 0.229: above 0.20 until 2025-12-31, below 0.30 from 2026-01-01.
        let before = try Self.report(asOf: "2025-12-31")
        #expect(before.target("reduction_rate") == 0.20)
        let beforeRate = try #require(before.comparisons.first { $0.target == "reduction_rate" })
        #expect(beforeRate.scope == .catalog)
        #expect(beforeRate.value == 0.20)
        #expect(beforeRate.actual == 11.0 / 48.0)
        #expect(beforeRate.met)

        let after = try Self.report(asOf: "2026-01-01")
        #expect(after.target("reduction_rate") == 0.30)
        let afterRate = try #require(after.comparisons.first { $0.target == "reduction_rate" })
        #expect(afterRate.value == 0.30)
        #expect(!afterRate.met)
    }

    @Test func everyTargetComparedInOrder() throws {
        let report = try Self.report(asOf: "2026-01-01")
        #expect(
            report.comparisons.map { "\($0.target) \($0.scope.rawValue) \($0.sector ?? "-") \($0.met)" } == [
                "reduction_rate catalog - false",
                "sector_reduction_rate sector a true",  // 3.5/11 = 0.318 ≥ 0.25
                "sector_reduction_rate sector b false",  // 7.5/37 = 0.203 < 0.25
                "four_on_spot_share catalog - true",  // 2/6 ≥ 0.30
                "procedure_cut_rate procedure - false",  // lowest in scope: Q2 0.1
            ])
        let cut = try #require(report.comparisons.last)
        // In scope: cuts on legal deadlines of 3 days or more: P1 (0.3), Q1 (1/3), Q2 (0.1).
        #expect(cut.actual == 0.1)
        #expect(cut.cutScope == PlanReport.CutScope(minDays: 3, inScope: 3, reaching: 2))
        #expect(report.targets.map(\.name) == [
            "reduction_rate", "sector_reduction_rate", "four_on_spot_share", "procedure_cut_rate", "cut_scope_min_days",
        ])
    }

    @Test func aTargetWithNoValueYetIsNotCompared() throws {
        let report = try Self.report(asOf: "2020-06-01")
        #expect(report.target("reduction_rate") == nil)
        #expect(!report.targets.map(\.name).contains("reduction_rate"))
        #expect(!report.comparisons.contains { $0.target == "reduction_rate" })
        #expect(report.comparisons.contains { $0.target == "four_on_spot_share" })
    }

    @Test func withoutCutsTheRateIsNilAndNotMet() throws {
        let report = try Self.report(
            asOf: "2025-06-01",
            files: [
                (
                    "catalog/a.yaml",
                    """
                    sector: { id: a, name: A }
                    procedures:
                      - { code: "1.000001", name: P, level: commune, legal_basis: [L], deadline: { legal: 5 } }
                    """
                )
            ])
        #expect(report.reductionList.isEmpty)
        #expect(report.totals.reductionRate == nil)
        let rate = try #require(report.comparisons.first { $0.target == "reduction_rate" })
        #expect(rate.actual == nil)
        #expect(!rate.met)
        #expect(!report.comparisons.contains { $0.target == "sector_reduction_rate" })
        #expect(!report.comparisons.contains { $0.target == "procedure_cut_rate" })
        #expect(report.levels.map(\.level) == [.commune])
    }
}

/// The shipped Lạng Sơn sample as `tthc report` sees it on 2026-11-26.
@Suite struct ShippedPlanReportTests {
    let report: PlanReport

    init() throws {
        let ruleSet = try RuleSetLoader.load(try sources(in: packageRoot.appending(path: "rules"), skipping: "tests")).get()
        let catalog = LoadedCatalog.decode(
            try sources(in: packageRoot.appending(path: "catalog")), traits: ruleSet.traits, jobs: 2)
        let asOf = LocalDate("2026-11-26")!
        let plan = try PlanSelection.select(from: ruleSet.plans, id: nil, on: asOf).get()
        report = PlanReport(catalog: catalog, plan: plan, asOf: asOf)
    }

    @Test func totalsAreThePublished2021Figures() {
        let total = report.totals
        #expect(report.sectorCount == 11)
        #expect(total.procedures == 237)
        #expect(total.withCut == 140)
        #expect(total.legalDays == 2325)
        #expect(total.proposedDays == 1464)
        #expect(total.cutDays == 861)
        #expect(total.reductionRate == 861.0 / 2325.0)
        #expect(abs((total.reductionRate ?? 0) - 0.370322) < 0.000001)
        #expect(total.fourOnTheSpot == 77)
        #expect(total.fourOnTheSpotShare == 77.0 / 237.0)
        #expect(abs((total.fourOnTheSpotShare ?? 0) - 0.324894) < 0.000001)
    }

    @Test func sectorsLevelsAndList() {
        #expect(report.sectors.count == 11)
        #expect(report.sectors.map(\.id) == report.sectors.map(\.id).sorted())
        #expect(report.sectors.reduce(0) { $0 + $1.figures.withCut } == 140)
        #expect(report.levels.map(\.level) == [.province, .commune])
        #expect(report.reductionList.count == 140)
        #expect(report.reductionList.map(\.no) == Array(1...140))
        #expect(report.reductionList.reduce(0) { $0 + $1.cutDays } == 861)
        #expect(report.annex.flatMap { $0.sectors.flatMap(\.rows) }.map(\.stt) == Array(1...140))
    }

    @Test func targetsOnTheRunDate() throws {
        #expect(report.planID == "lang-son-2021-2030")
        #expect(report.target("reduction_rate") == 0.40)
        let rate = try #require(report.comparisons.first { $0.target == "reduction_rate" })
        #expect(!rate.met)
        let share = try #require(report.comparisons.first { $0.target == "four_on_spot_share" })
        #expect(share.met)
        #expect(report.comparisons.filter { $0.target == "sector_reduction_rate" }.count == 11)
    }
}
