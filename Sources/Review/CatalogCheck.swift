import Catalog
import Vocabulary

/// Runs the checks over a decoded catalog. Rules from rules/ plug in here.
public enum CatalogCheck {
    public static func run(_ catalog: LoadedCatalog, ruleSet: RuleSet, plan: Plan, asOf: LocalDate) -> CheckReport {
        var findings = catalog.files.flatMap(\.findings)
        findings += CrossFileChecks.findings(catalog)
        return CheckReport(
            asOf: asOf,
            plan: plan.id.value,
            files: catalog.files.count,
            sectors: Set(catalog.files.compactMap { $0.sector?.id.value }).count,
            procedures: catalog.files.reduce(0) { $0 + $1.procedureEntries },
            findings: Finding.sorted(findings))
    }
}
