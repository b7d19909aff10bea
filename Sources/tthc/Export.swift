import ArgumentParser
import Foundation
import Office
import Reporters
import Review

extension TTHC {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the whole catalog as one spreadsheet (.xlsx) or CSV table in the columns `tthc import` reads.",
            discussion: """
                One row per procedure in catalog order, under the headers STT, Mã thủ tục, Tên thủ tục, Lĩnh vực, \
                Cấp thực hiện, Thời hạn giải quyết, Thời hạn đề xuất, Căn cứ pháp lý, Cơ quan thực hiện, 4 tại chỗ, \
                Liên thông, Thẩm định thực địa, Quyết định, Ghi chú, Số hồ sơ/năm: levels as Cấp Tỉnh, deadlines as 10 ngày làm \
                việc, 4 giờ or 30 ngày (calendar), legal bases one per line, marks x. Importing the table into an \
                empty catalog gives the same report figures. An .xlsx workbook goes to --output FILE (or to standard \
                output when it is not a terminal). Exit status: 0 written, 1 written but some of the catalog could \
                not be read (a notice on standard error names it), 2 nothing written.
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: ExportFormat = .xlsx

        @Option(
            name: [.customShort("o"), .long],
            help: ArgumentHelp("Write the table to this file instead of standard output.", valueName: "FILE"))
        var output: String?

        func run() throws {
            let workspace = try Workspace(input)
            let catalog = try workspace.loadCatalog([try input.catalogDirectory()], jobs: input.threads)
            let table = CatalogExport(catalog: catalog, traits: workspace.ruleSet.traits)
            switch format {
            case .csv:
                try Terminal.emit(CSVWriter.write(table.csvRows), to: output)
            case .xlsx:
                try Terminal.emit(bytes: XLSXWriter.write(table.workbook), format: format.rawValue, to: output)
            }
            // A table that leaves procedures out must not pass for the catalog.
            let incomplete = Incompleteness.of(catalog)
            if let incomplete {
                Terminal.standardError(IncompleteNotice.text(incomplete, workspace.language, medium: .terminal) + "\n")
            }
            Terminal.finish(failing: incomplete != nil)
        }
    }
}

/// The output formats of `tthc export`.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case xlsx, csv
}
