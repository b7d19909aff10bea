import Foundation
import Testing

/// `tthc fix`: a dry run prints a unified diff and exits 1 when something
/// would change; `--write` changes only the bytes of the values it rewrites;
/// a second run changes nothing; a file with a syntax error is left alone.
@Suite("tthc fix")
struct FixTests {
    static let asOf = ["--as-of", "2026-11-26"]

    /// A sector file as staff type it: Vietnamese levels and durations, a
    /// decimal comma, a day/month/year date, `có`, a code in a `|` block,
    /// comments, a blank line and CR LF line endings.
    static let typed =
        "# Sở Tư pháp — bản nháp\r\n"
        + "sector: { id: tu-phap, name: Tư pháp }   # lĩnh vực\r\n"
        + "procedures:\r\n"
        + "  - code: \"1.001234\"   # mã quốc gia\r\n"
        + "    name: 'Cấp Phiếu lý lịch tư pháp'\r\n"
        + "    level: Cấp Tỉnh\r\n"
        + "    legal_basis: [Luật Lý lịch tư pháp]\r\n"
        + "    deadline: { legal: \"10 ngày làm việc\", proposed: \"7,5\" }\r\n"
        + "    four_on_spot: có\r\n"
        + "    waivers: [{ rule: cut-depth, reason: đã duyệt, until: 31/12/2026 }]\r\n"
        + "\r\n"
        + "  - code: |\r\n"
        + "      1.001235\r\n"
        + "    name: Đăng ký\r\n"
        + "    level: xã\r\n"
        + "    legal_basis: [Luật Hộ tịch]\r\n"
        + "    deadline: { legal: \"15 ngày\", proposed: \"12 ngày lịch\" }\r\n"
        + "    steps:\r\n"
        + "      - { step: receive, by: center, days: \"4 giờ\" }\r\n"

    static let fixed =
        "# Sở Tư pháp — bản nháp\r\n"
        + "sector: { id: tu-phap, name: Tư pháp }   # lĩnh vực\r\n"
        + "procedures:\r\n"
        + "  - code: \"1.001234\"   # mã quốc gia\r\n"
        + "    name: 'Cấp Phiếu lý lịch tư pháp'\r\n"
        + "    level: province\r\n"
        + "    legal_basis: [Luật Lý lịch tư pháp]\r\n"
        + "    deadline: { legal: 10, proposed: 7.5 }\r\n"
        + "    four_on_spot: true\r\n"
        + "    waivers: [{ rule: cut-depth, reason: đã duyệt, until: 2026-12-31 }]\r\n"
        + "\r\n"
        + "  - code: \"1.001235\"\r\n"
        + "    name: Đăng ký\r\n"
        + "    level: commune\r\n"
        + "    legal_basis: [Luật Hộ tịch]\r\n"
        + "    deadline: { legal: \"15 calendar days\", proposed: \"12 calendar days\" }\r\n"
        + "    steps:\r\n"
        + "      - { step: receive, by: center, days: \"4h\" }\r\n"

