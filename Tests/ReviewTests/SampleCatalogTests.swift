import Documents
import Foundation
import Review
import Testing
import Vocabulary

/// The shipped Lạng Sơn sample must reproduce the province's published 2021
/// figures, recomputed here from the loaded files.
@Suite struct SampleCatalogTests {
    let catalog: LoadedCatalog
    let ruleSet: RuleSet

    init() throws {
        ruleSet = try RuleSetLoader.load(try sources(in: packageRoot.appending(path: "rules"), skipping: "tests")).get()
        catalog = LoadedCatalog.decode(
            try sources(in: packageRoot.appending(path: "catalog")), traits: ruleSet.traits, jobs: 2)
    }

    @Test func decodesWithoutFindings() {
        let findings = catalog.files.flatMap(\.findings)
        #expect(findings.isEmpty, "\(findings.map { "\($0.location): \($0.text)" })")
        #expect(catalog.files.count == 11)
        #expect(Set(catalog.files.compactMap { $0.sector?.id.value }).count == 11)
    }

    @Test func reproducesThePublished2021Figures() {
        let total = PlanFigures(catalog).total
        #expect(total.withCut == 140)
        #expect(total.legalDays == 2325)
        #expect(total.cutDays == 861)
        #expect(percent(total.reductionRate) == "37.03")
        #expect(percent(total.fourOnTheSpotShare) == "32.49")
    }

    /// The center's published 2021 figure: 152,039 dossiers received. The
    /// per-procedure split is illustrative (README); the total is not.
    @Test func dossiersAddUpToThePublished2021Total() {
        let procedures = catalog.files.flatMap(\.procedures)
        #expect(procedures.allSatisfy { $0.dossiersPerYear != nil })
        #expect(procedures.reduce(0) { $0 + ($1.dossiersPerYear?.value ?? 0) } == 152_039)
    }

    @Test func everySectorHasACut() {
        let sectors = PlanFigures(catalog).sectors
        #expect(sectors.count == 11)
        for (sector, figures) in sectors {
            #expect(figures.withCut > 0, "sector \(sector.id.value) has no proposed cut")
        }
    }

    /// Rounded half up to two decimals, as the province prints a rate.
    private func percent(_ ratio: Double?) -> String {
        guard let ratio else { return "none" }
        let hundredths = (ratio * 10_000 + 0.5).rounded(.down) / 100
        return String(format: "%.2f", hundredths)
    }
}
