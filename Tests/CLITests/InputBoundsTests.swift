import Foundation
import Testing

/// SPEC §8.7: names that are not UTF-8 under catalog/ are reported, not
/// skipped; a baseline is sized before it is read.
@Suite("Input bounds: file names and the baseline")
struct InputBoundsTests {
    static let goodSector = """
        sector: { id: con-lai, name: Còn lại }
        procedures:
          - { code: "1.005001", name: Thủ tục, level: province, legal_basis: [L], deadline: { legal: 5 } }

        """

    /// Creates `directory/<bytes>` (a file with `text`, or a directory) with
    /// POSIX calls: Foundation cannot spell a name that is not UTF-8.
    static func make(_ name: [UInt8], in directory: URL, text: String? = nil, directory isDirectory: Bool = false) throws {
        let path = Array(directory.path.utf8) + [UInt8(ascii: "/")] + name
        let cPath = path.map { CChar(bitPattern: $0) } + [0]
        if isDirectory {
            #expect(mkdir(cPath, 0o755) == 0, "mkdir: \(String(cString: strerror(errno)))")
            return
        }
        let descriptor = open(cPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0, "open: \(String(cString: strerror(errno)))")
        defer { close(descriptor) }
        let bytes = Array((text ?? "").utf8)
        #expect(bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count)
    }

    @Test("a file name that is not UTF-8 is a syntax finding showing the name escaped; the other files are checked")
    func nonUTF8FileName() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write("catalog/good.yaml", Self.goodSector)
        // "bad\xFF.yaml" and a name that is not YAML at all ("\xFE.txt"), which is not a catalog file.
        try Self.make(Array("bad".utf8) + [0xFF] + Array(".yaml".utf8), in: dir.path("catalog"), text: Self.goodSector)
        try Self.make([0xFE] + Array(".txt".utf8), in: dir.path("catalog"), text: "x")
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        let output = try CheckOutput.decode(result.stdoutBytes)
        expectFindings(
            output.findings,
            [Expected("catalog/bad\\xFF.yaml:1:1", "syntax", says: "`bad\\xFF.yaml`", "not UTF-8", "rename the file")])
        // good.yaml was read and checked: its sector and procedure count.
        #expect(output.summary.sectors == 1)
        #expect(output.summary.procedures == 1)
        #expect(output.summary.files == 2)
        let text = try TTHC.check(["--catalog", "catalog"], in: dir.url)
        #expect(text.stdout.contains("catalog/bad\\xFF.yaml:1:1: error: the file name `bad\\xFF.yaml` is not UTF-8"), "\(text)")
    }

    @Test("a directory name that is not UTF-8 is reported once, escaped; its files are not read")
    func nonUTF8DirectoryName() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write("catalog/good.yaml", Self.goodSector)
        // "s\xC3(" is a broken two-byte sequence.
        let name: [UInt8] = [UInt8(ascii: "s"), 0xC3, UInt8(ascii: "(")]
        try Self.make(name, in: dir.path("catalog"), directory: true)
        try Self.make(name + Array("/inner.yaml".utf8), in: dir.path("catalog"), text: Self.goodSector)
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        let output = try CheckOutput.decode(result.stdoutBytes)
        expectFindings(
            output.findings,
            [Expected("catalog/s\\xC3(:1:1", "syntax", says: "directory name `s\\xC3(`", "not UTF-8", "rename the directory")])
        #expect(output.summary.procedures == 1)
    }

    @Test("hidden names stay skipped even when they are not UTF-8")
    func hiddenNonUTF8Name() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write("catalog/good.yaml", Self.goodSector)
        try Self.make([UInt8(ascii: "."), 0xFF] + Array(".yaml".utf8), in: dir.path("catalog"), text: "x: [")
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(try CheckOutput.decode(result.stdoutBytes).summary.files == 1)
    }

    @Test("a file name in rules/ that is not UTF-8 stops the run with exit 2, naming it escaped")
    func nonUTF8RuleFileName() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write("catalog/good.yaml", Self.goodSector)
        try Self.make([0xFF] + Array(".yaml".utf8), in: dir.path("rules"), text: "rules: []\n")
        let result = try TTHC.check(["--catalog", "catalog"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("rules/\\xFF.yaml:1:1: the file name `\\xFF.yaml` is not UTF-8"), "\(result.stderr)")
    }

    @Test("a baseline larger than 64 MiB exits 2 with its size and the limit, without being read")
    func oversizedBaseline() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write("catalog/good.yaml", Self.goodSector)
        // A sparse file: 64 MiB and one byte that take no disk and would take
        // a noticeable time and memory to parse if they were read.
        let file = dir.path("huge.json")
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data("{".utf8)))
        #expect(truncate(file.path, off_t(64 << 20) + 1) == 0)
        let result = try TTHC.check(["--catalog", "catalog", "--baseline", "huge.json"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains("the baseline `huge.json` is 67108865 bytes, larger than the limit of 67108864 bytes (64 MiB)"),
            "\(result.stderr)")
    }

    @Test("a baseline of exactly 64 MiB is read (and judged on its content)")
    func baselineAtTheLimit() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write("catalog/good.yaml", Self.goodSector)
        // `{"findings": []}` padded with spaces to exactly 64 MiB: valid JSON.
        var data = Data("{\"findings\": []}".utf8)
        data.append(Data(repeating: UInt8(ascii: " "), count: (64 << 20) - data.count))
        try data.write(to: dir.path("edge.json"))
        let result = try TTHC.check(["--catalog", "catalog", "--baseline", "edge.json"], in: dir.url)
        #expect(result.status == 0, "\(result)")
    }
}
