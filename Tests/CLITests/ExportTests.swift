import Foundation
import Office
import Testing

/// `tthc export`: the whole catalog as one table in the columns `import`
/// reads — CSV for Excel (a BOM, the header row first), an XLSX workbook with
/// the same cells, the same bytes on every run.
@Suite("tthc export")
struct ExportTests {
    static let asOf = ["--as-of", "2026-11-26"]

    static let header =
        "STT,Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,Thời hạn hiện hành,Thời hạn đề xuất,Căn cứ pháp lý,"
        + "Cơ quan thực hiện,4 tại chỗ,Liên thông,Thẩm định thực địa,Quyết định,Ghi chú,Số hồ sơ/năm"

    @Test("the CSV begins with a BOM and the header row, then a procedure a row as the database writes them")
    func csv() throws {
        let result = try TTHC.run(["export", "--format", "csv"] + Self.asOf, in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        #expect(Array(result.stdoutBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(result.stdout.hasPrefix("\u{FEFF}" + Self.header + "\r\n"))
        let table = try CSVReader.read(Array(result.stdoutBytes))
        #expect(table.rows.count == 1 + 237)
        let cells = try #require(table.rows.first { $0.count > 1 && $0[1].text == "1.001620.000.00.00.H37" })
        // A row holds its non-empty cells: look them up by column, from 1 (STT).
        let row = Dictionary(uniqueKeysWithValues: cells.map { ($0.column, $0.text) })
        func columns(_ range: ClosedRange<Int>) -> [String] { range.map { row[$0] ?? "" } }
        // Sector, level, the legal, current and proposed deadlines; the legal basis one per
        // line; the agency as it applies (the sector's); the marks 4 tại chỗ, Liên thông, Thẩm định thực địa;
        // the decision.
        #expect(columns(4...8) == ["Tư pháp", "Cấp Tỉnh", "10 ngày làm việc", "7 ngày làm việc", "5 ngày làm việc"])
        #expect(columns(9...9)[0].hasPrefix("Luật Lý lịch tư pháp số 28/2009/QH12, Điều 48\nNghị định số 111/2010/NĐ-CP"))
        #expect(columns(10...14) == ["Sở Tư pháp", "x", "", "", "881/QĐ-UBND"])
    }

    @Test("the workbook reads back with the same cells as the CSV, on one sheet `Danh mục TTHC`")
    func xlsx() throws {
        let workbook = try TTHC.run(["export", "--format", "xlsx"] + Self.asOf, in: Paths.packageRoot)
        #expect(workbook.status == 0, "\(workbook.stderr)")
        let csv = try TTHC.run(["export", "--format", "csv"] + Self.asOf, in: Paths.packageRoot)
        let sheets = try XLSXReader.read(Array(workbook.stdoutBytes))
        #expect(sheets.map(\.source) == [.sheet("Danh mục TTHC")])
        let sheet = try #require(sheets.first)
        let table = try CSVReader.read(Array(csv.stdoutBytes))
        // A CSV record with a line break starts a line further down: compare
        // the cells by row index, column and text.
        func cells(_ table: Table) -> [[String]] {
            table.rows.map { row in row.filter { !$0.text.isEmpty }.map { "\($0.column):\($0.text)" } }
        }
        #expect(cells(sheet) == cells(table))
        #expect(sheet.rows.first?.map(\.text).joined(separator: ",") == Self.header)
        // STT is a number; a code such as `1.001620…` stays text.
        #expect(sheet.rows[1][0].number == 1)
        #expect(sheet.rows[1][1].number == nil)
    }

    @Test("the same catalog gives the same bytes", arguments: ["xlsx", "csv"])
    func deterministic(_ format: String) throws {
        let dir = try TemporaryDirectory("tthc-export")
        let first = dir.path("a.\(format)").path
        let second = dir.path("b.\(format)").path
        for path in [first, second] {
            let result = try TTHC.run(["export", "--format", format, "--output", path] + Self.asOf, in: Paths.packageRoot)
            #expect(result.status == 0 && result.stdout.isEmpty, "\(result)")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(!bytes.isEmpty)
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second))))
    }

    @Test("a catalog file that cannot be read: the table is written, a notice says what it leaves out, exit 1")
    func incomplete() throws {
        let dir = try TemporaryDirectory("tthc-export")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try dir.write(
            "catalog/a.yaml",
            "sector: { id: a, name: A }\nprocedures:\n  - { code: \"1.000001\", name: P, level: commune, legal_basis: [L], deadline: { legal: 0.5 } }\n")
        try dir.write("catalog/b.yaml", "sector: { id: b, name: B }\nprocedures:\n  - { code: \"1.000003\", name: [unclosed\n")
        let result = try TTHC.run(["export", "--format", "csv"] + Self.asOf, in: dir.url)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "\u{FEFF}" + Self.header + "\r\n1,1.000001,P,A,Cấp Xã,4 giờ,,,L,,,,,,,\r\n")
        #expect(result.stderr.contains("INCOMPLETE: these figures leave out 1 file"))
    }

    #if os(Linux)
    /// util-linux `script` gives the run a terminal for its standard output.
    @Test(
        "a workbook is not written to a terminal: exit 2 saying to use --output",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func terminal() throws {
        let binary = try #require(Paths.binary).path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(binary)' export --format xlsx", "/dev/null"]
        process.currentDirectoryURL = Paths.packageRoot
        // The message in English, whatever the machine's locale.
        var environment = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[key] = nil }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: readAll(pipe.fileHandleForReading.fileDescriptor), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(output)")
        #expect(output.contains("--format xlsx writes a binary file; give --output FILE"))
        #expect(!output.contains("PK"))
    }
    #endif
}
