import Review
import Testing

/// Figures per agency and the 4-on-the-spot list (SPEC §9.3), on the small
/// catalog of `PlanReportTests` with agencies added.
extension PlanReportTests {
    /// Sector a names no agency; P2 names its own; sector b names one, and Q2
    /// shares P2's. So: Alpha (sector a's name) P1 P3; UBND cấp xã P2 Q2;
    /// Sở Bê Q1 Q3 — in that order of first appearance.
    static let agencyFiles = [
        ("catalog/a.yaml", sectorA.replacingOccurrences(of: "four_on_spot: true }\n  - { code: \"1.000003\"",
            with: "four_on_spot: true, agency: UBND cấp xã }\n  - { code: \"1.000003\"")),
        ("catalog/b.yaml", sectorB
            .replacingOccurrences(of: "name: Bê }", with: "name: Bê, agency: Sở Bê }")
            .replacingOccurrences(of: "proposed: 18 } }", with: "proposed: 18 }, agency: UBND cấp xã }")),
    ]

    @Test func figuresPerAgencyInOrderOfFirstAppearance() throws {
        let report = try Self.report(asOf: "2025-06-01", files: Self.agencyFiles)
        #expect(report.agencies.map(\.name) == ["Alpha", "UBND cấp xã", "Sở Bê"])
        let figures = report.agencies.map(\.figures)
        #expect(figures.map(\.procedures) == [2, 2, 2])
        #expect(figures.map(\.withCut) == [1, 2, 2])
        #expect(figures.map(\.legalDays) == [10, 21, 17])
        #expect(figures.map(\.proposedDays) == [7, 18.5, 11.5])
        #expect(figures.map(\.fourOnTheSpot) == [1, 1, 0])
        #expect(figures.map(\.fourOnTheSpotShare) == [0.5, 0.5, 0])
        // They add up to the totals.
        #expect(figures.reduce(0) { $0 + $1.procedures } == report.totals.procedures)
        #expect(figures.reduce(0) { $0 + $1.cutDays } == report.totals.cutDays)
    }

    @Test func fourOnTheSpotListInCatalogOrderWithTheDeadlineInForce() throws {
        let report = try Self.report(asOf: "2025-06-01")
        #expect(report.fourOnTheSpotList.map(\.code) == ["1.000001", "1.000002"])
        #expect(report.fourOnTheSpotList.map(\.no) == [1, 2])
        #expect(report.fourOnTheSpotList.map(\.deadlineDays) == [7, 0.5])
        #expect(report.fourOnTheSpotList.map(\.legalBasis) == [["L1", "L2"], ["L3"]])
        let annex = report.fourOnTheSpotAnnex
        #expect(annex.map(\.level) == [.province, .commune])
        #expect(annex.flatMap { $0.sectors.flatMap(\.rows) }.map(\.stt) == [1, 2])
    }
}

extension ShippedPlanReportTests {
    @Test func agenciesAddUpAndTheListHas77() {
        #expect(report.agencies.count == 11)
        #expect(report.agencies.reduce(0) { $0 + $1.figures.procedures } == 237)
        #expect(report.agencies.reduce(0) { $0 + $1.figures.withCut } == 140)
        #expect(report.agencies.reduce(0) { $0 + $1.figures.fourOnTheSpot } == 77)
        #expect(report.fourOnTheSpotList.count == 77)
        #expect(report.fourOnTheSpotAnnex.flatMap { $0.sectors.flatMap(\.rows) }.map(\.stt) == Array(1...77))
    }
}
