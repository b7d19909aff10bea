import Foundation
import Testing

/// `check PATH...` with paths inside the catalog directory: they choose whose
/// findings are reported, while the whole catalog is read, so duplicates
/// across files and the plan's figures are never computed on a subset.
@Suite("Paths inside the catalog choose what is reported")
struct PathSelectionTests {
    /// A project with two sector files sharing a code, a cut below the plan's
    /// target in one file and a generous cut in the other.
    func project() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        // The shipped rules: a procedure rule and the plan's catalog rules.
        for name in ["plan.yaml", "traits.yaml", "procedures.yaml", "targets.yaml"] {
            try FileManager.default.createDirectory(at: dir.path("rules"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Paths.packageRoot.appendingPathComponent("rules/\(name)"), to: dir.path("rules/\(name)"))
        }
        try dir.write(
            "catalog/a.yaml",
            """
            sector: { id: a, name: A }
            procedures:
              - { code: "1.000001", name: Thủ tục A một, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 9 } }
              - { code: "1.000002", name: Thủ tục A hai, level: province, legal_basis: [L], deadline: { legal: 10 } }

            """)
        try dir.write(
            "catalog/b.yaml",
            """
            sector: { id: b, name: B }
            procedures:
              - { code: "1.000002", name: Thủ tục B trùng mã, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 2 } }
              - { code: "1.000003", name: Thủ tục B ba, level: province, legal_basis: [], deadline: { legal: 10 } }

            """)
        return dir
    }

    func run(_ arguments: [String], in dir: TemporaryDirectory) throws -> CheckOutput {
        let result = try TTHC.run(["check"] + arguments + ["--as-of", "2026-11-26", "--format", "json"], in: dir.url)
        return try CheckOutput.decode(result.stdoutBytes)
    }

    @Test("a file inside the catalog: its findings only, but the whole catalog is read")
    func fileInsideTheCatalog() throws {
        let dir = try project()
        let all = try run([], in: dir)
        let onlyA = try run(["catalog/a.yaml"], in: dir)
        // Everything was read: the summary counts the whole catalog's files.
        #expect(onlyA.summary.files == 2)
        #expect(onlyA.summary.procedures == 4)
        // b.yaml's own finding (no legal basis) is not reported for a.yaml …
        #expect(all.findings.contains { $0.rule == "legal-basis-required" && $0.file == "catalog/b.yaml" })
        #expect(!onlyA.findings.contains { $0.rule == "legal-basis-required" })
        // … but the duplicate of a.yaml's code, located in b.yaml, is: it points back at a.yaml.
        let duplicate = try #require(onlyA.findings.first { $0.rule == "duplicate-code" })
        #expect(duplicate.file == "catalog/b.yaml")
        #expect(duplicate.related?.first?.file == "catalog/a.yaml")
        // The plan's figures are the whole catalog's: the same catalog-rule message either way.
        let planAll = all.findings.filter { $0.file.hasPrefix("rules/") }.map(\.message)
        let planA = onlyA.findings.filter { $0.file.hasPrefix("rules/") }.map(\.message)
        #expect(!planAll.isEmpty)
        #expect(planA == planAll)
        // The whole list cuts 9 of 20 days (45%), above the plan's 40%; a.yaml
        // alone would cut 1 of 10 (10%) and fail the target.
        #expect(!onlyA.findings.contains { $0.rule == "plan-reduction-target" })
    }

    @Test("spelled ./catalog/x.yaml, or as a subdirectory, the selection is the same")
    func spellings() throws {
        let dir = try project()
        let plain = try run(["catalog/b.yaml"], in: dir)
        let dotted = try run(["./catalog/b.yaml"], in: dir)
        let absolute = try run([dir.path("catalog/b.yaml").path], in: dir)
        #expect(plain.findings.map(\.rule) == dotted.findings.map(\.rule))
        #expect(plain.findings.map(\.rule) == absolute.findings.map(\.rule))
        #expect(plain.findings.contains { $0.rule == "legal-basis-required" })
        // The whole catalog directory as a path is the whole report.
        let whole = try run(["catalog"], in: dir)
        #expect(whole.findings.map(\.rule) == (try run([], in: dir)).findings.map(\.rule))
    }

    @Test("a path outside the catalog directory is read as a catalog of its own")
    func pathOutside() throws {
        let dir = try project()
        try dir.write(
            "other/c.yaml",
            "sector: { id: c, name: C }\nprocedures:\n  - { code: \"1.000002\", name: X, level: province, legal_basis: [L], deadline: { legal: 5 } }\n")
        let other = try run(["other"], in: dir)
        #expect(other.summary.files == 1)
        // 1.000002 is also in catalog/, which is not read: no duplicate.
        #expect(!other.findings.contains { $0.rule == "duplicate-code" })
    }
}
