import Foundation
import Testing

/// A run that cannot be made says why on standard error in the run's language
/// (`--lang`, else the locale): `tthc: error: …` in English, `tthc: lỗi: …` in
/// Vietnamese, every value from the user escaped; exit 2, nothing on stdout.
@Suite("Run failures in both languages")
struct RunMessageTests {
    static let asOf = ["--as-of", "2026-11-26"]

    /// Runs `arguments` in English (`--lang en`) and Vietnamese (`LANG=vi_VN`),
    /// and expects exit 2, nothing on stdout and exactly `english`/`vietnamese`
    /// (one line each) on stderr.
    func expectFailure(
        _ arguments: [String], in directory: URL = Paths.fixtures, english: String, vietnamese: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let en = try TTHC.run(arguments + ["--lang", "en"], in: directory, sourceLocation: sourceLocation)
        let vi = try TTHC.run(arguments, in: directory, environment: ["LANG": "vi_VN.UTF-8"], sourceLocation: sourceLocation)
        for (result, expected) in [(en, english), (vi, vietnamese)] {
            #expect(result.status == 2, "\(result)", sourceLocation: sourceLocation)
            #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
            #expect(result.stderr == expected + "\n", sourceLocation: sourceLocation)
        }
    }

    /// A scratch project: rules/ and a clean catalog/.
    static func project() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-runmessage")
        try dir.copyFixture("rules", to: "rules")
        try dir.copyFixture("clean", to: "catalog")
        return dir
    }

    @Test("a missing catalog directory")
    func missingCatalog() throws {
        try expectFailure(
            ["check", "--catalog", "nope", "--rules", "rules"] + Self.asOf,
            english: "tthc: error: catalog directory `nope` not found; run from the project root or pass --catalog DIR",
            vietnamese: "tthc: lỗi: không tìm thấy thư mục danh mục `nope`; "
                + "chạy từ thư mục gốc của dự án hoặc dùng --catalog DIR")
    }

    @Test("--catalog given a file says it takes a directory", arguments: ["check", "report"])
    func catalogIsAFile(_ command: String) throws {
        try expectFailure(
            [command, "--catalog", "clean/tu-phap.yaml", "--rules", "rules"] + Self.asOf,
            english: "tthc: error: `clean/tu-phap.yaml` is a file; --catalog takes the catalog directory "
                + "(pass a file as PATH to `check` to report on it alone)",
            vietnamese: "tthc: lỗi: `clean/tu-phap.yaml` là một tệp; --catalog nhận thư mục danh mục "
                + "(muốn báo cáo riêng một tệp thì truyền tệp đó làm PATH cho `check`)")
    }

    @Test("an --only rule that is not in rules/")
    func unknownRule() throws {
        try expectFailure(
            ["check", "--catalog", "clean", "--rules", "rules", "--only", "nope"] + Self.asOf,
            english: "tthc: error: `nope` is not a rule of `rules`; `tthc rules` lists them",
            vietnamese: "tthc: lỗi: `nope` không phải quy tắc trong `rules`; xem danh sách bằng `tthc rules`")
    }

    @Test("a baseline that is not check's JSON, and one over the size limit (its sizes in each language's digits)")
    func badBaseline() throws {
        let dir = try Self.project()
        try dir.write("bad.json", "[1, 2]")
        try expectFailure(
            ["check", "--baseline", "bad.json"] + Self.asOf, in: dir.url,
            english: "tthc: error: the baseline `bad.json` is not the JSON of `tthc check --format json`; "
                + "write it again with that command",
            vietnamese: "tthc: lỗi: tệp baseline `bad.json` không phải JSON của `tthc check --format json`; "
                + "hãy tạo lại bằng lệnh đó")

        // Sparse: 64 MiB and one byte that take no disk; never read.
        let huge = dir.path("huge.json")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: Data("{".utf8)))
        #expect(truncate(huge.path, off_t(64 << 20) + 1) == 0)
        try expectFailure(
            ["check", "--baseline", "huge.json"] + Self.asOf, in: dir.url,
            english: "tthc: error: the baseline `huge.json` is 67108865 bytes, larger than the limit of 67108864 bytes "
                + "(64 MiB) for a baseline; check that it is the `tthc check --format json` output you meant",
            vietnamese: "tthc: lỗi: tệp baseline `huge.json` có 67.108.865 byte, vượt giới hạn 67.108.864 byte "
                + "(64 MiB) của tệp baseline; kiểm tra đó có đúng là kết quả `tthc check --format json` cần dùng")
    }

    @Test("a bad --as-of or --jobs: the argument parser's layout, the words in the run's language")
    func badArguments() throws {
        let cases: [(arguments: [String], english: String, vietnamese: String)] = [
            (
                ["--as-of", "2026-13-01"], "Error: --as-of must be a date written YYYY-MM-DD, got '2026-13-01'",
                "Error: --as-of phải là một ngày viết dạng YYYY-MM-DD, nhận được '2026-13-01'"
            ),
            (["--jobs", "0"], "Error: --jobs must be at least 1, got 0", "Error: --jobs phải ít nhất là 1, nhận được 0"),
        ]
        for (arguments, english, vietnamese) in cases {
            let en = try TTHC.run(["check"] + arguments)
            let vi = try TTHC.run(["check"] + arguments, environment: ["LC_ALL": "vi_VN.UTF-8"])
            let byOption = try TTHC.run(["check", "--lang", "vi"] + arguments)
            for (result, expected) in [(en, english), (vi, vietnamese), (byOption, vietnamese)] {
                #expect(result.status == 2, "\(result)")
                let lines = result.stderr.split(separator: "\n").map(String.init)
                #expect(lines.first == expected, "\(result)")
                #expect(lines.dropFirst().first?.hasPrefix("Usage: tthc check") == true, "\(result)")
            }
        }
    }

    @Test("no error line holds a raw control character when a value from the user does")
    func harmlessValues() throws {
        let dir = try Self.project()
        let evil = "a\u{1B}[31m\u{7}\r\u{202E}b\ntthc: error: forged"
        try dir.write("\(evil).yaml", "sector: { id: x, name: X }\nprocedures: []\n")
        let runs: [[String]] = [
            ["check", "--catalog", evil],
            ["check", "--catalog", "\(evil).yaml"],
            ["check", "\(evil)-missing.yaml"],
            ["check", "--baseline", evil],
            ["check", "-o", "\(evil)/out.txt"],
            ["check", "--only", evil],
            ["explain", "1.000001", "--rule", evil],
            ["report", "--plan", evil],
        ]
        for arguments in runs {
            for environment in [["LANG": "en_US.UTF-8"], ["LANG": "vi_VN.UTF-8"]] {
                let result = try TTHC.run(arguments + Self.asOf, in: dir.url, environment: environment)
                #expect(result.status == 2, "\(arguments): \(result)")
                let raw = result.stderr.unicodeScalars.filter(HarmlessOutputTests.harmful)
                #expect(raw.isEmpty, "\(arguments) \(environment): raw \(raw.map(\.value)) in\n\(result.stderr)")
                let lines = result.stderr.split(separator: "\n")
                #expect(
                    lines.first?.hasPrefix("tthc: error: ") == true || lines.first?.hasPrefix("tthc: lỗi: ") == true,
                    "\(result)")
                #expect(!lines.dropFirst().contains { $0.hasPrefix("tthc: error: forged") }, "a forged line:\n\(result)")
            }
        }
    }
}

