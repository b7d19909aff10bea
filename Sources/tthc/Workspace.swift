import Catalog
import Review
import Vocabulary
import YAMLTree

/// What every command needs before it can review anything: the rules, the
/// plan in force and the run's date. Everything here that fails exits 2.
struct Workspace {
    var ruleSet: RuleSet
    var plan: Plan
    var asOf: LocalDate
    var limits: Limits

    init(_ options: InputOptions, limits: Limits = .standard) throws(RunFailure) {
        self.limits = limits
        asOf = options.runDate
        guard FileSystemInput.isDirectory(options.rules) else {
            throw RunFailure(
                message: "rules directory `\(options.rules)` not found; run from the project root or pass --rules DIR")
        }
        let files = try FileSystemInput.read(
            FileSystemInput.yamlFiles(at: options.rules, skipping: ["tests"]), limits: limits)
        switch RuleSetLoader.load(files, limits: limits) {
        case .success(let ruleSet): self.ruleSet = ruleSet
        case .failure(let errors):
            let lines = errors.findings.map { "\($0.location): \($0.message) [\($0.rule)]" }
            throw RunFailure(
                message: "the rules in `\(options.rules)` are invalid; fix them and run again:\n"
                    + lines.joined(separator: "\n"))
        }
        switch PlanSelection.select(from: ruleSet.plans, id: options.plan, on: asOf) {
        case .success(let plan): self.plan = plan
        case .failure(let error): throw RunFailure(message: error.message)
        }
    }

    /// Reads and decodes the catalog files at `paths` (directories walked).
    func loadCatalog(_ paths: [String], jobs: Int) throws(RunFailure) -> LoadedCatalog {
        let sources = try FileSystemInput.read(FileSystemInput.yamlFiles(at: paths), limits: limits)
        return LoadedCatalog.decode(sources, traits: ruleSet.traits, limits: limits, jobs: jobs)
    }
}
