import ArgumentParser
import Documents
import Reporters
import Review

extension TTHC {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what an edit changed since a git ref: procedures, the plan's figures and new findings.",
            discussion: "Exit status: 0 no new finding at or above --fail-on, 1 such findings, 2 the ref or the files could not be read.")

        @Option(help: ArgumentHelp("The git ref to compare with (a commit, branch or tag).", valueName: "GIT-REF"))
        var base: String

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: DiffFormat = .text

        @Option(
            name: [.customShort("o"), .long],
            help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "FILE"))
        var output: String?

        @Option(name: .customLong("fail-on"), help: "Exit 1 when a new finding is at or above this severity.")
        var failOn: FailOn = .error

        func run() throws {
            // The base first: a wrong ref or a directory outside git fails at once.
            let catalog = try input.catalogDirectory()
            let git = try GitInput.open(base, holding: catalog)
            let workspace = try Workspace(input)

            // After: the working tree, as `check` reads it.
            let context = try workspace.prepare(planID: input.plan)
            let after = try workspace.loadCatalog([catalog], jobs: input.threads)
            let roots = SourceRoots([catalog, input.rules])
            let afterReport = context.check(after, roots: roots, budget: workspace.budget)

            // Before: the catalog and the rules as git holds them at the base,
            // found as `check` finds them and named as `check` names them.
            let rulesBefore = try git.yamlFiles(
                under: input.rules, skipping: ["tests"], limits: workspace.limits, required: true, ref: base)
            let ruleSetBefore: RuleSet
            switch RuleSetLoader.load(rulesBefore, limits: workspace.limits) {
            case .success(let ruleSet): ruleSetBefore = ruleSet
            case .failure(let errors):
                throw Workspace.invalid(errors, in: "\(base):\(input.rules)")
            }
            let contextBefore = try Workspace.prepare(
                ruleSetBefore, planID: input.plan, asOf: workspace.asOf, rules: "\(base):\(input.rules)")
            let before = LoadedCatalog.decode(
                try git.yamlFiles(under: catalog, limits: workspace.limits, ref: base),
                traits: ruleSetBefore.traits, limits: workspace.limits, jobs: input.threads)
            let beforeReport = contextBefore.check(before, roots: roots, budget: workspace.budget)

            // The figures before → after: neither side may print `inf` or `nan`.
            if let overflow = FigureOverflow.find(in: after) ?? FigureOverflow.find(in: before) {
                throw RunFailure(.figureOverflow(overflow))
            }
            let diff = CatalogDiff(base: base, before: before, beforeReport: beforeReport, after: after, afterReport: afterReport)
            let text =
                switch format {
                case .text: DiffReporter.text(diff, language: workspace.language)
                case .json: DiffReporter.json(diff, language: workspace.language)
                case .markdown: DiffReporter.markdown(diff, language: workspace.language)
                }
            try Terminal.emit(text, to: output)
            if diff.fails(at: failOn.threshold) { throw ExitCode(1) }
        }
    }
}

/// The formats of `tthc diff`.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown
}
