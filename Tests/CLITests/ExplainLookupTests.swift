import Foundation
import Testing

/// `explain CODE`: the full code, the national part alone when it is unique,
/// the candidates when it is not; `--rule ID`; lists of records as `[N items]`.
@Suite("explain finds the procedure a reviewer means")
struct ExplainLookupTests {
    static let asOf = ["--as-of", "2026-11-26"]

    func project() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-explain")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try FileManager.default.removeItem(at: dir.path("rules/tests"))
        try dir.write(
            "catalog/a.yaml",
            """
            sector: { id: a, name: A }
            procedures:
              - { code: "1.000001.000.00.00.H37", name: Cấp phép một, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 7 } }
              - { code: "1.000002.000.00.00.H37", name: Cấp phép hai (tỉnh), level: province, legal_basis: [L], deadline: { legal: 10 } }
              - { code: "1.000002.H48", name: Cấp phép hai (nơi khác), level: province, legal_basis: [L], deadline: { legal: 10 } }

            """)
        return dir
    }

    @Test("the national part of a code finds the one procedure that has it")
    func nationalPart() throws {
        let dir = try project()
        let full = try TTHC.run(["explain", "1.000001.000.00.00.H37"] + Self.asOf, in: dir.url)
        let part = try TTHC.run(["explain", "1.000001"] + Self.asOf, in: dir.url)
        #expect(part.status == 0, "\(part)")
        #expect(part.stdout.hasPrefix("1.000001.000.00.00.H37 — Cấp phép một"))
        #expect(part.stdout == full.stdout)
    }

    @Test("an ambiguous national part lists the candidates and exits 2")
    func ambiguous() throws {
        let dir = try project()
        let result = try TTHC.run(["explain", "1.000002"] + Self.asOf, in: dir.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("`1.000002` is the code of 2 procedures; give one of the full codes:"))
        #expect(result.stderr.contains("  1.000002.000.00.00.H37 Cấp phép hai (tỉnh) (catalog/a.yaml)"))
        #expect(result.stderr.contains("  1.000002.H48 Cấp phép hai (nơi khác) (catalog/a.yaml)"))
        let none = try TTHC.run(["explain", "9.999999"] + Self.asOf, in: dir.url)
        #expect(none.status == 2)
        #expect(none.stderr.contains("no procedure has the code `9.999999`"))
    }

    @Test("--rule limits the explanation to one rule; an unknown one gets a suggestion")
    func oneRule() throws {
        let dir = try project()
        let result = try TTHC.run(["explain", "1.000001", "--rule", "cut-depth"] + Self.asOf, in: dir.url)
        #expect(result.status == 0)
        let ruleLines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && $0.contains("(procedure, ") }
        #expect(ruleLines.map { String($0.prefix { $0 != " " }) } == ["cut-depth"])
        let json = try TTHC.run(["explain", "1.000001", "--rule", "cut-depth", "--format", "json"] + Self.asOf, in: dir.url)
        let rules = try #require(
            (try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["cut-depth"])
        let typo = try TTHC.run(["explain", "1.000001", "--rule", "cut-dept"] + Self.asOf, in: dir.url)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("did you mean `cut-depth`?"))
    }

    @Test("a list of records prints as [N items], not record by record")
    func compactLists() throws {
        let dir = try project()
        let result = try TTHC.run(["explain", "1.000001", "--rule", "plan-reduction-target"] + Self.asOf, in: dir.url)
        #expect(result.status == 0, "\(result)")
        // The rule's reduction list (one procedure of three is cut) is a list of records.
        #expect(result.stdout.contains("listed = [1 item]"), "\(result)")
        #expect(!result.stdout.contains("{procedure 1.000002"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.utf8.count < 2_000 })
    }
}
