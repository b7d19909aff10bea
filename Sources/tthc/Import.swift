import ArgumentParser
import Catalog
import Documents
import Foundation
import Office
import Reporters
import Review
import Vocabulary

extension TTHC {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Merge spreadsheet (.xlsx) or CSV exports of the national procedures database into the catalog.",
            discussion: """
                The header row is found below any title rows by its Vietnamese headers (Mã thủ tục, Tên thủ tục, \
                Lĩnh vực, Cấp thực hiện, Thời hạn giải quyết, …), or as --mapping names them. A procedure the \
                catalog has takes the table's name, level, legal basis, legal deadline and agency; its drafting work \
                stays unless the table has that column. New procedures go to their sector's file; the catalog's \
                procedures the table does not list are listed, never deleted. Without --write it prints what it \
                would do. Exit status: 0 done, 1 a row had an error (it is not imported), 2 a file cannot be read \
                as a table.
                """)

        @Argument(help: ArgumentHelp("Spreadsheet (.xlsx) or CSV (.csv) files.", valueName: "FILE"))
        var files: [String]

        @Option(help: ArgumentHelp("Read only this sheet of each workbook.", valueName: "NAME"))
        var sheet: String?

        @Option(help: ArgumentHelp("A YAML file naming the table's columns: columns: {code: \"…\", name: \"…\"}.", valueName: "FILE"))
        var mapping: String?

        @OptionGroup var input: InputOptions

        @Flag(help: "Write the catalog files (keeping their comments and layout) instead of printing what would change.")
        var write = false

        @Option(help: "Output format.")
        var format: ListFormat = .text

        func run() throws {
            let workspace = try Workspace(input)
            let directory = try input.catalogDirectory()
            let catalog = try workspace.loadCatalog([directory], jobs: input.threads)
            let headers = try mapping.map(Self.headers) ?? ImportHeaders()
            var rows: [ImportedRow] = []
            var findings: [Finding] = []
            for file in files {
                for table in try Self.tables(file, sheet: sheet, limits: workspace.limits) {
                    let result = ImportReader(file: file, headers: headers).read(table)
                    rows += result.rows
                    findings += result.findings
                }
            }
            let plan = ImportPlan(
                rows: rows, catalog: catalog, catalogDirectory: directory, traits: workspace.ruleSet.traits)
            if write {
                findings += try Self.writeFiles(plan, traits: workspace.ruleSet.traits, limits: workspace.limits)
            }
            let output =
                switch format {
                case .text: ImportReporter.text(plan, findings: findings, language: workspace.language, written: write)
                case .json: ImportReporter.json(plan, findings: findings, language: workspace.language)
                }
            try Terminal.emit(output, to: nil)
            Terminal.finish(failing: findings.contains { $0.severity == .error })
        }

        /// The tables of a workbook (its sheets, or the one `--sheet` names) or of a CSV file.
        static func tables(_ file: String, sheet: String?, limits: Limits) throws(RunFailure) -> [Table] {
            let lower = file.lowercased()
            guard lower.hasSuffix(".xlsx") || lower.hasSuffix(".csv") else { throw RunFailure(.notATable(file)) }
            let bytes: [UInt8]
            switch FileSystemInput.readFile(file, maxBytes: OfficeLimits.standard.totalBytes) {
            case .bytes(let read): bytes = read
            case .tooLarge(let size):
                throw RunFailure(.tableUnreadable(file, .fileTooLarge(size: size, limit: OfficeLimits.standard.totalBytes)))
            case .notRegular: throw RunFailure(.notRegularFile(file))
            case .failed(let error): throw RunFailure(.cannotRead(file, error))
            }
            let sheets: [Table]
            do throws(OfficeError) {
                sheets = lower.hasSuffix(".xlsx") ? try XLSXReader.read(bytes) : [try CSVReader.read(bytes)]
            } catch {
                throw RunFailure(.tableUnreadable(file, error))
            }
            guard let sheet, lower.hasSuffix(".xlsx") else { return sheets }
            let chosen = sheets.filter { if case .sheet(let name) = $0.source { name == sheet } else { false } }
            guard !chosen.isEmpty else {
                throw RunFailure(
                    .sheetMissing(
                        file: file, sheet: sheet,
                        sheets: sheets.compactMap { if case .sheet(let name) = $0.source { name } else { nil } }))
            }
            return chosen
        }

        /// `columns: {code: "Số hiệu", name: ["Nội dung", "Tên"]}`.
        static func headers(_ file: String) throws(RunFailure) -> ImportHeaders {
            guard case .bytes(let bytes) = FileSystemInput.readFile(file, maxBytes: 1 << 20),
                let mapping = ImportMapping.read(bytes)
            else { throw RunFailure(.mappingInvalid(file)) }
            return ImportHeaders(mapping: mapping)
        }

        /// Writes the plan: each existing file rewritten in place, new files
        /// made; returns what could not be written, as findings.
        static func writeFiles(
            _ plan: ImportPlan, traits: [String: TraitDeclaration], limits: Limits
        ) throws(RunFailure) -> [Finding] {
            var findings: [Finding] = []
            let files = Set(plan.changed.map(\.file) + plan.added.map(\.file)).sorted()
            for path in files {
                let additions = plan.added.filter { $0.file == path }
                if additions.first?.newFile == true {
                    let first = additions[0]
                    let text = ProcedureYAML.file(
                        sectorID: first.sectorID, sectorName: first.row.sectorName, items: additions.map(\.row))
                    try OutputFile.replace(path, with: text)
                    continue
                }
                guard case .bytes(let original) = FileSystemInput.readFile(path, maxBytes: limits.maxFileBytes) else {
                    throw RunFailure(.cannotRead(path, .nothingWritten))
                }
                let output = ImportWriter.write(
                    original, path: path, changes: plan.changed.filter { $0.file == path }, additions: additions.map(\.row),
                    traits: traits)
                findings += output.findings
                if output.bytes != original {
                    try OutputFile.replace(path, with: String(decoding: output.bytes, as: UTF8.self))
                }
            }
            return findings
        }
    }
}
