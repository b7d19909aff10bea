import Foundation
import Testing

/// SPEC §6: hostile input gets a finding naming the limit, promptly; the tool
/// never crashes, hangs or walks a directory cycle twice. The large inputs and
/// the symbolic links are made at test time in a scratch directory.
@Suite("Limits and bad input")
struct LimitsTests {
    static let goodSector = """
        sector: { id: con-lai, name: Còn lại }
        procedures:
          - { code: "1.005001", name: Thủ tục, level: province, deadline: { legal: 5 }, four_on_spot: yes }

        """

    @Test("deep-nesting: 100,000-deep flow nesting is a syntax finding at the level past the limit")
    func deepFlowNesting() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        let depth = 100_000
        try dir.write("catalog/deep.yaml", String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n")
        try dir.write("catalog/good.yaml", Self.goodSector)
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 1)
        let output = try CheckOutput.decode(result.stdoutBytes)
        expectFindings(
            output.findings,
            [
                Expected("catalog/deep.yaml:1:201", "syntax", says: "nesting", "limit", "200"),
                // The other file is still decoded and checked.
                Expected("catalog/good.yaml:3:95", "schema", says: "`four_on_spot`", "`yes`"),
            ])
    }

    @Test("deep-nesting: deep block nesting and deep flow mappings hit the same limit")
    func deepBlockAndMappingNesting() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        var block = ""
        for level in 0..<300 { block += String(repeating: " ", count: level) + "-\n" }
        try dir.write("catalog/block.yaml", block)
        try dir.write(
            "catalog/mapping.yaml", String(repeating: "{a: ", count: 50_000) + String(repeating: "}", count: 50_000) + "\n")
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 1)
        let output = try CheckOutput.decode(result.stdoutBytes)
        expectFindings(
            output.findings,
            [
                Expected("catalog/block.yaml:201:201", "syntax", says: "nesting", "200"),
                Expected("catalog/mapping.yaml:1:801", "syntax", says: "nesting", "200"),
            ])
    }

    @Test("a file larger than the size limit is a syntax finding naming the limit, not read whole")
    func tooLarge() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        let line = "# " + String(repeating: "x", count: 1021) + "\n"  // 1 KiB a line
        try dir.write("catalog/huge.yaml", String(repeating: line, count: 17 * 1024))  // 17 MiB
        try dir.write("catalog/good.yaml", Self.goodSector)
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 1)
        let output = try CheckOutput.decode(result.stdoutBytes)
        expectFindings(
            output.findings,
            [
                Expected("catalog/good.yaml:3:95", "schema", says: "`yes`"),
                Expected("catalog/huge.yaml:1:1", "syntax", says: "larger than the limit", "bytes"),
            ])
    }

    @Test("a UTF-16 file is a syntax finding that says it is not UTF-8")
    func utf16() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        var bytes = Data([0xFF, 0xFE])
        for unit in "sector: { id: a, name: Tư pháp }\nprocedures: []\n".utf16 {
            bytes.append(UInt8(unit & 0xFF))
            bytes.append(UInt8(unit >> 8))
        }
        try dir.write("catalog/utf16.yaml", bytes)
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 1)
        let output = try CheckOutput.decode(result.stdoutBytes)
        expectFindings(output.findings, [Expected("catalog/utf16.yaml:1:1", "syntax", says: "UTF-8", "UTF-16")])
    }

    @Test("invalid UTF-8 in the middle of a line points at the bad byte's line and column")
    func invalidUTF8Generated() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        var bytes = Data("sector:\n  id: x\n  name: Hộ tịch ".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])  // a lead byte followed by no continuation
        bytes.append(contentsOf: Data("\nprocedures: []\n".utf8))
        try dir.write("catalog/bad.yaml", bytes)
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 1)
        let output = try CheckOutput.decode(result.stdoutBytes)
        // "  name: Hộ tịch " is 16 characters; the bad byte is the 17th.
        expectFindings(output.findings, [Expected("catalog/bad.yaml:3:17", "syntax", says: "UTF-8", "0xC3")])
    }

    @Test("symlink-loop: links back to the directory itself and to its parent; each file is checked once")
    func symlinkLoop() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        // rules/ sits beside data/, so a link to the catalog's parent reaches nothing new.
        try dir.write("data/catalog/a.yaml", "sector: { id: a, name: A }\nprocedures: []\nextra: 1\n")
        try dir.write("data/catalog/sub/b.yaml", "sector: { id: b, name: B }\nprocedures: []\nextra: 2\n")
        try dir.symlink("data/catalog/self", to: ".")
        try dir.symlink("data/catalog/sub/up", to: "..")
        try dir.symlink("data/catalog/sub/parent", to: "../..")
        let result = try TTHC.check(["--catalog", "data/catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 1)
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(output.summary.files == 2, "\(output.findings)")
        #expect(output.summary.sectors == 2)
        #expect(output.findings.filter { $0.rule == "duplicate-sector" }.isEmpty)
        let unknown = output.findings.filter { $0.message.contains("`extra`") }
        #expect(unknown.count == 2, "each file once:\n\(output.findings)")
        #expect(unknown.map(\.file) == ["data/catalog/a.yaml", "data/catalog/sub/b.yaml"])
        #expect(unknown.map(\.line) == [3, 3])
    }

    @Test("a link to the catalog's parent reaches the sibling directories once")
    func symlinkToParentWithSiblings() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write("catalog/a.yaml", "sector: { id: a, name: A }\nprocedures: []\n")
        try dir.write("other/b.yaml", "sector: { id: b, name: B }\nprocedures: []\n")
        try dir.symlink("catalog/up", to: "..")
        try dir.symlink("other/loop", to: "../catalog")
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        let output = try CheckOutput.decode(result.stdoutBytes)
        // a.yaml, other/b.yaml, and rules/plan.yaml + rules/traits.yaml (not catalog files: schema findings).
        #expect(output.summary.files == 4)
        #expect(output.findings.filter { $0.rule == "duplicate-sector" }.isEmpty)
        #expect(Set(output.findings.map(\.file)).count == 2)
    }

    @Test("symlink-loop: a catalog directory that is itself reached through a link cycle")
    func symlinkLoopAtRoot() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write("real/a.yaml", "sector: { id: a, name: A }\nprocedures: []\n")
        try dir.symlink("real/loop", to: "../link")
        try dir.symlink("link", to: "real")
        let result = try TTHC.check(["--catalog", "link", "--format", "json"], in: dir.url)
        #expect(result.status == 0, "\(result)")
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(output.summary.files == 1)
        #expect(output.findings.isEmpty)
    }

    @Test("a dangling symbolic link is not an error")
    func danglingLink() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write("catalog/a.yaml", "sector: { id: a, name: A }\nprocedures: []\n")
        try dir.symlink("catalog/gone.yaml", to: "nowhere.yaml")
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 0, "\(result)")
    }

    @Test("a number too large for a double is not an infinite deadline")
    func hugeNumber() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        let huge = "1" + String(repeating: "0", count: 400)
        try dir.write(
            "catalog/huge.yaml",
            "sector: { id: a, name: A }\nprocedures:\n  - { code: \"1.000001\", name: P, level: province, deadline: { legal: \(huge) } }\n")
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 1, "a 400-digit deadline is accepted:\n\(result)")
        let output = try CheckOutput.decode(result.stdoutBytes)
        expectFindings(output.findings, [Expected("catalog/huge.yaml:3:70", "schema", says: "`deadline.legal`")])
    }

    @Test("the tool never writes into catalog/ or rules/")
    func writesNothing() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.copyFixture("typo", to: "catalog")
        func listing() throws -> [String] {
            try (FileManager.default.subpathsOfDirectory(atPath: dir.url.path)).sorted()
        }
        let before = try listing()
        _ = try TTHC.check([], in: dir.url)
        _ = try TTHC.check(["--format", "json"], in: dir.url)
        #expect(try listing() == before)
    }
}
