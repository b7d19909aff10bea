import Foundation
import Testing

/// Finding fingerprints: a stable identity that depends on the rule, the file
/// inside its directory, the subject and (for built-in checks) the key path —
/// never on the message, the language, a number in the message, the line or
/// the column. `--baseline` matches by it.
@Suite("Fingerprints and baselines")
struct FingerprintTests {
    static let asOf = ["--as-of", "2026-11-26"]

    static let sector = """
        sector: { id: s, name: S }
        procedures:
          - code: "1.000001"
            name: Thủ tục một
            level: province
            legal_basis: [L]
            deadline: { legal: 10, proposed: 12 }
            legal_basic: x
            decison: y
          - { code: "1.000002", name: Thủ tục hai, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 12 } }

        """

    func project(_ catalog: String = sector) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-fingerprint")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try FileManager.default.removeItem(at: dir.path("rules/tests"))
        try dir.write("catalog/s.yaml", catalog)
        return dir
    }

    /// (rule, procedure, fingerprint) of every finding of `check --format json`.
    func fingerprints(_ arguments: [String], in dir: TemporaryDirectory, environment: [String: String] = [:]) throws
        -> [(rule: String, procedure: String?, message: String, fingerprint: String)]
    {
        let result = try TTHC.run(["check", "--format", "json"] + arguments + Self.asOf, in: dir.url, environment: environment)
        return try CheckOutput.rawFindings(result.stdoutBytes).map {
            ($0["rule"] as? String ?? "", $0["procedure"] as? String, $0["message"] as? String ?? "", $0["fingerprint"] as? String ?? "")
        }
    }

    @Test("every finding has a 32-digit hex fingerprint, and different findings differ")
    func present() throws {
        let dir = try project()
        let found = try fingerprints([], in: dir)
        #expect(!found.isEmpty)
        for finding in found {
            #expect(finding.fingerprint.count == 32 && finding.fingerprint.allSatisfy(\.isHexDigit), "\(finding)")
        }
        // Two unknown keys of one procedure are two schema findings, with two fingerprints.
        let unknown = found.filter { $0.rule == "schema" && $0.procedure == "1.000001" }
        #expect(unknown.count == 2)
        #expect(Set(found.map(\.fingerprint)).count == found.count)
    }

    @Test("the language, the line, the column and the numbers in a message do not change it")
    func stable() throws {
        let dir = try project()
        let english = try fingerprints([], in: dir, environment: ["LANG": "en_US.UTF-8"])
        let vietnamese = try fingerprints(["--lang", "vi"], in: dir)
        #expect(english.map(\.message) != vietnamese.map(\.message))
        #expect(english.map(\.fingerprint) == vietnamese.map(\.fingerprint))

        // Lines moved (a comment above), a column moved and a number changed (12 → 13).
        let moved = "# Bản nháp lần 2\n\n" + Self.sector.replacingOccurrences(of: "proposed: 12 }\n  ", with: "proposed:  13 }\n  ")
        try dir.write("catalog/s.yaml", moved)
        let edited = try fingerprints([], in: dir)
        #expect(edited.map(\.message) != english.map(\.message))
        #expect(edited.map(\.fingerprint).sorted() == english.map(\.fingerprint).sorted())
    }

    @Test("the catalog reached as ./catalog or by an absolute path gives the same fingerprints")
    func spelling() throws {
        let dir = try project()
        let plain = try fingerprints(["--catalog", "catalog"], in: dir).map(\.fingerprint)
        #expect(try fingerprints(["--catalog", "./catalog"], in: dir).map(\.fingerprint) == plain)
        #expect(try fingerprints(["--catalog", dir.path("catalog").path], in: dir).map(\.fingerprint) == plain)
    }

    @Test("SARIF carries the fingerprint in partialFingerprints tthc/v1")
    func sarif() throws {
        let dir = try project()
        let json = try fingerprints([], in: dir).map(\.fingerprint)
        let result = try TTHC.run(["check", "--format", "sarif"] + Self.asOf, in: dir.url)
        let log = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.map { ($0["partialFingerprints"] as? [String: String])?["tthc/v1"] ?? "" } == json)
    }

    @Test("a baseline written in Vietnamese, before a figure moved, still matches an English run")
    func baselineAcrossLanguages() throws {
        let dir = try project()
        let written = try TTHC.run(["check", "--format", "json", "--lang", "vi", "--output", "base.json"] + Self.asOf, in: dir.url)
        #expect(written.status == 1)
        try dir.write("catalog/s.yaml", Self.sector.replacingOccurrences(of: "proposed: 12", with: "proposed: 14"))
        let run = try TTHC.run(["check", "--format", "json", "--lang", "en", "--baseline", "base.json"] + Self.asOf, in: dir.url)
        #expect(run.status == 0, "\(run)")
        #expect(try CheckOutput.decode(run.stdoutBytes).findings.isEmpty)
    }

    @Test("a baseline without fingerprints (an older tthc's) is refused with what to do")
    func oldBaseline() throws {
        let dir = try project()
        try dir.write(
            "old.json",
            #"{"findings": [{"rule": "cut-not-above-legal", "severity": "error", "message": "m", "file": "catalog/s.yaml", "line": 1, "column": 1}]}"#)
        let run = try TTHC.run(["check", "--baseline", "old.json"] + Self.asOf, in: dir.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("has no fingerprint on finding 1: it was written by an older tthc"))
    }
}
