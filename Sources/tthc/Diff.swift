import ArgumentParser
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

        @Option(help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "FILE"))
        var output: String?

        @Option(name: .customLong("fail-on"), help: "Exit 1 when a new finding is at or above this severity.")
        var failOn: FailOn = .error

        func run() throws {
            // After: the working tree, as `check` reads it.
            let workspace = try Workspace(input)
            let context = try workspace.prepare(planID: input.plan)
            let after = try workspace.loadCatalog([try input.catalogDirectory()], jobs: input.threads)
            let afterReport = context.check(after, roots: SourceRoots([input.catalog, input.rules]))

            // Before: the catalog and the rules as git holds them at the base.
            let rulesBefore = try GitInput.yamlFiles(
                at: base, under: input.rules, skipping: ["tests"], limits: workspace.limits)
            let ruleSetBefore: RuleSet
            switch RuleSetLoader.load(rulesBefore, limits: workspace.limits) {
            case .success(let ruleSet): ruleSetBefore = ruleSet
            case .failure(let errors):
                throw Workspace.invalid(errors, in: "\(base):\(input.rules)", language: workspace.language)
            }
            let contextBefore = try Workspace.prepare(
                ruleSetBefore, planID: input.plan, asOf: workspace.asOf, language: workspace.language, rules: "\(base):\(input.rules)")
            let before = LoadedCatalog.decode(
                try GitInput.yamlFiles(at: base, under: input.catalog, limits: workspace.limits),
                traits: ruleSetBefore.traits, limits: workspace.limits, jobs: input.threads)
            let beforeReport = contextBefore.check(before, roots: SourceRoots([input.catalog, input.rules]))

            // The figures before → after: neither side may print `inf` or `nan`.
            if let overflow = FigureOverflow.find(in: after) ?? FigureOverflow.find(in: before) {
                throw RunFailure(overflow)
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
