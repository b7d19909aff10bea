import Foundation
import Testing

/// What `check` prints: the JSON of SPEC §5.1, the text lines of SPEC §5, the
/// --output file, determinism and colors.
@Suite("Output formats")
struct OutputFormatTests {
    // MARK: JSON

    @Test("JSON: one small case byte for byte")
    func jsonBytes() throws {
        let result = try TTHC.check(["--catalog", "duplicate-sector", "--format", "json"])
        #expect(result.status == 1)
        let expected = """
            {
              "version": 1,
              "as_of": "2026-11-26",
              "plan": "lang-son-2021-2030",
              "summary": {
                "files": 2,
                "sectors": 1,
                "procedures": 0,
                "error": 1,
                "warning": 0,
                "info": 0
              },
              "findings": [
                {
                  "rule": "duplicate-sector",
                  "severity": "error",
                  "message": "sector id `tai-chinh` is already used by another file; give each sector its own id",
                  "file": "duplicate-sector/sub/second.yml",
                  "line": 2,
                  "column": 42,
                  "sector": "tai-chinh",
                  "related": [
                    {
                      "file": "duplicate-sector/first.yaml",
                      "line": 2,
                      "column": 7
                    }
                  ],
                  "fingerprint": "2af80ea0ca3f6bb999bff3efa41d8a8e"
                }
              ]
            }

            """
        #expect(result.stdout == expected)
    }

    @Test("JSON: top-level and summary keys in the order of SPEC §5.1")
    func jsonShape() throws {
        let result = try TTHC.check(["--catalog", "clean", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(Set(object.keys) == ["version", "as_of", "plan", "summary", "findings"])
        #expect(object["version"] as? Int == 1)
        #expect(object["as_of"] as? String == "2026-11-26")
        #expect(object["plan"] as? String == "lang-son-2021-2030")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(Set(summary.keys) == ["files", "sectors", "procedures", "error", "warning", "info"])
        #expect((object["findings"] as? [Any])?.isEmpty == true)
        // Key order as written in SPEC §5.1.
        let text = result.stdout
        let order = ["\"version\"", "\"as_of\"", "\"plan\"", "\"summary\"", "\"files\"", "\"sectors\"", "\"procedures\"",
                     "\"error\"", "\"warning\"", "\"info\"", "\"findings\""]
        let positions = order.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
    }

    @Test("JSON: keys with no value are left out; related only on duplicates")
    func jsonAbsentKeys() throws {
        let fileLevel = try TTHC.check(["--catalog", "list-root", "--format", "json"])
        let bare = try CheckOutput.rawFindings(fileLevel.stdoutBytes)
        #expect(bare.count == 1)
        #expect(Set(bare[0].keys) == ["rule", "severity", "message", "file", "line", "column", "fingerprint"])

        let procedureLevel = try TTHC.check(["--catalog", "booleans", "--format", "json"])
        let withProcedure = try CheckOutput.rawFindings(procedureLevel.stdoutBytes)
        #expect(
            Set(withProcedure[0].keys)
                == ["rule", "severity", "message", "file", "line", "column", "sector", "procedure", "procedure_name", "fingerprint"])
        #expect(withProcedure.allSatisfy { $0["basis"] == nil && $0["related"] == nil })

        let duplicates = try TTHC.check(["--catalog", "duplicate-code", "--format", "json"])
        let withRelated = try CheckOutput.rawFindings(duplicates.stdoutBytes)
        for finding in withRelated {
            #expect(
                Set(finding.keys)
                    == [
                        "rule", "severity", "message", "file", "line", "column", "sector", "procedure", "procedure_name",
                        "related", "fingerprint",
                    ])
            let related = try #require(finding["related"] as? [[String: Any]])
            #expect(related.count == 1)
            #expect(Set(related[0].keys) == ["file", "line", "column"])
        }
        // No null anywhere: absent means left out.
        for result in [fileLevel, procedureLevel, duplicates] {
            #expect(!result.stdout.contains("null"))
        }
    }

    @Test("JSON: findings sorted by file, line, column, rule id", arguments: [
        "schema-missing", "schema-wrong-type", "bad-durations", "booleans", "duplicate-key", "syntax", ".",
    ])
    func jsonSorted(_ catalog: String) throws {
        let (_, output) = try TTHC.checkJSON(catalog: catalog)
        #expect(!output.findings.isEmpty)
        for (a, b) in zip(output.findings, output.findings.dropFirst()) {
            let before = (a.file, a.line, a.column, a.rule)
            let after = (b.file, b.line, b.column, b.rule)
            #expect(before <= after, "\(a) is printed before \(b)")
        }
    }

