import Foundation
import Testing

/// `tthc diff --base REF` in a scratch git repository holding the shipped
/// catalog and rules (SPEC §5.3).
@Suite("diff --base")
struct DiffTests {
    /// A git repository with the shipped catalog/ and rules/ committed.
    func repository() throws -> TemporaryDirectory {
        let scratch = try TemporaryDirectory("tthc-diff")
        for directory in ["catalog", "rules"] {
            try FileManager.default.copyItem(
                at: Paths.packageRoot.appendingPathComponent(directory), to: scratch.path(directory))
        }
        try git(["init", "-q"], in: scratch.url)
        try git(["add", "-A"], in: scratch.url)
        try git(["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base"], in: scratch.url)
        return scratch
    }

    func git(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments) failed")
    }

    /// Raises the proposed deadline of `2.002698.000.00.00.H37` (Tư pháp, legal 10) from 7 to 12.
    func raiseOneProposal(in scratch: TemporaryDirectory) throws {
        let file = scratch.path("catalog/tu-phap.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let marker = "- code: \"2.002698.000.00.00.H37\""
        let start = try #require(text.range(of: marker))
        let proposal = try #require(text.range(of: "proposed: 7", range: start.upperBound..<text.endIndex))
        try text.replacingCharacters(in: proposal, with: "proposed: 12").write(to: file, atomically: true, encoding: .utf8)
    }

    @Test("an unchanged working tree has no changes and no new findings: exit 0")
    func unchanged() throws {
        let scratch = try repository()
        let result = try TTHC.run(["diff", "--base", "HEAD", "--as-of", "2026-11-26", "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect((json["changed"] as? [Any])?.isEmpty == true)
        #expect((json["new_findings"] as? [Any])?.isEmpty == true)
        #expect(json["base"] as? String == "HEAD")
    }

    @Test("a proposal raised above the legal deadline: the change, the totals' movement, the new error, exit 1")
    func raisedProposal() throws {
        let scratch = try repository()
        try raiseOneProposal(in: scratch)
        let result = try TTHC.run(["diff", "--base", "HEAD", "--as-of", "2026-11-26", "--format", "json"], in: scratch.url)
        #expect(result.status == 1, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect((json["added"] as? [String]) == [])
        #expect((json["removed"] as? [String]) == [])
        let changed = try #require(json["changed"] as? [[String: Any]])
        #expect(changed.count == 1)
        #expect(changed.first?["code"] as? String == "2.002698.000.00.00.H37")
        let field = try #require((changed.first?["fields"] as? [String: Any])?["deadline.proposed"] as? [String: Any])
        #expect(field["before"] as? Double == 7)
        #expect(field["after"] as? Double == 12)
        let totals = try #require(json["totals"] as? [String: [String: Any]])
        #expect(totals["before"]?["cut_days"] as? Double == 861)
        #expect(totals["after"]?["cut_days"] as? Double == 856)
        #expect(totals["before"]?["legal_days"] as? Double == 2325)
        #expect(totals["after"]?["proposed_days"] as? Double == 1469)
        let findings = try #require(json["new_findings"] as? [[String: Any]])
        let newError = try #require(findings.first { $0["rule"] as? String == "cut-not-above-legal" })
        #expect(newError["procedure"] as? String == "2.002698.000.00.00.H37")
        #expect(newError["file"] as? String == "catalog/tu-phap.yaml")
        #expect(newError["message"] as? String == "proposed 12 is not below the legal 10")
    }

    @Test("text and markdown show the change, the total before → after and the new error")
    func textAndMarkdown() throws {
        let scratch = try repository()
        try raiseOneProposal(in: scratch)
        let text = try TTHC.run(["diff", "--base", "HEAD", "--as-of", "2026-11-26"], in: scratch.url)
        #expect(text.status == 1)
        #expect(text.stdout.contains("changed 2.002698.000.00.00.H37: deadline.proposed: 7 → 12"))
        #expect(text.stdout.contains("days cut 861 → 856, reduction rate 37.03% → 36.82%"))
        #expect(text.stdout.contains("error: proposed 12 is not below the legal 10 [cut-not-above-legal]"))
        let markdown = try TTHC.run(["diff", "--base", "HEAD", "--as-of", "2026-11-26", "--format", "markdown"], in: scratch.url)
        #expect(markdown.stdout.hasPrefix("## Catalog changes since `HEAD`"))
        #expect(markdown.stdout.contains("| total | 140 | 2325 | 861 → 856 | 37.03% → 36.82% | 32.49% |"))
        #expect(markdown.stdout.contains("- changed `2.002698.000.00.00.H37`: deadline.proposed: 7 → 12"))
    }

    @Test("--fail-on never exits 0 despite the new error")
    func failOnNever() throws {
        let scratch = try repository()
        try raiseOneProposal(in: scratch)
        let result = try TTHC.run(["diff", "--base", "HEAD", "--as-of", "2026-11-26", "--fail-on", "never"], in: scratch.url)
        #expect(result.status == 0)
    }

    @Test("an added and a removed procedure are listed by code")
    func addedAndRemoved() throws {
        let scratch = try repository()
        let file = scratch.path("catalog/noi-vu.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"", with: "\"", options: [], range: nil)
        let first = try #require(text.range(of: "  - code: \""))
        let codeStart = first.upperBound
        let codeEnd = try #require(text.range(of: "\"", range: codeStart..<text.endIndex)).lowerBound
        let oldCode = String(text[codeStart..<codeEnd])
        text.replaceSubrange(codeStart..<codeEnd, with: "2.999999.000.00.00.H37")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try TTHC.run(["diff", "--base", "HEAD", "--as-of", "2026-11-26", "--format", "json"], in: scratch.url)
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(json["added"] as? [String] == ["2.999999.000.00.00.H37"])
        #expect(json["removed"] as? [String] == [oldCode])
    }

    @Test("a ref git cannot read exits 2 and says so")
    func unknownRef() throws {
        let scratch = try repository()
        let result = try TTHC.run(["diff", "--base", "no-such-branch"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read `no-such-branch`"))
    }

    @Test("outside a git repository diff exits 2")
    func notARepository() throws {
        let scratch = try TemporaryDirectory("tthc-nogit")
        for directory in ["catalog", "rules"] {
            try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent(directory), to: scratch.path(directory))
        }
        let result = try TTHC.run(["diff", "--base", "HEAD"], in: scratch.url, environment: ["GIT_CEILING_DIRECTORIES": scratch.url.deletingLastPathComponent().path])
        #expect(result.status == 2)
    }
}
