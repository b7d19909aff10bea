import ArgumentParser
import Catalog
import Foundation
import Reporters
import Vocabulary
import Review

extension TTHC {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the plan's figures beside its targets, and the reduction list.",
            discussion: """
                Totals, levels and sectors (procedures, cuts, legal, proposed and cut days, reduction rate, \
                4-on-the-spot share), each target of the plan in force compared, and the reduction list as an \
                annex prints it. A catalog file or procedure that could not be read is named in a notice before the \
                first table, and the report exits 1 (unless --allow-incomplete). Exit status: 0 the report was written \
                from the whole catalog, 1 it leaves some of it out, 2 it could not be made.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: ReportFormat = .text

        @Option(
            name: [.customShort("o"), .long],
            help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "FILE"))
        var output: String?

        @Option(
            help: ArgumentHelp(
                "The number of the decision the annexes are attached to (docx), e.g. 881/QĐ-UBND.", valueName: "NUMBER"))
        var decision: String?

        @Option(help: ArgumentHelp("The date of that decision (docx); also DD/MM/YYYY.", valueName: "YYYY-MM-DD"))
        var date: String?

        @Flag(
            name: .customLong("allow-incomplete"),
            help: "Exit 0 even when some of the catalog could not be read (the report still says so).")
        var allowIncomplete = false

        func validate() throws {
            if let date, case .failure = DateText.read(date) {
                throw ValidationError(RunMessageText.render(.decisionDateNotADate(date), in: CLILanguage.current))
            }
        }

        /// `--date`, read as `validate` accepted it.
        private var decisionDate: LocalDate? {
            guard let date, case .success(let reading) = DateText.read(date) else { return nil }
            return reading.value
        }

        func run() throws {
            let workspace = try Workspace(input)
            let context = try workspace.prepare(planID: input.plan)
            let catalog = try workspace.loadCatalog([try input.catalogDirectory()], jobs: input.threads)
            if let overflow = FigureOverflow.find(in: catalog) { throw RunFailure(.figureOverflow(overflow)) }
            let report = PlanReport(catalog: catalog, plan: context.plan, asOf: context.asOf)
            let language = workspace.language
            switch format {
            case .xlsx:
                try Terminal.emit(bytes: ReportXLSXReporter(language: language).render(report), format: "xlsx", to: output)
            case .docx:
                let reporter = ReportDOCXReporter(decision: decision, date: decisionDate)
                try Terminal.emit(bytes: reporter.render(report), format: "docx", to: output)
            case .text, .markdown, .csv, .html, .json:
                let reporter: any PlanReportReporter =
                    switch format {
                    case .markdown: ReportMarkdownReporter(language: language)
                    case .csv: ReportCSVReporter(language: language)
                    case .html: ReportHTMLReporter(language: language)
                    case .json: ReportJSONReporter()
                    default:
                        ReportTextReporter(language: language, colors: output == nil && Terminal.standardOutputWantsColor)
                    }
                try Terminal.emit(reporter.render(report), to: output)
            }
            // The notice is in the report itself; the exit status says it to CI.
            Terminal.finish(failing: report.incomplete != nil && !allowIncomplete)
        }
    }
}

/// The output formats of `tthc report`.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, csv, html, json, xlsx, docx
}