/// `-o FILE` is `--output FILE` on every command that writes a report.
@Suite("-o")
struct ShortOutputOptionTests {
    @Test("-o writes to the file what the command prints without it", arguments: ["check", "report"])
    func writesTheFile(_ command: String) throws {
        let dir = try RunMessageTests.project()
        let printed = try TTHC.run([command] + RunMessageTests.asOf, in: dir.url)
        let written = try TTHC.run([command, "-o", "out.txt"] + RunMessageTests.asOf, in: dir.url)
        #expect(written.status == printed.status, "\(written)")
        #expect(written.stdout.isEmpty, "\(written)")
        #expect(try Data(contentsOf: dir.path("out.txt")) == printed.stdoutBytes)
        #expect(!printed.stdoutBytes.isEmpty)
    }

    @Test("diff -o writes the file")
    func diff() throws {
        let scratch = try DiffTests().repository()
        let arguments = ["diff", "--base", "HEAD", "--format", "json"] + RunMessageTests.asOf
        let printed = try TTHC.run(arguments, in: scratch.url)
        let written = try TTHC.run(arguments + ["-o", "diff.json"], in: scratch.url)
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.isEmpty, "\(written)")
        #expect(try Data(contentsOf: scratch.path("diff.json")) == printed.stdoutBytes)
        #expect(!printed.stdoutBytes.isEmpty)
    }
}
