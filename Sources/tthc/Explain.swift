import ArgumentParser
import Reporters
import Review
import Vocabulary

extension TTHC {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show why each rule in force fires or not on one procedure, value by value.")

        @Argument(
            help: ArgumentHelp(
                "The procedure's code, or its national part (1.001234) when only one procedure has it.",
                valueName: "CODE"))
        var code: String

        @OptionGroup var input: InputOptions

        @Option(help: ArgumentHelp("Explain only this rule.", valueName: "ID"))
        var rule: String?

        @Option(help: "Output format.")
        var format: ListFormat = .text

        func run() throws {
            let workspace = try Workspace(input)
            let context = try workspace.prepare(planID: input.plan)
            if let rule, !context.rulesInForce.contains(where: { $0.id == rule }) {
                let known = context.rulesInForce.map(\.id)
                throw RunFailure(.ruleNotInForce(rule, suggestion: Suggestion.closest(to: rule, in: known)))
            }
            let catalog = try workspace.loadCatalog([try input.catalogDirectory()], jobs: input.threads)
            let candidates = Explanation.candidates(for: code, in: catalog)
            guard let chosen = candidates.first else {
                throw RunFailure(.noProcedure(code: code, catalog: input.catalog))
            }
            guard candidates.count == 1 else {
                throw RunFailure(
                    .ambiguousCode(code, count: candidates.count),
                    details: candidates.map { .candidate(code: $0.code, name: $0.name, file: $0.file) })
            }
            guard let explanation = Explanation.explain(
                chosen.code, in: catalog, context: context, rule: rule, budget: workspace.budget) else {
                throw RunFailure(.noProcedure(code: code, catalog: input.catalog))
            }
            let output =
                switch format {
                case .text: ExplanationReporter.text(explanation, language: workspace.language)
                case .json: ExplanationReporter.json(explanation, language: workspace.language)
                }
            try Terminal.emit(output, to: nil)
        }
    }
}
