import Foundation
import Testing

/// SPEC §8.6, run as a user runs the tool on a hostile catalog and hostile
/// rules: codes, names, legal bases, file names, rule messages, bases and
/// descriptions that hold terminal escapes, bidirectional overrides, line
/// breaks that spell a forged finding or a workflow command, and Markdown.
/// No output may carry them raw: text and standard error show them escaped
/// (`\u{1B}`, `\n`), `github` keeps every line but the annotations free of
/// commands, Markdown keeps its tables and renders no link, mention or markup.
@Suite("Harmless output")
struct HarmlessOutputTests {
    static let asOf = ["--as-of", "2026-11-26"]

    /// The catalog, in YAML double-quoted escapes: `\e` is ESC, `\a` BEL.
    static let evilSector = #"""
        sector:
          id: evil
          name: "Sở \e[31mĐỏ\e[0m\ncatalog/forged.yaml:1:1: error: forged sector [x]"
        procedures:
          - code: "1.000001\n::add-mask::secret"
            name: "Tên \u202Egnp.exe @octocat #12 [x](http://e.vil) ![i](a.png) <b>b</b> *e* _u_ ~s~ `c` $m$ | cell\r\n::stop-commands::tok ##[add-mask]y www.e.vil"
            level: province
            legal_basis: ["Luật \a\ncatalog/forged.yaml:2:2: error: forged basis [y]"]
            deadline: { legal: 10, proposed: 12 }

        """#

    /// A file whose very name would forge a line.
    static let evilFileName = "b\ncatalog/forged.yaml:3:3: error: forged path [z]\u{1B}[2J.yaml"
    static let plainSector = """
        sector: { id: plain, name: Plain }
        procedures:
          - { code: "1.000002", name: P, level: province, deadline: { legal: 10 } }

        """

    /// A rule that echoes the catalog's text, with a basis and a description of its own.
    static let echoRule = #"""
        rules:
          - id: echo
            severity: info
            description: "Echo \e[2J\nforged description line"
            assert: "false"
            message: "name {name}; code {code}; basis {legal_basis}"
            basis: "Basis \e]8;;http://e.vil\a link\n::warning::forged basis"

        """#

    static let evilTest = #"""
        tests:
          - name: "evil \e[2J\n::error::forged test name"
            as_of: 2026-06-01
            catalog:
              - sector: { id: s, name: S }
                procedures:
                  - { code: "1.000009", name: "N \e[5m\n::error::x", level: province, legal_basis: [L], deadline: { legal: 10 } }
            expect: []

