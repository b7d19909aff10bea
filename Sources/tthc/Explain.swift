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
                let hint = Suggestion.closest(to: rule, in: known)
                throw RunFailure(
                    "`\(rule)` is not a rule in force\(hint.map { "; did you mean `\($0)`?" } ?? ""); `tthc rules` lists them",
                    "`\(rule)` không phải quy tắc đang áp dụng\(hint.map { "; có phải là `\($0)`?" } ?? ""); xem danh sách bằng `tthc rules`")
            }
            let catalog = try workspace.loadCatalog([try input.catalogDirectory()], jobs: input.threads)
            let candidates = Explanation.candidates(for: code, in: catalog)
            guard let chosen = candidates.first else {
                throw RunFailure(
                    "no procedure has the code `\(code)` in `\(input.catalog)`",
                    "không có thủ tục nào mang mã `\(code)` trong `\(input.catalog)`")
            }
            guard candidates.count == 1 else {
                throw RunFailure(
                    "`\(code)` is the code of \(candidates.count) procedures; give one of the full codes:",
                    "`\(code)` là mã của \(candidates.count) thủ tục; hãy ghi một mã đầy đủ:",
                    details: candidates.map { "  \($0.code) \(ProcedureLabel.name($0.name)) (\($0.file))" })
            }
            guard let explanation = Explanation.explain(
                chosen.code, in: catalog, context: context, rule: rule, budget: workspace.budget) else {
                throw RunFailure(
                    "no procedure has the code `\(code)` in `\(input.catalog)`",
                    "không có thủ tục nào mang mã `\(code)` trong `\(input.catalog)`")
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