    @Test("JSON: summary counts by severity agree with the findings")
    func jsonSummaryCounts() throws {
        let (_, output) = try TTHC.checkJSON(catalog: ".")
        #expect(output.summary.error == output.findings.count { $0.severity == "error" })
        #expect(output.summary.warning == output.findings.count { $0.severity == "warning" })
        #expect(output.summary.info == output.findings.count { $0.severity == "info" })
        #expect(output.findings.allSatisfy { ["error", "warning", "info"].contains($0.severity) })
        #expect(output.findings.allSatisfy { $0.line >= 1 && $0.column >= 1 })
    }

    // MARK: Text

    static var findingLine: Regex<(Substring, file: Substring, line: Substring, column: Substring, severity: Substring, message: Substring, rule: Substring)> { #/^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning|info): (?<message>.+) \[(?<rule>[a-z0-9-]+)\]$/# }

    @Test("text: one line per finding, file:line:col: severity: message [rule], then the summary line", arguments: [
        "typo", "duplicate-code", "schema-traits", "bad-durations", "empty", "syntax",
    ])
    func textLines(_ catalog: String) throws {
        let text = try TTHC.check(["--catalog", catalog])
        let (_, json) = try TTHC.checkJSON(catalog: catalog)
        #expect(text.stdout.hasSuffix("\n"))
        let lines = text.stdoutLines
        let findingLines = lines.dropLast().filter { !$0.hasPrefix(" ") }
        #expect(findingLines.count == json.findings.count)
        for (line, finding) in zip(findingLines, json.findings) {
            let match = try #require(try Self.findingLine.wholeMatch(in: line), "not a finding line: \(line)")
            #expect(String(match.file) == finding.file)
            #expect(Int(match.line) == finding.line)
            #expect(Int(match.column) == finding.column)
            #expect(String(match.severity) == finding.severity)
            #expect(String(match.message) == finding.message)
            #expect(String(match.rule) == finding.rule)
        }
        let summary = try #require(lines.last)
        #expect(try Self.findingLine.wholeMatch(in: summary) == nil)
        let s = json.summary
        for words in [
            "\(s.files) file", "\(s.sectors) sector", "\(s.procedures) procedure", "\(s.error) error",
            "\(s.warning) warning", "\(s.info) info", "lang-son-2021-2030", "2026-11-26",
        ] {
            #expect(summary.contains(words), "the summary line should say \(words): \(summary)")
        }
    }

    @Test("text: the exact lines of the typo case")
    func textTypo() throws {
        let result = try TTHC.check(["--catalog", "typo"])
        #expect(result.stdoutLines.count == 3)
        #expect(result.stdoutLines[0] == "typo/typo.yaml:8:5: error: unknown key `legal_basic` in a procedure; did you mean `legal_basis`? [schema]")
        // The procedure the finding is about, by code and name, under it.
        #expect(result.stdoutLines[1] == "    1.000901 Thủ tục gõ nhầm")
        #expect(result.stdoutLines[2].hasPrefix("1 file, 1 sector, 1 procedure"))
        #expect(result.stdoutLines[2].contains("1 error"))
    }

    @Test("text: related places of a duplicate are shown with the finding")
    func textRelated() throws {
        let result = try TTHC.check(["--catalog", "duplicate-sector"])
        #expect(result.stdoutLines.first == "duplicate-sector/sub/second.yml:2:42: error: sector id `tai-chinh` is already used by another file; give each sector its own id [duplicate-sector]")
        #expect(result.stdout.contains("duplicate-sector/first.yaml:2:7"))
    }

    @Test("text: a clean run prints only the summary")
    func textClean() throws {
        let result = try TTHC.check(["--catalog", "clean"])
        #expect(result.stdoutLines.count == 1)
        let summary = try #require(result.stdoutLines.first)
        for words in ["2 files", "2 sectors", "4 procedures", "0 errors", "0 warnings", "0 info", "lang-son-2021-2030", "2026-11-26"] {
            #expect(summary.contains(words), "\(summary)")
        }
    }

    // MARK: --output

    @Test("--output FILE is written in full also when the run exits 1", arguments: ["json", "text"])
    func outputFile(_ format: String) throws {
        let dir = try TemporaryDirectory()
        let out = dir.path("report.out").path
        let toStdout = try TTHC.check(["--catalog", "bad-durations", "--format", format])
        let toFile = try TTHC.check(["--catalog", "bad-durations", "--format", format, "--output", out])
        #expect(toFile.status == 1)
        #expect(toFile.stdout.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(written == toStdout.stdoutBytes)
        #expect(!written.contains(0x1B))
    }

    @Test("--output replaces an existing file and takes a path relative to the current directory")
    func outputReplaces() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.copyFixture("clean", to: "catalog")
        try dir.write("out/result.json", String(repeating: "stale content\n", count: 10_000))
        let result = try TTHC.run(
            ["check", "--as-of", "2026-11-26", "--format", "json", "--output", "out/result.json"], in: dir.url)
        #expect(result.status == 0)
        let written = try Data(contentsOf: dir.path("out/result.json"))
        let output = try CheckOutput.decode(written)
        #expect(output.summary.files == 2)
        #expect(!String(decoding: written, as: UTF8.self).contains("stale"))
    }

