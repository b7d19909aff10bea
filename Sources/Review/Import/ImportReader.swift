import Catalog
import Foundation
import Office
import Vocabulary

/// Reads the procedures of a table exported from the national procedures
/// database (or typed by staff): the header row below any title rows, then a
/// procedure a row. A row with an error is left out with a finding at its
/// cell; the others are read.
public struct ImportReader: Sendable {
    public var headers: ImportHeaders
    /// The file the table came from, as the user named it.
    public var file: String

    public init(file: String, headers: ImportHeaders = ImportHeaders()) {
        self.file = file
        self.headers = headers
    }

    public struct Result: Sendable {
        public var rows: [ImportedRow]
        public var findings: [Finding]
    }

    public func read(_ table: Table) -> Result {
        let sheet: String? = if case .sheet(let name) = table.source { name } else { nil }
        func location(_ cell: Cell) -> Location {
            Location(file: file, line: cell.row, column: cell.column, sheet: sheet)
        }
        // The header row: the first that names a code and a name column.
        guard
            let headerIndex = table.rows.firstIndex(where: { row in
                let named = Set(row.compactMap { headers.column(for: $0.text) })
                return named.contains(.code) && named.contains(.name)
            })
        else {
            let first = table.rows.first?.first ?? Cell(row: 1, column: 1, text: "")
            return Result(
                rows: [], findings: [Finding(.schema, message: .importing(.noHeaderRow), location: location(first))])
        }
        var findings: [Finding] = []
        var columns: [Int: (column: ImportColumn, header: String)] = [:]
        for cell in table.rows[headerIndex] where !cell.text.isEmpty {
            if let column = headers.column(for: cell.text) {
                // The first column with a header wins; a second is as unknown.
                if !columns.values.contains(where: { $0.column == column }) {
                    columns[cell.column] = (column, cell.text)
                    continue
                }
            }
            if ImportHeaders.isRowNumber(cell.text) { continue }
            findings.append(
                Finding(
                    rule: BuiltinRule.schema.rawValue, severity: .info,
                    message: .importing(.unknownColumn(TextNormalization.nfc(cell.text))), location: location(cell)))
        }
        var rows: [ImportedRow] = []
        var firstRowOfCode: [String: Int] = [:]
        for row in table.rows[(headerIndex + 1)...] {
            var reading = RowReading(columns: columns, location: location)
            for cell in row { reading.take(cell) }
            guard !reading.isBlank else { continue }
            var (imported, rowFindings) = reading.result()
            if let code = imported?.code {
                if let first = firstRowOfCode[code] {
                    rowFindings.append(
                        Finding(
                            .duplicateCode, message: .importing(.codeTwice(code, firstRow: first)),
                            location: imported?.places[.code] ?? location(row[0]), procedure: code))
                    imported = nil
                } else {
                    firstRowOfCode[code] = imported?.row
                }
            }
            findings += rowFindings
            if let imported { rows.append(imported) }
        }
        return Result(rows: rows, findings: findings)
    }
}
