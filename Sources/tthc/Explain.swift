import ArgumentParser
import Reporters
import Review

extension TTHC {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show why each rule in force fires or not on one procedure, value by value.")

        @Argument(help: ArgumentHelp("The procedure's code.", valueName: "CODE"))
        var code: String

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: ListFormat = .text

        func run() throws {
            let workspace = try Workspace(input)
            let context = try workspace.prepare(planID: input.plan)
            let catalog = try workspace.loadCatalog([try input.catalogDirectory()], jobs: input.threads)
            guard let explanation = Explanation.explain(code, in: catalog, context: context, budget: workspace.budget) else {
                throw RunFailure(
                    "no procedure has the code `\(code)` in `\(input.catalog)`",
                    "không có thủ tục nào mang mã `\(code)` trong `\(input.catalog)`")
            }
            let output =
                switch format {
                case .text: ExplanationReporter.text(explanation, language: workspace.language)
                case .json: ExplanationReporter.json(explanation)
                }
            try Terminal.emit(output, to: nil)
        }
    }
}