    // MARK: Determinism

    @Test("the same bytes across two runs and across --jobs 1, 2 and 8", arguments: ["json", "text"])
    func deterministic(_ format: String) throws {
        var outputs: [Data] = []
        for jobs in [[], ["--jobs", "1"], ["--jobs", "2"], ["--jobs", "8"], []] {
            let result = try TTHC.check([".", "--format", format] + jobs)
            #expect(result.status == 1)
            outputs.append(result.stdoutBytes)
        }
        #expect(outputs[0].count > 1000)
        for (index, output) in outputs.enumerated().dropFirst() {
            #expect(output == outputs[0], "run \(index) differs from run 0")
        }
    }

    // MARK: Colors

    @Test("no ANSI escape codes when stdout is not a terminal, with or without NO_COLOR")
    func noColorOnPipe() throws {
        for environment in [[:], ["NO_COLOR": "1"], ["TERM": "xterm-256color"]] {
            let result = try TTHC.check(["--catalog", "bad-durations"], environment: environment)
            #expect(!result.stdout.contains("\u{1B}"), "\(environment)")
            #expect(!result.stderr.contains("\u{1B}"), "\(environment)")
        }
    }

    @Test("on a terminal: no ANSI escape codes with NO_COLOR set")
    func noColorOnTerminal() throws {
        let text = try PseudoTerminal.run(
            ["check", "--catalog", "bad-durations", "--rules", "rules", "--as-of", "2026-11-26"],
            environment: ["NO_COLOR": "1", "TERM": "xterm-256color"])
        #expect(text.contains("[schema]"))
        #expect(!text.contains("\u{1B}"), "\(text)")
    }

    @Test("on a terminal without NO_COLOR the severities are colored, and the text is otherwise the same")
    func colorOnTerminal() throws {
        let colored = try PseudoTerminal.run(
            ["check", "--catalog", "typo", "--rules", "rules", "--as-of", "2026-11-26"],
            environment: ["TERM": "xterm-256color"])
        #expect(colored.contains("\u{1B}["))
        let plain = try TTHC.check(["--catalog", "typo"]).stdout
        let stripped = colored.replacing(#/\u{1B}\[[0-9;]*m/#, with: "").replacing("\r\n", with: "\n")
        #expect(stripped == plain)
    }
}

/// Runs tthc with its standard output on a pseudo-terminal, so that it sees a
/// terminal, and returns what it wrote there.
enum PseudoTerminal {
    static func run(_ arguments: [String], environment: [String: String]) throws -> String {
        let master = C.posixOpenpt(O_RDWR | O_NOCTTY)
        try #require(master >= 0, "posix_openpt failed")
        defer { close(master) }
        try #require(C.grantpt(master) == 0 && C.unlockpt(master) == 0)
        let name = try #require(C.ptsname(master).map { String(cString: $0) })
        let slave = open(name, O_RDWR | O_NOCTTY)
        try #require(slave >= 0, "cannot open \(name)")
        let slaveHandle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)

        let box = DataBox()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }  // EIO once the last writer has closed the terminal
                data.append(contentsOf: buffer[0..<n])
            }
            box.set(data)
            done.signal()
        }
        let result = try TTHC.run(arguments, environment: environment, stdout: slaveHandle)
        close(slave)
        _ = done.wait(timeout: .now() + 30)
        #expect(result.status == 1)
        return String(decoding: box.get(), as: UTF8.self)
    }
}

/// The pseudo-terminal calls of libc, looked up at run time: the Glibc module
/// does not import them (they sit behind _XOPEN_SOURCE).
private enum C {
    static func symbol<T>(_ name: String, as type: T.Type) -> T {
        guard let pointer = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
            fatalError("libc has no \(name)")
        }
        return unsafeBitCast(pointer, to: type)
    }

    static func posixOpenpt(_ flags: Int32) -> Int32 {
        symbol("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)(flags)
    }

    static func grantpt(_ fd: Int32) -> Int32 {
        symbol("grantpt", as: (@convention(c) (Int32) -> Int32).self)(fd)
    }

    static func unlockpt(_ fd: Int32) -> Int32 {
        symbol("unlockpt", as: (@convention(c) (Int32) -> Int32).self)(fd)
    }

    static func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>? {
        symbol("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)(fd)
    }
}
