import ArgumentParser
import Reporters
import Review

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

        @Option(help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "FILE"))
        var output: String?

        @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity.")
        var failOn: FailOn = .error

        func run() throws {
            let workspace = try Workspace(input)
            let roots = paths.isEmpty ? [input.catalog] : paths
            if paths.isEmpty, !FileSystemInput.isDirectory(input.catalog) {
                throw RunFailure(
                    message: "catalog directory `\(input.catalog)` not found; run from the project root or pass --catalog DIR")
            }
            let catalog = try workspace.loadCatalog(roots, jobs: input.threads)
            let report = CatalogCheck.run(catalog, ruleSet: workspace.ruleSet, plan: workspace.plan, asOf: workspace.asOf)
            let reporter: any CheckReporter =
                switch format {
                case .text: TextReporter(colors: output == nil && Terminal.standardOutputWantsColor)
                case .json: JSONReporter()
                }
            try Terminal.emit(reporter.render(report), to: output)
            if report.fails(at: failOn.threshold) { throw ExitCode(1) }
        }
    }
}