        """#

    static func scratch() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-harmless")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try dir.write("rules/echo.yaml", echoRule)
        try dir.write("rules/tests/evil.yaml", evilTest)
        try dir.write("catalog/a.yaml", evilSector)
        try dir.write("catalog/\(evilFileName)", plainSector)
        return dir
    }

    /// The characters SPEC §8.6 keeps out of every output: C0 controls but
    /// the line feed, DEL, C1, bidirectional controls, line separators.
    static func harmful(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    /// No harmful character, and no line that a hostile value started.
    static func expectHarmless(_ output: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = output.unicodeScalars.filter(harmful).map { "U+" + String($0.value, radix: 16, uppercase: true) }
        #expect(raw.isEmpty, "\(what) holds \(raw):\n\(output)", sourceLocation: sourceLocation)
        for line in output.split(separator: "\n") {
            for forged in ["catalog/forged.yaml", "forged", "::add-mask", "::stop-commands", "::warning::", "::error::"] {
                #expect(!line.hasPrefix(forged), "\(what): a value started the line\n\(line)", sourceLocation: sourceLocation)
            }
        }
    }

    func run(_ arguments: [String], in dir: TemporaryDirectory, sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let result = try TTHC.run(arguments + Self.asOf, in: dir.url, sourceLocation: sourceLocation)
        Self.expectHarmless(result.stdout, "stdout of \(arguments)", sourceLocation: sourceLocation)
        Self.expectHarmless(result.stderr, "stderr of \(arguments)", sourceLocation: sourceLocation)
        return result
    }

    @Test("check text: every line is a finding, a note, a basis or the summary; the values show escaped")
    func checkText() throws {
        let dir = try Self.scratch()
        let result = try run(["check"], in: dir)
        #expect(result.status == 1, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        for line in lines.dropLast() {
            let located = line.hasPrefix("catalog/a.yaml:") || line.hasPrefix("catalog/b\\ncatalog/forged.yaml")
                || line.hasPrefix("rules/")
            #expect(located || line.hasPrefix("    "), "\(line)")
        }
        #expect(lines.last?.hasPrefix("2 files, 2 sectors, 2 procedures checked") == true, "\(result)")
        let out = result.stdout
        // A line break in a code is an invisible character: named, and left out of the code (§8.3).
        #expect(out.contains("code 1.000001::add-mask::secret; basis [\"Luật \\u{7}\\ncatalog/forged.yaml:2:2"))
        #expect(out.contains("error: `code` contains U+000A LINE FEED at column 20"))
        #expect(out.contains("Tên \\u{202E}gnp.exe"))
        #expect(out.contains("cell\\r\\n::stop-commands::tok"))
        #expect(out.contains("basis: Basis \\u{1B}]8;;http://e.vil\\u{7} link\\n::warning::forged basis"))
        #expect(out.contains("catalog/b\\ncatalog/forged.yaml:3:3: error: forged path [z]\\u{1B}[2J.yaml:3:"))
    }

    @Test("check --format github: only annotations start with ::, line breaks are %0A, the summary is plain")
    func checkGitHub() throws {
        let dir = try Self.scratch()
        let result = try run(["check", "--format", "github"], in: dir)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let annotations = lines.dropLast()
        for line in annotations {
            #expect(
                line.hasPrefix("::error file=") || line.hasPrefix("::warning file=") || line.hasPrefix("::notice file="),
                "\(line)")
            // The command's own `::` separator is the second and last before the message.
            let head = line.split(separator: "::", maxSplits: 2, omittingEmptySubsequences: false)
            #expect(head.count == 3 && !head[1].contains("\n"), "\(line)")
        }
        let summary = try #require(lines.last)
        #expect(summary.hasPrefix("2 files, 2 sectors, 2 procedures checked"))
        #expect(!summary.contains("##[") && !summary.contains("::"))
        let echo = try #require(annotations.first { $0.contains("title=echo::") })
        #expect(echo.contains("code 1.000001::add-mask::secret"))
        #expect(echo.contains("cell%0D%0A::stop-commands::tok"))
        #expect(echo.contains("Tên \\u{202E}gnp.exe"))
        let path = try #require(annotations.first { $0.contains("file=catalog/b") })
        #expect(path.contains("file=catalog/b%0Acatalog/forged.yaml%3A3%3A3%3A error%3A forged path [z]\\u{1B}[2J.yaml,line="))
    }

    /// The cells of a Markdown table row: split at the pipes that are not escaped.
    static func cells(_ row: Substring) -> [String] {
        row.replacingOccurrences(of: "\\|", with: "\u{0}").split(separator: "|", omittingEmptySubsequences: false)
            .dropFirst().dropLast().map { $0.replacingOccurrences(of: "\u{0}", with: "\\|") }
    }

    /// Every table of `markdown` keeps the width of its header, and no text
    /// became a link, an image, a tag, a mention or an issue reference.
    static func expectInertMarkdown(_ markdown: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var width: Int?
        for line in markdown.split(separator: "\n") {
            guard line.hasPrefix("|") else {
                width = nil
                continue
            }
            let count = cells(line).count
            if width == nil { width = count }
            #expect(count == width, "\(what): a row of \(count) cells in a table of \(width ?? 0):\n\(line)", sourceLocation: sourceLocation)
        }
        for markup in ["[x](", "![i]", "<b>", "@octocat", "#12", "http://e.vil", "www.e.vil", " *e*", " _u_", " ~s~", "$m$"] {
            #expect(!markdown.contains(markup), "\(what) lets `\(markup)` through:\n\(markdown)", sourceLocation: sourceLocation)
        }
    }

    @Test("check --format markdown: a row per finding, five cells each, the values inert")
    func checkMarkdown() throws {
        let dir = try Self.scratch()
        let json = try TTHC.run(["check", "--format", "json"] + Self.asOf, in: dir.url)
        let findings = try CheckOutput.decode(json.stdoutBytes).findings.count
        let result = try run(["check", "--format", "markdown"], in: dir)
        Self.expectInertMarkdown(result.stdout, "check markdown")
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("| ") }.dropFirst()
        #expect(rows.count == findings, "\(result)")
        #expect(rows.allSatisfy { Self.cells($0).count == 5 })
        #expect(result.stdout.contains("`1.000001\\n::add-mask::secret`"))
        #expect(result.stdout.contains("@\u{2060}octocat \\#\u{2060}12 \\[x\\](http:\u{2060}//e.vil)"))
    }

    @Test("check --format markdown on a 1 MB code of backtick runs: done in one pass, output a small multiple of the file")
    func megabyteOfBackticks() throws {
        // Runs of 1, 2, 3, … backticks that nothing closes: searching ahead
        // from each run (the first version) reads the megabyte once per run.
        var code = ""
        var width = 1
        while code.utf8.count < 1 << 20 {
            code += String(repeating: "`", count: width) + "x"
            width += 1
        }
        let dir = try TemporaryDirectory("tthc-harmless")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        let file = try dir.write(
            "catalog/a.yaml",
            "sector: { id: a, name: A }\nprocedures:\n"
                + "  - { code: \"\(code)\", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }\n")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        let result = try TTHC.run(["check", "--format", "markdown"] + Self.asOf, in: dir.url)
        #expect(result.status == 1, "code-format fails on it")
        Self.expectInertMarkdown(result.stdout, "check markdown")
        // The code once as the procedure's code span, once escaped in the message.
        #expect(result.stdoutBytes.count <= 4 * size + 4096, "\(result.stdoutBytes.count) bytes from a \(size)-byte file")
        let fence = String(repeating: "`", count: width)
        #expect(result.stdout.contains("| " + fence + " " + code + " " + fence + " P<br>sector `a` |"), "the code as one code span")
    }

    @Test("report text and markdown: names and bases cannot add lines, rows or markup", arguments: ["text", "markdown"])
    func report(_ format: String) throws {
        let dir = try Self.scratch()
        let result = try run(["report", "--format", format, "--allow-incomplete"], in: dir)
        #expect(result.status == 0, "\(result)")
        if format == "markdown" {
            Self.expectInertMarkdown(result.stdout, "report markdown")
            #expect(result.stdout.contains("Sở \\\\u{1B}\\[31mĐỏ\\\\u{1B}\\[0m<br>catalog/forged.yaml:1:1: error: forged sector \\[x\\]"))
        } else {
            #expect(result.stdout.contains("Sở \\u{1B}[31mĐỏ\\u{1B}[0m\\ncatalog/forged.yaml:1:1: error:"))
        }
    }

    @Test("explain text: the code, the name, the values of the trace shown escaped")
    func explain() throws {
        let dir = try Self.scratch()
        let result = try run(["explain", "1.000001\n::add-mask::secret"], in: dir)
        #expect(result.status == 0, "\(result)")
        // The code as the catalog reads it: its line break is an invisible character, left out.
        #expect(result.stdout.hasPrefix("1.000001::add-mask::secret — Tên \\u{202E}gnp.exe"))
    }

    @Test("rules text: descriptions and bases shown escaped")
    func rules() throws {
        let dir = try Self.scratch()
        let result = try run(["rules"], in: dir)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("    Echo \\u{1B}[2J\\nforged description line\n"))
    }

    @Test("test text: a test's name and the messages of its findings shown escaped")
    func ruleTests() throws {
        let dir = try Self.scratch()
        let result = try run(["test"], in: dir)
        #expect(result.stdout.contains("evil \\u{1B}[2J\\n::error::forged test name (rules/tests/evil.yaml:"), "\(result)")
    }

    @Test("diff text and markdown: added codes, changes and new findings shown harmless", arguments: ["text", "markdown"])
    func diff(_ format: String) throws {
        let dir = try Self.scratch()
        let evil = try String(contentsOf: dir.path("catalog/a.yaml"), encoding: .utf8)
        try dir.write("catalog/a.yaml", "sector: { id: evil, name: Evil }\nprocedures: []\n")
        try dir.commitAll()
        try dir.write("catalog/a.yaml", evil)
        let result = try run(["diff", "--base", "HEAD", "--format", format], in: dir)
        #expect(result.status == 1, "\(result)")
        if format == "markdown" {
            Self.expectInertMarkdown(result.stdout, "diff markdown")
            #expect(result.stdout.contains("- added `1.000001::add-mask::secret`"))
        } else {
            #expect(result.stdout.contains("  added 1.000001::add-mask::secret\n"))
        }
    }

    @Test("standard error: a value in a failure's line is escaped, also in the lines of invalid rules")
    func standardError() throws {
        let dir = try Self.scratch()
        let unknown = try run(["explain", "X\u{1B}[31m\n::error::forged"], in: dir)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "tthc: error: no procedure has the code `X\\u{1B}[31m\\n::error::forged` in `catalog`\n")

        let plan = try run(["report", "--plan", "p\n::error::forged"], in: dir)
        #expect(plan.status == 2)
        #expect(plan.stderr.hasPrefix("tthc: error: no plan has the id `p\\n::error::forged`; the plans in rules/ are:\n"))

        try dir.write("rules/bad\ncatalog/forged.yaml:9:9: error: forged\u{1B}[2J.yaml", "rules: [ {\n")
        let invalid = try run(["check"], in: dir)
        #expect(invalid.status == 2)
        let lines = invalid.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(invalid)")
        #expect(lines.last?.hasPrefix("rules/bad\\ncatalog/forged.yaml:9:9: error: forged\\u{1B}[2J.yaml:") == true, "\(invalid)")
    }
}
