import Foundation
import Testing

/// `report` prints no `inf` or `nan`: deadlines that are each a number but
/// add up past the largest one, or a cut on a vanishing legal deadline, stop
/// the report with exit 2 and a line that names the figure and where it is,
/// in every format; `diff`, which prints the same figures, likewise.
@Suite("Figures past the largest number")
struct FigureOverflowTests {
    /// 9 × 10^307 working days, written out as the number reader accepts it:
    /// finite, but two of them are not.
    static let huge = "9" + String(repeating: "0", count: 307)
    /// 10^-300 working days.
    static let tiny = "0." + String(repeating: "0", count: 299) + "1"

    static func procedure(_ code: String, legal: String, proposed: String) -> String {
        #"  - { code: "\#(code)", name: Thủ tục \#(code), level: province, legal_basis: [L], "#
            + "deadline: { legal: \(legal), proposed: \(proposed) } }\n"
    }

    static func scratch(_ procedures: String) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write("catalog/a.yaml", "sector: { id: a, name: A }\nprocedures:\n" + procedure("1.000001", legal: "10", proposed: "7"))
        try dir.write("catalog/b.yaml", "sector: { id: b, name: B }\nprocedures:\n" + procedures)
        return dir
    }

    static let formats = ["text", "markdown", "csv", "html", "json"]

    @Test("two legal deadlines of 9e307 days: legal_days of their sector is named, in every format", arguments: formats)
    func sumPastTheLargestNumber(_ format: String) throws {
        let dir = try Self.scratch(
            Self.procedure("1.000002", legal: "10", proposed: "8")
                + Self.procedure("1.000003", legal: Self.huge, proposed: "5")
                + Self.procedure("1.000004", legal: Self.huge, proposed: "5"))
        let result = try TTHC.run(["report", "--format", format, "--as-of", "2026-11-26"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "no figure is printed:\n\(result)")
        #expect(
            result.stderr
                == "tthc: error: the plan's figures cannot be computed: `legal_days` of sector `b` is too large for a number; "
                + "the largest deadline it counts is procedure `1.000003`'s; check the deadlines for a typo\n")
    }

    @Test("a cut on a legal deadline of 1e-300 days: the procedure's rate is named, in every format", arguments: formats)
    func rateOfAVanishingDeadline(_ format: String) throws {
        let dir = try Self.scratch(Self.procedure("1.000005", legal: Self.tiny, proposed: "10000000000"))
        let result = try TTHC.run(["report", "--format", format, "--as-of", "2026-11-26"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.hasPrefix("tthc: error: the plan's figures cannot be computed: `reduction_rate` of procedure `1.000005`"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("large deadlines that still add up to a number are reported as usual, with no inf or nan")
    func largeButFinite() throws {
        let dir = try Self.scratch(Self.procedure("1.000006", legal: Self.huge, proposed: "5"))
        for format in Self.formats {
            let result = try TTHC.run(["report", "--format", format, "--as-of", "2026-11-26"], in: dir.url)
            #expect(result.status == 0, "\(result)")
            let lowered = result.stdout.lowercased()
            #expect(!lowered.contains("inf") && !lowered.contains("nan"), "\(format):\n\(result.stdout)")
        }
    }

    @Test("diff refuses figures past the largest number on either side, naming them")
    func diffRefusesThemToo() throws {
        let dir = try Self.scratch(Self.procedure("1.000002", legal: "10", proposed: "8"))
        try dir.commitAll()
        try dir.write(
            "catalog/b.yaml",
            "sector: { id: b, name: B }\nprocedures:\n" + Self.procedure("1.000002", legal: Self.huge, proposed: "8")
                + Self.procedure("1.000003", legal: Self.huge, proposed: "8"))
        for format in ["text", "json", "markdown"] {
            let result = try TTHC.run(["diff", "--base", "HEAD", "--format", format, "--as-of", "2026-11-26"], in: dir.url)
            #expect(result.status == 2, "\(result)")
            #expect(result.stdout.isEmpty, "\(result)")
            #expect(result.stderr.contains("`legal_days` of sector `b` is too large for a number"), "\(result)")
        }
    }
}
