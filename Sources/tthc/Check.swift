import ArgumentParser
import Reporters
import Review
import Vocabulary

extension TTHC {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the catalog against the rules and print located findings.",
            discussion: "Exit status: 0 no finding at or above --fail-on, 1 such findings, 2 the run could not be made."
        )

        @Argument(help: ArgumentHelp("Catalog files or directories to check (default: --catalog).", valueName: "PATH"))
        var paths: [String] = []

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: CheckFormat = .text

        @Option(
            name: [.customShort("o"), .long],
            help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "FILE"))
        var output: String?

        @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity.")
        var failOn: FailOn = .error

        @Option(help: ArgumentHelp("Evaluate only this rule of rules/ (repeatable); built-in checks stay on.", valueName: "RULE"))
        var only: [String] = []

        @Option(help: ArgumentHelp("Do not evaluate this rule of rules/ (repeatable).", valueName: "RULE"))
        var disable: [String] = []

        @Option(help: ArgumentHelp("Leave out the findings this `check --format json` output already holds.", valueName: "FILE"))
        var baseline: String?

        @Option(
            name: .customLong("min-severity"),
            help: "List only findings at or above this severity; the summary still counts the others.")
        var minSeverity: Severity = .info

        func run() throws {
            let workspace = try Workspace(input)
            let context = try workspace.prepare(planID: input.plan)
            let known = Set(context.rules.map(\.id) + BuiltinRule.allCases.map(\.rawValue))
            for id in only + disable where !known.contains(id) {
                throw RunFailure(.unknownRule(id, rules: input.rules))
            }
            let selection = PathSelection(paths: paths, catalog: input.catalog)
            let roots = paths.isEmpty ? [try input.catalogDirectory()] : selection.roots
            let catalog = try workspace.loadCatalog(roots, jobs: input.threads)
            var report = context.check(
                catalog, selection: RuleSelection(only: Set(only), disable: Set(disable)), jobs: input.threads,
                roots: SourceRoots(roots + [input.rules]), budget: workspace.budget)
            report = selection.limit(report, catalog: input.catalog)
            if let baseline {
                report = try FileSystemInput.baseline(at: baseline).apply(to: report)
            }
            report = report.hiding(below: minSeverity)
            let reporter: any CheckReporter =
                switch format {
                case .text: TextReporter(colors: output == nil && Terminal.standardOutputWantsColor, language: workspace.language)
                case .json: JSONReporter(language: workspace.language)
                case .sarif: SARIFReporter(toolVersion: TTHC.configuration.version, language: workspace.language)
                case .junit: JUnitReporter(failOn: failOn.threshold, language: workspace.language)
                case .github: GitHubReporter(language: workspace.language)
                case .markdown: MarkdownReporter(language: workspace.language)
                }
            try Terminal.emit(reporter.render(report), to: output)
            Terminal.finish(failing: report.fails(at: failOn.threshold))
        }
    }
}
