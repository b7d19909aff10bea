import Foundation
import Testing

/// `tthc report` with the figures per agency and the 4-on-the-spot list
/// (SPEC §9.3), on the shipped catalog and on a copy of it where one
/// procedure names its own agency.
@Suite struct ReportAgencyTests {
    static let asOf = ["--as-of", "2026-11-26"]
    static let figureKeys: Set<String> = [
        "procedures", "with_cut", "legal_days", "proposed_days", "cut_days", "reduction_rate", "four_on_spot",
        "four_on_spot_share", "citizen_days_saved",
    ]

    func json(in directory: URL = Paths.packageRoot) throws -> [String: Any] {
        let result = try TTHC.run(["report", "--format", "json"] + Self.asOf, in: directory)
        #expect(result.status == 0, "\(result)")
        return try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    }

    func agencies(_ json: [String: Any]) throws -> [[String: Any]] {
        try #require(json["agencies"] as? [[String: Any]])
    }

    @Test func theShippedListHas77RowsAndTheAgenciesAddUpToTheTotals() throws {
        let json = try json()
        let list = try #require(json["four_on_spot_list"] as? [[String: Any]])
        #expect(list.count == 77)
        #expect(list.map { $0["no"] as? Int } == Array(1...77))
        for row in list {
            #expect(Set(row.keys) == ["no", "code", "name", "sector", "level", "deadline_days", "legal_basis"])
        }
        #expect(list.first?["sector"] as? String == "cong-thuong")
        let first = try #require(list.first { $0["code"] as? String == "1.001620.000.00.00.H37" })
        #expect(first["name"] as? String == "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam")
        #expect(first["sector"] as? String == "tu-phap")
        #expect(first["level"] as? String == "province")
        // Proposed 5, current 7, legal 10: the proposed one is in force.
        #expect(first["deadline_days"] as? Double == 5)
        #expect((first["legal_basis"] as? [String])?.count == 3)

        let agencies = try agencies(json)
        #expect(agencies.count == 11)
        #expect(agencies.first?["agency"] as? String == "Sở Công Thương")
        for agency in agencies { #expect(Set(agency.keys) == Self.figureKeys.union(["agency"])) }
        let totals = try #require(json["totals"] as? [String: Any])
        for key in ["procedures", "with_cut", "four_on_spot"] {
            #expect(agencies.reduce(0) { $0 + ($1[key] as? Int ?? 0) } == totals[key] as? Int, "\(key)")
        }
        for key in ["legal_days", "proposed_days", "cut_days"] {
            #expect(agencies.reduce(0) { $0 + ($1[key] as? Double ?? 0) } == totals[key] as? Double, "\(key)")
        }
        #expect(totals["with_cut"] as? Int == 140)
    }

    @Test func agenciesComeAfterSectorsAndTheListAfterTheReductionList() throws {
        let result = try TTHC.run(["report", "--format", "json"] + Self.asOf, in: Paths.packageRoot)
        let text = result.stdout
        let order = ["\n  \"sectors\"", "\n  \"agencies\"", "\n  \"targets\"", "\n  \"reduction_list\"", "\n  \"four_on_spot_list\""]
        let positions = order.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
    }

    @Test func aProcedureThatNamesItsOwnAgencyIsCountedUnderIt() throws {
        let scratch = try TemporaryDirectory()
        for folder in ["catalog", "rules"] {
            try FileManager.default.copyItem(
                at: Paths.packageRoot.appendingPathComponent(folder), to: scratch.path(folder))
        }
        let file = scratch.path("catalog/tu-phap.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        let edited = original.replacingOccurrences(
            of: "    name: Đăng ký khai sinh\n    level: commune\n",
            with: "    name: Đăng ký khai sinh\n    level: commune\n    agency: UBND cấp xã\n")
        #expect(edited != original)
        try Data(edited.utf8).write(to: file)

        let before = try agencies(try json())
        let after = try agencies(try json(in: scratch.url))
        func procedures(_ rows: [[String: Any]], _ name: String) -> Int? {
            rows.first { $0["agency"] as? String == name }?["procedures"] as? Int
        }
        #expect(after.count == before.count + 1)
        #expect(procedures(after, "UBND cấp xã") == 1)
        let department = try #require(procedures(before, "Sở Tư pháp"))
        #expect(procedures(after, "Sở Tư pháp") == department - 1)
        // In order of first appearance: right after the department whose file names it.
        let names = after.compactMap { $0["agency"] as? String }
        #expect(names.firstIndex(of: "UBND cấp xã") == names.firstIndex(of: "Sở Tư pháp").map { $0 + 1 })
    }

    @Test(arguments: ["text", "markdown", "csv", "html"])
    func everyHumanFormatHasTheAgenciesAndTheList(_ format: String) throws {
        let result = try TTHC.run(["report", "--format", format] + Self.asOf, in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Sở Tư pháp"))
        #expect(result.stdout.contains("1.001620.000.00.00.H37"))
        #expect(result.stdout.contains(format == "csv" ? "4-on-the-spot list" : "4-on-the-spot list (77)"))
        #expect(result.stdout.contains(format == "csv" ? "Agencies" : "Agencies (11)"))
        let vi = try TTHC.run(["report", "--format", format, "--lang", "vi"] + Self.asOf, in: Paths.packageRoot)
        #expect(vi.stdout.contains("Cơ quan thực hiện"))
        #expect(vi.stdout.contains(format == "html" ? "cơ chế &quot;4 tại chỗ&quot;" : "cơ chế \"\(format == "csv" ? "\"" : "")4 tại chỗ"))
    }
}
