import Foundation
import Testing

/// SPEC §9.2: the shipped sample exported, then imported with `--write` into
/// a project whose catalog is empty, reports the same figures. What the table
/// has no column for does not come back; each difference is asserted here as
/// what it is, so that a change to it is seen.
@Suite("tthc export, then import, gives the same report")
struct ExportRoundTripTests {
    static let asOf = ["--as-of", "2026-11-26"]

    typealias Object = [String: Any]

    static func report(in directory: URL) throws -> Object {
        let result = try TTHC.run(["report", "--format", "json"] + asOf, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? Object)
    }

    /// The re-imported catalog's sector ids are made from the names without
    /// diacritics (`Giáo dục và Đào tạo` → `giao-duc-va-dao-tao`), while the
    /// shipped files chose shorter ones (`giao-duc-dao-tao`); the id is not a
    /// column. So sectors are compared by name, and a sector id in a list is
    /// replaced by its sector's name.
    static func sectorNames(_ report: Object) -> [String: String] {
        var names: [String: String] = [:]
        for sector in report["sectors"] as? [Object] ?? [] {
            if let id = sector["id"] as? String, let name = sector["name"] as? String { names[id] = name }
        }
        return names
    }

    /// JSON text of `value`, keys sorted, so that two reports compare as text.
    static func text(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    /// The objects of `list`, keyed by `key`, with `sector` as a name and
    /// without `drop` (a place in the list, or a value that does not come back).
    static func keyed(_ report: Object, _ list: String, by key: String, dropping drop: [String]) throws -> [String: String] {
        let names = sectorNames(report)
        var result: [String: String] = [:]
        for item in report[list] as? [Object] ?? [] {
            var item = item
            for field in drop { item[field] = nil }
            if let sector = item["sector"] as? String { item["sector"] = names[sector] ?? sector }
            // An item `A; B` of the legal basis comes back as two, `A` and `B`:
            // the import splits a cell on `;` as on line breaks.
            if let basis = item["legal_basis"] as? [String] { item["legal_basis"] = basis.joined(separator: "; ") }
            let id = (item[key] as? String) ?? ""
            item[key] = nil
            result[id] = try text(item)
        }
        return result
    }

    @Test("totals, levels, sectors, targets and both lists come back", arguments: ["xlsx", "csv"])
    func roundTrip(_ format: String) throws {
        let dir = try TemporaryDirectory("tthc-roundtrip")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try FileManager.default.createDirectory(at: dir.path("catalog"), withIntermediateDirectories: true)
        let file = dir.path("ds.\(format)").path
        let export = try TTHC.run(["export", "--format", format, "--output", file] + Self.asOf, in: Paths.packageRoot)
        #expect(export.status == 0, "\(export)")
        let imported = try TTHC.run(["import", "ds.\(format)", "--write"] + Self.asOf, in: dir.url)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout.contains("237 added, 0 changed, 0 in the catalog but not in the table"))

        let shipped = try Self.report(in: Paths.packageRoot)
        let again = try Self.report(in: dir.url)
        #expect(try Self.text(again["totals"] as Any) == Self.text(shipped["totals"] as Any))
        #expect(try Self.text(again["levels"] as Any) == Self.text(shipped["levels"] as Any))
        #expect(try Self.keyed(again, "sectors", by: "name", dropping: ["id"]) == Self.keyed(shipped, "sectors", by: "name", dropping: ["id"]))
        // Targets are keyed by the target and its sector's name.
        func targets(_ report: Object) throws -> [String] {
            let names = Self.sectorNames(report)
            return try (report["targets"] as? [Object] ?? []).map { target in
                var target = target
                if let id = target["sector"] as? String { target["sector"] = names[id] }
                return try Self.text(target)
            }.sorted()
        }
        #expect(try targets(again) == targets(shipped))
        #expect(
            try Self.keyed(again, "reduction_list", by: "code", dropping: ["no"])
                == Self.keyed(shipped, "reduction_list", by: "code", dropping: ["no"]))
        // The deadline in force comes back too: the export writes the current
        // deadline (`Thời hạn hiện hành`) beside the legal and proposed ones.
        #expect(
            try Self.keyed(again, "four_on_spot_list", by: "code", dropping: ["no"])
                == Self.keyed(shipped, "four_on_spot_list", by: "code", dropping: ["no"]))
        // Each procedure's agency is exported as it applies (its own, else its
        // sector's), so the per-agency figures come back.
        #expect(try Self.keyed(again, "agencies", by: "agency", dropping: []) == Self.keyed(shipped, "agencies", by: "agency", dropping: []))
    }
}
