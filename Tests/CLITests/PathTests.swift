import Foundation
import Testing

/// SPEC §2, §5, §5.1: where the catalog is found and how its files are named
/// in the output — "the path as reached from the arguments (relative where
/// they were)".
@Suite("Paths and arguments")
struct PathTests {
    func files(_ output: CheckOutput) -> [String] { output.findings.map(\.file) }

    @Test("a positional file is checked alone, named as given")
    func positionalFile() throws {
        let result = try TTHC.check(["typo/typo.yaml", "--format", "json"])
        #expect(result.status == 1)
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(output.summary.files == 1)
        #expect(files(output) == ["typo/typo.yaml"])
    }

    @Test("a positional directory is walked; its files are named below it as given", arguments: [
        ("typo", "typo/typo.yaml"),
        ("typo/", "typo/typo.yaml"),
        ("./typo", "./typo/typo.yaml"),
        ("../Fixtures/typo", "../Fixtures/typo/typo.yaml"),
    ])
    func positionalDirectory(_ argument: String, _ shown: String) throws {
        let result = try TTHC.check([argument, "--format", "json"])
        #expect(result.status == 1, "\(result)")
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(files(output) == [shown])
    }

    @Test("an absolute path stays absolute")
    func absolutePath() throws {
        let absolute = Paths.fixture("typo").path
        let result = try TTHC.check([absolute, "--format", "json"])
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(files(output) == [absolute + "/typo.yaml"])
        let text = try TTHC.check([absolute])
        #expect(text.stdoutLines.first?.hasPrefix(absolute + "/typo.yaml:8:5: error: ") == true)
    }

    @Test("several positional paths, a file and a directory; --catalog is then not read")
    func severalPaths() throws {
        let result = try TTHC.check(["typo", "duplicate-code/b.yaml", "--catalog", "schema-missing", "--format", "json"])
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(output.summary.files == 2)
        #expect(output.summary.sectors == 2)
        // b.yaml alone has no duplicate; schema-missing is not read.
        #expect(files(output) == ["typo/typo.yaml"])
    }

    @Test("a file reached twice through the arguments is checked once")
    func overlappingPaths() throws {
        let result = try TTHC.check(["clean", "clean/tu-phap.yaml", "--format", "json"])
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(result.status == 0, "the same file read twice collides with itself:\n\(result.stdout)")
        #expect(output.summary.files == 2)
        #expect(output.findings.isEmpty)
    }

    @Test("--catalog DIR relative to the current directory")
    func catalogOption() throws {
        let fromSubdirectory = try TTHC.run(
            ["check", "--catalog", "../typo", "--rules", "../rules", "--as-of", "2026-11-26"],
            in: Paths.fixture("clean"))
        #expect(fromSubdirectory.status == 1)
        #expect(fromSubdirectory.stdoutLines.first?.hasPrefix("../typo/typo.yaml:8:5: error: ") == true)
    }

    @Test("catalog/ and rules/ are found in the current directory by default")
    func defaultDirectories() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.copyFixture("typo", to: "catalog/nested")
        try dir.copyFixture("clean/tu-phap.yaml", to: "catalog/tu-phap.yaml")
        let result = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "json"], in: dir.url)
        #expect(result.status == 1)
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(output.summary.files == 2)
        #expect(files(output) == ["catalog/nested/typo.yaml"])
        // `check` with no subcommand name is the default command.
        let bare = try TTHC.run(["--as-of", "2026-11-26", "--format", "json"], in: dir.url)
        #expect(bare.stdout == result.stdout)
    }

    @Test("only *.yaml and *.yml files are catalog files")
    func onlyYAMLFiles() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write("catalog/a.yaml", "sector: { id: a, name: A }\nprocedures: []\n")
        try dir.write("catalog/b.yml", "sector: { id: b, name: B }\nprocedures: []\n")
        try dir.write("catalog/notes.txt", "not: [yaml\n")
        try dir.write("catalog/README.md", "# catalog\n")
        try dir.write("catalog/c.yaml.bak", "[[[\n")
        let result = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "json"], in: dir.url)
        #expect(result.status == 0, "\(result)")
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(output.summary.files == 2)
    }

    @Test("files are checked in path order across subdirectories")
    func pathOrder() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        for name in ["b/z.yaml", "a.yaml", "b/a.yaml", "c.yaml", "a/b.yaml"] {
            try dir.write("catalog/\(name)", "sector: { id: s, name: S }\nprocedures: []\nx: 1\n")
        }
        let result = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "json"], in: dir.url)
        let output = try CheckOutput.decode(result.stdoutBytes)
        let unknownKeys = output.findings.filter { $0.rule == "schema" }.map(\.file)
        #expect(unknownKeys == ["catalog/a.yaml", "catalog/a/b.yaml", "catalog/b/a.yaml", "catalog/b/z.yaml", "catalog/c.yaml"])
        // The first file in path order keeps the sector id; the others are duplicates of it.
        let duplicates = output.findings.filter { $0.rule == "duplicate-sector" }
        #expect(duplicates.count == 4)
        #expect(duplicates.allSatisfy { $0.related?.first?.file == "catalog/a.yaml" })
    }
}
