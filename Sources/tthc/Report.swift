import ArgumentParser
import Foundation
import Reporters
import Review

extension TTHC {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the plan's figures beside its targets, and the reduction list.",
            discussion: """
                Totals, levels and sectors (procedures, cuts, legal, proposed and cut days, reduction rate, \
                4-on-the-spot share), each target of the plan in force compared, and the reduction list as an \
                annex prints it. Exit status: 0 the report was written, 2 it could not be made.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: ReportFormat = .text

        @Option(help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "FILE"))
        var output: String?

        func run() throws {
            let workspace = try Workspace(input)
            let context = try workspace.prepare(planID: input.plan)
            let catalog = try workspace.loadCatalog([try input.catalogDirectory()], jobs: input.threads)
            if let overflow = FigureOverflow.find(in: catalog) { throw RunFailure(overflow) }
            let report = PlanReport(catalog: catalog, plan: context.plan, asOf: context.asOf)
            let labels = ReportLabels.named(workspace.language.rawValue) ?? .en
            let reporter: any PlanReportReporter =
                switch format {
                case .text: ReportTextReporter(labels: labels, colors: output == nil && Terminal.standardOutputWantsColor)
                case .markdown: ReportMarkdownReporter(labels: labels)
                case .csv: ReportCSVReporter(labels: labels)
                case .html: ReportHTMLReporter(labels: labels)
                case .json: ReportJSONReporter()
                }
            try Terminal.emit(reporter.render(report), to: output)
            warnAboutUnreadEntries(catalog)
        }

        /// The figures count what decoded; say so when some of the catalog did not.
        private func warnAboutUnreadEntries(_ catalog: LoadedCatalog) {
            let errors = catalog.files.flatMap(\.findings).filter { $0.severity == .error }
            guard !errors.isEmpty else { return }
            let files = Set(errors.map(\.location.file)).count
            let message = CLILanguage.current.pick(
                "\(errors.count) error\(errors.count == 1 ? "" : "s") in \(files) catalog "
                    + "file\(files == 1 ? "" : "s"); the report counts only what could be read. Run `tthc check` to see them.",
                "\(errors.count) lỗi trong \(files) tệp danh mục; báo cáo chỉ tính phần đọc được. Chạy `tthc check` để xem.")
            Terminal.standardError("tthc: warning: \(message)\n")
        }
    }
}

/// The output formats of `tthc report`.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, csv, html, json
}
