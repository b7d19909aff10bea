import ArgumentParser
import Reporters
import Review

extension TTHC {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the rules in force on the run's date, with severity and basis.")

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: ListFormat = .text

        func run() throws {
            let context = try Workspace(input).prepare(planID: input.plan)
            let output =
                switch format {
                case .text:
                    RuleListReporter.text(context.rulesInForce, disabled: context.rulesDisabled, language: input.language)
                case .json: RuleListReporter.json(context.rulesInForce)
                }
            try Terminal.emit(output, to: nil)
        }
    }
}

/// The two formats of the listing commands.
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
