import Foundation
import Reporters
import Review
import Testing

/// `report --format json`: the keys of SPEC §5.2, exactly, in its order.
@Suite struct ReportJSONReporterTests {
    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The keys of each object in the order they are written.
    func keys(in text: String, after marker: String, count: Int) -> [String] {
        guard let start = text.range(of: marker) else { return [] }
        var keys: [String] = []
        var depth = 0
        var index = start.upperBound
        // Walk the lines of the object that opens at `marker`, keeping keys at its own depth.
        for line in text[index...].split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if depth == 0, trimmed.hasPrefix("\""), let end = trimmed.dropFirst().firstIndex(of: "\"") {
                keys.append(String(trimmed[trimmed.index(after: trimmed.startIndex)..<end]))
                if keys.count == count { break }
            }
            depth += trimmed.filter { $0 == "{" || $0 == "[" }.count - trimmed.filter { $0 == "}" || $0 == "]" }.count
            if depth < 0 { break }
            index = line.endIndex
        }
        return keys
    }

    @Test func golden() throws {
        try Golden.check(ReportJSONReporter().render(try ReportFixture.report()), "plan-report.json")
    }

    @Test func topLevelKeysAreExactlyTheSpecsInOrder() throws {
        let text = ReportJSONReporter().render(try ReportFixture.report())
        let json = try object(text)
        let expected = [
            "version", "as_of", "plan", "totals", "levels", "sectors", "agencies", "targets", "reduction_list",
            "four_on_spot_list",
        ]
        #expect(Set(json.keys) == Set(expected))
        #expect(keys(in: text, after: "{\n", count: expected.count) == expected)
        #expect(json["version"] as? Int == 1)
        #expect(json["as_of"] as? String == "2026-11-26")
    }

    @Test func nestedKeysAreExactlyTheSpecs() throws {
        let json = try object(ReportJSONReporter().render(try ReportFixture.report()))
        let plan = try #require(json["plan"] as? [String: Any])
        #expect(Set(plan.keys) == ["id", "name", "targets"])
        let targets = try #require(plan["targets"] as? [String: Double])
        #expect(targets == [
            "reduction_rate": 0.3, "sector_reduction_rate": 0.25, "four_on_spot_share": 0.3,
            "procedure_cut_rate": 0.3, "cut_scope_min_days": 3,
        ])
        let figureKeys: Set<String> = [
            "procedures", "with_cut", "legal_days", "proposed_days", "cut_days", "reduction_rate", "four_on_spot",
            "four_on_spot_share",
        ]
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(Set(totals.keys) == figureKeys.union(["sectors"]))
        let levels = try #require(json["levels"] as? [[String: Any]])
        #expect(levels.map { $0["level"] as? String } == ["province", "commune"])
        for level in levels { #expect(Set(level.keys) == figureKeys.union(["level"])) }
        let sectors = try #require(json["sectors"] as? [[String: Any]])
        #expect(sectors.map { $0["id"] as? String } == ["a", "b"])
        for sector in sectors { #expect(Set(sector.keys) == figureKeys.union(["id", "name"])) }
        let comparisons = try #require(json["targets"] as? [[String: Any]])
        for comparison in comparisons {
            let expected: Set<String> = comparison["scope"] as? String == "sector"
                ? ["target", "scope", "sector", "value", "actual", "met"]
                : ["target", "scope", "value", "actual", "met"]
            #expect(Set(comparison.keys) == expected)
        }
        let list = try #require(json["reduction_list"] as? [[String: Any]])
        for entry in list {
            #expect(
                Set(entry.keys) == [
                    "no", "code", "name", "sector", "level", "legal_days", "proposed_days", "cut_days", "rate", "legal_basis",
                ])
        }
    }

    @Test func ratesAreUnroundedDaysAreDaysAndNoLegalDaysIsNull() throws {
        let text = ReportJSONReporter().render(try ReportFixture.report())
        let json = try object(text)
        let totals = try #require(json["totals"] as? [String: Any])
        // Legal 10 + 1 + 15 + 20, proposed 7 + 0.5 ("4h") + 10 + 18.
        #expect(totals["legal_days"] as? Double == 46)
        #expect(totals["proposed_days"] as? Double == 35.5)
        #expect(totals["cut_days"] as? Double == 10.5)
        // 10.5 / 46 written in full (the shortest form that reads back to the same Double).
        #expect(text.contains("\"reduction_rate\": \(10.5 / 46)"))
        #expect(text.contains("\"reduction_rate\": 0.22826086956521738"))
        let list = try #require(json["reduction_list"] as? [[String: Any]])
        #expect(list.map { $0["no"] as? Int } == [1, 2, 3, 4, 5])
        #expect(list[1]["proposed_days"] as? Double == 0.5)
        #expect(list[4]["rate"] is NSNull)
        #expect(list[0]["legal_basis"] as? [String] == ["Luật số 1/2020/QH14", "=SUM(A1)"])
        #expect(text.contains("\"rate\": null"))
    }
}
