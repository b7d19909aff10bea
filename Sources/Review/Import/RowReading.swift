import Catalog
import Foundation
import Office
import Vocabulary

/// The cells of one row of an imported table, read into a procedure: the
/// deadline grammar of the database's free text, levels as it prints them,
/// legal bases one per line, `x`/`có` marks.
struct RowReading {
    let columns: [Int: (column: ImportColumn, header: String)]
    let location: (Cell) -> Location
    private var cells: [ImportColumn: Cell] = [:]

    init(columns: [Int: (column: ImportColumn, header: String)], location: @escaping (Cell) -> Location) {
        self.columns = columns
        self.location = location
    }

    mutating func take(_ cell: Cell) {
        guard let column = columns[cell.column]?.column else { return }
        cells[column] = cell
    }

    /// A row with nothing in the columns read (a blank or a total row).
    var isBlank: Bool {
        cells.values.allSatisfy { InvisibleCharacters.isBlank($0.text) }
    }

    /// The procedure, or nil when a cell has an error; and the findings.
    func result() -> (ImportedRow?, [Finding]) {
        var findings: [Finding] = []
        var failed = false
        let first = cells.values.min { $0.column < $1.column }
        let rowNumber = first?.row ?? 0
        // A missing cell is placed where its column is, on the row.
        func place(_ column: ImportColumn) -> Location {
            let index = columns.first { $0.value.column == column }?.key ?? first?.column ?? 1
            return location(cells[column] ?? Cell(row: rowNumber, column: index, text: ""))
        }
        func text(_ column: ImportColumn) -> String? {
            guard let cell = cells[column] else { return nil }
            let value = TextNormalization.nfc(cell.text).trimmingCharacters(in: .whitespacesAndNewlines)
            return InvisibleCharacters.isBlank(value) ? nil : value
        }
        func header(_ column: ImportColumn) -> String {
            cells[column].flatMap { columns[$0.column]?.header } ?? column.rawValue
        }
        func report(_ severity: Severity, _ message: ImportMessage, _ column: ImportColumn, code: String? = nil) {
            findings.append(
                Finding(
                    rule: BuiltinRule.schema.rawValue, severity: severity, message: .importing(message), location: place(column), procedure: code,
                    keyPath: column.rawValue))
            if severity == .error { failed = true }
        }

        let code = text(.code).map { InvisibleCharacters.scan($0, identifier: true).cleaned.trimmingCharacters(in: .whitespaces) }
        if code?.isEmpty ?? true { report(.error, .missingCode, .code) }
        let name = text(.name)
        if name == nil { report(.error, .missingName, .name, code: code) }
        let sector = text(.sector)
        if sector == nil { report(.error, .missingSector, .sector, code: code) }

        var level: Level?
        if let written = text(.level) {
            let parts = written.split(whereSeparator: { ",;\n".contains($0) })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            switch LevelText.read(parts.first ?? written) {
            case .success(let reading):
                level = reading.value
                if parts.count > 1 { report(.warning, .severalLevels(written, chosen: parts[0]), .level, code: code) }
            case .failure(.unknown(let suggestion)):
                report(.error, .unknownLevel(written, suggestion: suggestion), .level, code: code)
            }
        }

        func duration(_ column: ImportColumn) -> Duration? {
            guard let written = text(column) else { return nil }
            switch DurationText.read(written) {
            case .success(let reading) where reading.amount > 0:
                if !reading.otherChannels.isEmpty {
                    let chosen = reading.channel.map { "\($0): " } ?? ""
                    let others = reading.otherChannels.map { "\($0.name): \($0.text.trimmingCharacters(in: .whitespaces))" }
                    report(.info, .deadlineChannels(column: header(column), chosen: chosen + reading.canonicalForm, others: others), column, code: code)
                }
                return reading.duration
            case .success:
                report(.error, .deadlineNotPositive(column: header(column), text: written), column, code: code)
            case .failure(.unknownUnit(_, let suggestion)):
                report(.error, .unreadableDeadline(column: header(column), text: written, suggestion: suggestion), column, code: code)
            case .failure(.unreadable):
                report(.error, .unreadableDeadline(column: header(column), text: written, suggestion: nil), column, code: code)
            }
            return nil
        }
        let legal = duration(.legal)
        let current = duration(.current)
        let proposed = duration(.proposed)

        // A mark column the sheet has: an empty cell is no.
        func flag(_ column: ImportColumn) -> Bool? {
            guard columns.values.contains(where: { $0.column == column }) else { return nil }
            guard let written = text(column) else { return false }
            switch FormWords.normalize(written) {
            case "x", "có", "co", "✓", "✔", "yes", "1", "true", "đúng": return true
            case "không", "khong", "0", "no", "false", "-", "sai": return false
            default:
                report(.warning, .notAFlag(column: header(column), text: written), column, code: code)
                return nil
            }
        }
        // A whole number, grouped or not (`152039`, `152.039`, `152,039`).
        func count(_ column: ImportColumn) -> Int? {
            guard let written = text(column) else { return nil }
            let digits = written.filter { !" .,\u{00A0}".contains($0) }
            let grouped = written.range(of: #"^\d{1,3}([ .,\x{00A0}]\d{3})+$"#, options: .regularExpression) != nil
            if !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), grouped || digits == written,
                let value = Int(digits)
            {
                return value
            }
            report(.warning, .notACount(column: header(column), text: written), column, code: code)
            return nil
        }
        let dossiers = count(.dossiers)
        let fourOnSpot = flag(.fourOnSpot)
        let interagency = flag(.interagency)
        let fieldInspection = flag(.fieldInspection)

        guard !failed, let code, let name, let sector else { return (nil, findings) }
        var row = ImportedRow(
            row: rowNumber, code: code, name: name, sectorName: sector,
            places: Dictionary(uniqueKeysWithValues: cells.keys.map { ($0, place($0)) }))
        row.level = level
        row.legal = legal
        row.current = current
        row.proposed = proposed
        row.legalBasis = text(.legalBasis).map { basis in
            basis.split(whereSeparator: { $0 == "\n" || $0 == ";" || $0 == "\r\n" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        row.agency = text(.agency)
        row.fourOnSpot = fourOnSpot
        row.decision = text(.decision)
        row.interagency = interagency
        row.fieldInspection = fieldInspection
        row.note = text(.note)
        row.dossiers = dossiers
        return (row, findings)
    }
}
