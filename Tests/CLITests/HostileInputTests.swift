import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SPEC §6, the hostile inputs LimitsTests and BuiltinCheckTests do not already
/// cover (100,000-deep flow nesting, 300-deep block nesting, a 17 MiB file,
/// UTF-16 with a little-endian byte-order mark, directory cycles through links,
/// and billion laughs' finding are there). Each one: what the user sees, and
/// that the tool neither crashes, hangs nor prints a stack trace (`TTHC.run`
/// checks those on every run).
@Suite("Hostile input")
struct HostileInputTests {
    static let goodSector = """
        sector: { id: con-lai, name: Còn lại }
        procedures:
          - { code: "1.005001", name: Thủ tục, level: province, deadline: { legal: 5 } }

        """

    /// A scratch directory holding the test rules and `files` under catalog/.
    static func scratch(_ files: [String: Data]) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        for (name, bytes) in files { try dir.write("catalog/\(name)", bytes) }
        return dir
    }

    static func scratch(text files: [String: String]) throws -> TemporaryDirectory {
        try scratch(files.mapValues { Data($0.utf8) })
    }

    static func checkJSON(
        _ dir: TemporaryDirectory, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (RunResult, CheckOutput) {
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url, sourceLocation: sourceLocation)
        return (result, try CheckOutput.decode(result.stdoutBytes, sourceLocation: sourceLocation))
    }

    // MARK: Peak memory

    /// The peak resident memory of one `tthc` run, in bytes: measured by GNU
    /// time where it is installed, else `getrusage(RUSAGE_CHILDREN)` after the
    /// run, which is the peak of the largest child this test process has
    /// waited for, so an upper bound on this one.
    static func peakMemory(
        _ arguments: [String], in directory: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Int {
        let binary = try #require(Paths.binary, "build tthc first", sourceLocation: sourceLocation)
        let time = "/usr/bin/time"
        #if os(Linux)
            let haveGNUTime = FileManager.default.isExecutableFile(atPath: time)
        #else
            let haveGNUTime = false
        #endif
        guard haveGNUTime else {
            _ = try TTHC.run(arguments, in: directory, sourceLocation: sourceLocation)
            var usage = rusage()
            #if os(Linux)
                getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
                return Int(usage.ru_maxrss) * 1024  // KiB on Linux
            #else
                getrusage(RUSAGE_CHILDREN, &usage)
                return Int(usage.ru_maxrss)  // bytes on macOS
            #endif
        }
        let report = directory.appendingPathComponent("peak-memory.txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: time)
        process.arguments = ["-f", "%M", "-o", report.path, binary.path] + arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(TTHC.defaultTimeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: report) }
        // GNU time writes "Command exited with non-zero status 1" first when it did.
        let text = try String(contentsOf: report, encoding: .utf8)
        let kib = try #require(
            text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) },
            "GNU time wrote \(text)", sourceLocation: sourceLocation)
        #expect(!text.contains("signal"), "tthc \(arguments) was killed: \(text)", sourceLocation: sourceLocation)
        return kib * 1024
    }

    // MARK: Aliases

    @Test("billion laughs is refused using under 100 MB of memory")
    func billionLaughsMemory() throws {
        let dir = try Self.scratch(text: ["good.yaml": Self.goodSector])
        try dir.copyFixture("billion-laughs/lol.yaml", to: "catalog/lol.yaml")
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        expectFindings(output.findings, [Expected("catalog/lol.yaml:7:8", "syntax", says: "aliases", "limit", "1000000 nodes")])
        #expect(output.summary.sectors == 1)
        let peak = try Self.peakMemory(["check", "--catalog", "catalog", "--rules", "rules", "--as-of", "2026-11-26"], in: dir.url)
        #expect(peak < 100 << 20, "peak memory \(peak >> 20) MiB")
    }

    @Test("a long string aliased 100,000 times is refused by the text budget, not read 100,000 times")
    func laughsOfText() throws {
        // Few nodes (well under the node budget), but 100 GB of text once expanded.
        let big = String(repeating: "x", count: 1_000_000)
        let prefix = "  - { code: \"1.000001\", name: P, level: province, deadline: { legal: 5 }, legal_basis: ["
        let aliases = Array(repeating: "*b", count: 100_000).joined(separator: ", ")
        let text = "sector: { id: a, name: A, agency: &b \"\(big)\" }\nprocedures:\n\(prefix)\(aliases)] }\n"
        let dir = try Self.scratch(text: ["laughs.yaml": text, "good.yaml": Self.goodSector])
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        // The text already read is 1,000,000 bytes of agency plus the short
        // scalars before the list (a, A, 1.000001, P, province, 5: 20 bytes); the
        // 67th alias takes it to 68,000,020 bytes, past 64 MiB (67,108,864 bytes).
        let column = prefix.unicodeScalars.count + 66 * 4 + 1
        expectFindings(
            output.findings,
            [Expected("catalog/laughs.yaml:3:\(column)", "syntax", says: "aliases", "limit", "67108864 bytes of text")])
        #expect(output.summary.sectors == 1)
    }

    @Test("a recursive alias is a syntax finding at the alias")
    func recursiveAlias() throws {
        let dir = try Self.scratch(text: [
            "recursive.yaml": "sector: &s { id: a, name: A, agency: *s }\nprocedures: []\n",
            "good.yaml": Self.goodSector,
        ])
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        expectFindings(output.findings, [Expected("catalog/recursive.yaml:1:38", "syntax", says: "*s", "recursive")])
        #expect(output.summary.sectors == 1)
    }

    // MARK: Size and depth

    @Test("5,000-deep block nesting is a syntax finding at the level past the limit, without a stack overflow")
    func deepBlockNesting() throws {
        // Block sequences nested on one line: `- - - … x`, each `- ` a level.
        let lines = String(repeating: "- ", count: 5_000) + "x\n"
        // And block mappings, one level a line, indented one space deeper each time.
        var mappings = ""
        for level in 0..<5_000 { mappings += String(repeating: " ", count: level) + "k:\n" }
        let dir = try Self.scratch(text: ["block.yaml": lines, "mappings.yaml": mappings, "good.yaml": Self.goodSector])
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [
                Expected("catalog/block.yaml:1:401", "syntax", says: "nesting", "limit of 200 levels"),
                Expected("catalog/mappings.yaml:201:201", "syntax", says: "nesting", "limit of 200 levels"),
            ])
        #expect(output.summary.sectors == 1)
    }

    @Test("a 300 MB file is refused by the size limit without being read")
    func hugeSparseFile() throws {
        let dir = try Self.scratch(text: ["good.yaml": Self.goodSector])
        // Sparse: 300 MB long, no disk written.
        let path = dir.path("catalog/huge.yaml")
        #expect(FileManager.default.createFile(atPath: path.path, contents: Data("sector:\n".utf8)))
        let handle = try FileHandle(forWritingTo: path)
        try handle.truncate(atOffset: 300 << 20)
        try handle.close()
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [Expected("catalog/huge.yaml:1:1", "syntax", says: "314572800 bytes", "larger than the limit of 16777216 bytes")])
        let peak = try Self.peakMemory(["check", "--catalog", "catalog", "--rules", "rules", "--as-of", "2026-11-26"], in: dir.url)
        #expect(peak < 100 << 20, "peak memory \(peak >> 20) MiB: the file was read")
    }

    // MARK: Bytes that are not a catalog

    /// SplitMix64: the same bytes on every run and platform.
    struct SeededBytes {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

        mutating func bytes(_ count: Int) -> Data { Data((0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }) }
    }

    @Test("random bytes: one syntax finding a file, never a crash")
    func randomBytes() throws {
        var random = SeededBytes(state: 2026_11_26)
        var files: [String: Data] = [:]
        for index in 0..<8 { files["random-\(index).yaml"] = random.bytes(256 + random.below(8_192)) }
        files["good.yaml"] = Data(Self.goodSector.utf8)
        let dir = try Self.scratch(files)
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        #expect(output.summary.files == 9)
        #expect(output.summary.sectors == 1)
        for index in 0..<8 {
            let found = output.findings.filter { $0.file == "catalog/random-\(index).yaml" }
            #expect(found.count == 1, "\(found)")
            #expect(found.allSatisfy { $0.rule == "syntax" && $0.message.contains("UTF-8") }, "\(found)")
        }
    }

    @Test("random YAML punctuation: findings, never a crash")
    func randomYAMLishText() throws {
        let pieces = [
            "-", " ", "  ", "\n", ":", ": ", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b", "!t ", "!!str ", "? ", "|",
            ">", "'", "\"", "#", "x", "1", "\t", "%YAML 1.1\n", "---\n", "...\n", "<<: ", "sector", "procedures", "code",
            "id", "é", "\\", "~", "null", "%TAG ! tag:x,2000:\n",
        ]
        var random = SeededBytes(state: 6)
        var files: [String: String] = [:]
        for index in 0..<24 {
            files["soup-\(index).yaml"] = (0..<(50 + random.below(400))).map { _ in pieces[random.below(pieces.count)] }.joined()
        }
        let dir = try Self.scratch(text: files)
        let (result, output) = try Self.checkJSON(dir)
        #expect([0, 1].contains(result.status))
        #expect(output.summary.files == 24)
        for index in 0..<24 {
            let found = output.findings.filter { $0.file == "catalog/soup-\(index).yaml" }
            #expect(!found.isEmpty, "soup-\(index).yaml was accepted as a catalog")
        }
        let rules = Set(output.findings.map(\.rule))
        #expect(rules.isSubset(of: ["syntax", "schema", "duplicate-key"]), "\(rules)")
    }

    /// UTF-16 text in either byte order, with or without a byte-order mark.
    static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> Data {
        var data = Data()
        for unit in (bom ? [0xFEFF] : []) + Array(text.utf16) {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            data.append(contentsOf: bigEndian ? [high, low] : [low, high])
        }
        return data
    }

    @Test("UTF-16 big-endian with a byte-order mark, and either byte order without one")
    func utf16Variants() throws {
        let text = "sector: { id: a, name: Tư pháp }\nprocedures: []\n"
        let dir = try Self.scratch([
            "be-bom.yaml": Self.utf16(text, bigEndian: true, bom: true),
            "be.yaml": Self.utf16(text, bigEndian: true, bom: false),
            "le.yaml": Self.utf16(text, bigEndian: false, bom: false),
            "good.yaml": Data(Self.goodSector.utf8),
        ])
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [
                Expected("catalog/be-bom.yaml:1:1", "syntax", says: "not UTF-8", "UTF-16"),
                Expected("catalog/be.yaml:1:1", "syntax", says: "not UTF-8", "UTF-16"),
                Expected("catalog/le.yaml:1:1", "syntax", says: "not UTF-8", "UTF-16"),
            ])
        #expect(output.summary.sectors == 1)
    }

    // MARK: YAML that libyaml refuses

    @Test("tabs as indentation: a syntax finding at the tab that says it is a tab")
    func tabIndentation() throws {
        let dir = try Self.scratch(text: [
            "tabs.yaml": "sector:\n\tid: a\n\tname: A\nprocedures: []\n",
            "mixed.yaml": "sector:\n  id: b\n\tname: B\nprocedures: []\n",
            "good.yaml": Self.goodSector,
        ])
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [
                Expected("catalog/mixed.yaml:3:1", "syntax", says: "tab"),
                Expected("catalog/tabs.yaml:2:1", "syntax", says: "cannot start any token", "tab", "spaces"),
            ])
    }

    @Test("%YAML 9.9 is a syntax finding at the directive that names it")
    func unknownYAMLVersion() throws {
        let dir = try Self.scratch(text: [
            "version.yaml": "%YAML 9.9\n---\nsector: { id: a, name: A }\nprocedures: []\n",
            "good.yaml": Self.goodSector,
        ])
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [Expected("catalog/version.yaml:1:1", "syntax", says: "incompatible YAML document", "`%YAML`", "%YAML 1.2")])
    }

    @Test("unknown tags are ignored: the schema types the value; an undeclared tag handle is a syntax finding")
    func unknownTags() throws {
        let dir = try Self.scratch(text: [
            "tags.yaml": """
                sector: !sector { id: tu-phap, name: !foo Tư pháp }
                procedures:
                  - { code: !!str "1.000001", name: !custom Thủ tục, level: !lvl province, deadline: { legal: !!int 5 } }
                  - { code: "1.000002", name: Khác, level: province, deadline: { legal: 5 }, four_on_spot: !!bool yes }

                """,
            "handle.yaml": "sector: { id: u, name: !e!foo U }\nprocedures: []\n",
            "good.yaml": Self.goodSector,
        ])
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [
                Expected("catalog/handle.yaml:1:24", "syntax", says: "undefined tag handle"),
                // A tag does not make `yes` a boolean.
                Expected("catalog/tags.yaml:4:92", "schema", says: "`four_on_spot`", "`yes`"),
            ])
        #expect(output.summary.sectors == 2)
        #expect(output.summary.procedures == 3)
    }

    @Test("a complex mapping key is a schema finding: keys must be plain names")
    func complexKeys() throws {
        let dir = try Self.scratch(text: [
            "complex.yaml": """
                ? [a, b]
                : c
                sector: { id: b, name: B }
                procedures:
                  - ? { x: 1 }
                    : y
                    code: "1.000001"
                    name: P
                    level: province
                    deadline: { legal: 5 }

                """
        ])
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [
                Expected("catalog/complex.yaml:1:3", "schema", says: "keys of a catalog file must be plain names", "a list"),
                Expected("catalog/complex.yaml:5:7", "schema", says: "keys of a procedure must be plain names", "a mapping"),
            ])
        // The rest of the file is still read.
        #expect(output.summary.procedures == 1)
    }

    // MARK: Links

    @Test("symlink-loop: a link to itself and two links to each other are skipped like a dangling link")
    func fileLinkLoops() throws {
        let dir = try Self.scratch(text: ["good.yaml": Self.goodSector])
        try dir.symlink("catalog/self.yaml", to: "self.yaml")
        try dir.symlink("catalog/ping.yaml", to: "pong.yaml")
        try dir.symlink("catalog/pong.yaml", to: "ping.yaml")
        try dir.symlink("catalog/dir-a", to: "dir-b")
        try dir.symlink("catalog/dir-b", to: "dir-a")
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 0, "\(result)")
        #expect(output.summary.files == 1)
        #expect(output.findings.isEmpty)
    }

    @Test("a FIFO named *.yaml under catalog/ stops the run with exit 2 at once, naming it; it is never waited on")
    func fifoInCatalog() throws {
        let dir = try Self.scratch(text: ["good.yaml": Self.goodSector])
        #expect(mkfifo(dir.url.appendingPathComponent("catalog/pipe.yaml").path, 0o644) == 0)
        let result = try TTHC.run(["check", "--as-of", "2026-11-26"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("catalog/pipe.yaml"), "\(result.stderr)")
        #expect(result.stderr.contains("not a regular file"), "\(result.stderr)")
    }

    // MARK: Regular expressions

    static let longName = String(repeating: "a", count: 10_000) + "!"

    static func longNameCatalog() -> String {
        """
        sector: { id: a, name: A }
        procedures:
          - { code: "1.000001", name: "\(longName)", level: province, deadline: { legal: 5 } }

        """
    }

    @Test("a rule with a catastrophic regular expression is refused when the rules load, at the pattern")
    func catastrophicPatternRefused() throws {
        let dir = try Self.scratch(text: ["long.yaml": Self.longNameCatalog()])
        try dir.write(
            "rules/regex.yaml",
            """
            rules:
              - id: name-shape
                assert: matches(name, "^(a+)+$")

            """)
        let result = try TTHC.run(["check", "--as-of", "2026-11-26"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        for words in ["rules/regex.yaml:3:27:", "`name-shape`", "exponential time", "`(a+)+`"] {
            #expect(result.stderr.contains(words), "stderr should say \(words):\n\(result.stderr)")
        }
    }

    @Test("a backtracking pattern the load check lets through is a rule-error on the item, not a hang")
    func backtrackingPatternBounded() throws {
        let dir = try Self.scratch(text: ["long.yaml": Self.longNameCatalog(), "good.yaml": Self.goodSector])
        try dir.write(
            "rules/regex.yaml",
            """
            rules:
              - id: name-shape
                assert: matches(name, "^(a|[ab])*$")

            """)
        let (result, output) = try Self.checkJSON(dir)
        #expect(result.status == 1)
        let errors = output.findings.filter { $0.rule == "rule-error" }
        #expect(errors.count == 1, "\(output.findings)")
        #expect(errors.first?.procedure == "1.000001")
        #expect(errors.first?.message.contains("backtracking steps") == true, "\(errors)")
        // On the short name the rule is simply evaluated: it fails there.
        #expect(output.findings.contains { $0.rule == "name-shape" && $0.procedure == "1.005001" }, "\(output.findings)")
    }
}