    func project(_ catalog: String = typed) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-fix")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try FileManager.default.removeItem(at: dir.path("rules/tests"))
        try dir.write("catalog/tu-phap.yaml", catalog)
        return dir
    }

    func contents(_ dir: TemporaryDirectory) throws -> String {
        String(decoding: try Data(contentsOf: dir.path("catalog/tu-phap.yaml")), as: UTF8.self)
    }

    @Test("a dry run prints a unified diff of the rewritten values and exits 1; the file stays as it was")
    func dryRun() throws {
        let dir = try project()
        let result = try TTHC.run(["fix"] + Self.asOf, in: dir.url)
        #expect(result.status == 1, "\(result)")
        let lines = result.stdout.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        #expect(lines.prefix(3) == ["--- a/catalog/tu-phap.yaml", "+++ b/catalog/tu-phap.yaml", "@@ -3,17 +3,16 @@"])
        #expect(lines.contains("-    level: Cấp Tỉnh\r"))
        #expect(lines.contains("+    level: province\r"))
        #expect(lines.contains("+    deadline: { legal: 10, proposed: 7.5 }\r"))
        #expect(lines.contains("-  - code: |\r") && lines.contains("+  - code: \"1.001235\"\r"))
        // Unchanged lines appear only as context, never as - or +.
        #expect(!lines.contains { $0.hasPrefix("-") && $0.contains("mã quốc gia") })
        #expect(try contents(dir) == Self.typed)
    }

    @Test("--write changes only the rewritten values' bytes: comments, quoting, blank lines and CR LF stay")
    func write() throws {
        let dir = try project()
        let result = try TTHC.run(["fix", "--write"] + Self.asOf, in: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "fixed 1 file\n")
        #expect(try contents(dir) == Self.fixed)
        // Idempotent: a second run has nothing to change.
        let again = try TTHC.run(["fix"] + Self.asOf, in: dir.url)
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout.isEmpty)
        let written = try TTHC.run(["fix", "--write"] + Self.asOf, in: dir.url)
        #expect(written.stdout == "fixed 0 files\n")
        #expect(try contents(dir) == Self.fixed)
    }

    @Test("the fixed catalog gives the report figures the typed one gives")
    func sameFigures() throws {
        // `có` is refused, not read (a boolean is true or false only), so it
        // is left out here: everything else §8.3 reads gives the same figures.
        let noBoolean = { (text: String) in
            text.replacingOccurrences(of: "    four_on_spot: có\r\n", with: "").replacingOccurrences(
                of: "    four_on_spot: true\r\n", with: "")
        }
        let typed = try project(noBoolean(Self.typed))
        let fixed = try project(noBoolean(Self.fixed))
        let before = try TTHC.run(["report", "--format", "json"] + Self.asOf, in: typed.url)
        let after = try TTHC.run(["report", "--format", "json"] + Self.asOf, in: fixed.url)
        #expect(before.status == after.status)
        #expect(!before.stdout.isEmpty)
        #expect(before.stdout == after.stdout)
    }

    @Test("a file with a syntax error is not changed, and fix says so")
    func syntaxError() throws {
        let broken = "sector: { id: s, name: S }\nprocedures:\n  - code: \"1.000001\n    level: tỉnh\n"
        let dir = try project(broken)
        for arguments in [["fix"], ["fix", "--write"]] {
            let result = try TTHC.run(arguments + Self.asOf, in: dir.url)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("catalog/tu-phap.yaml:"))
            #expect(result.stderr.contains("not fixed: the file has a syntax error"))
            #expect(try contents(dir) == broken)
        }
    }

    @Test("invisible characters in a code and NFD text are rewritten; a canonical catalog exits 0")
    func invisibleAndNFD() throws {
        let nfd = "Đăng ký khai sinh".decomposedStringWithCanonicalMapping
        let dir = try project(
            "sector: { id: s, name: S }\nprocedures:\n"
                + "  - { code: \"1.000001\u{00A0}\u{200B}\", name: \(nfd), level: province, legal_basis: [L], deadline: { legal: 5 } }\n")
        let result = try TTHC.run(["fix", "--write"] + Self.asOf, in: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(
            try contents(dir)
                == "sector: { id: s, name: S }\nprocedures:\n"
                + "  - { code: \"1.000001\", name: Đăng ký khai sinh, level: province, legal_basis: [L], deadline: { legal: 5 } }\n")
        let clean = try project(
            "sector: { id: s, name: S }\nprocedures:\n  - { code: \"1.000001\", name: P, level: province, deadline: { legal: 5 } }\n")
        let nothing = try TTHC.run(["fix"] + Self.asOf, in: clean.url)
        #expect(nothing.status == 0)
        #expect(nothing.stdout.isEmpty)
    }
}
