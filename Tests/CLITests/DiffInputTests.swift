import Foundation
import Testing

/// `tthc diff` reads at the base what `check` reads in the working tree
/// (SPEC §5, §8.7): however the directories are spelled, whatever the names
/// and links in the tree, and without reading an oversized blob.
@Suite("diff reads what check reads")
struct DiffInputTests {
    let repo = DiffTests()

    func commit(_ scratch: TemporaryDirectory, _ message: String = "more") throws {
        try repo.git(["add", "-A"], in: scratch.url)
        try repo.git(["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", message], in: scratch.url)
    }

    func diffJSON(
        _ arguments: [String], in directory: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (RunResult, [String: Any]) {
        let result = try TTHC.run(
            ["diff", "--base", "HEAD", "--as-of", "2026-11-26", "--format", "json"] + arguments, in: directory,
            sourceLocation: sourceLocation)
        let json = try #require(
            try? JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any], "\(result)",
            sourceLocation: sourceLocation)
        return (result, json)
    }

    static func newFindings(_ json: [String: Any]) -> [[String: Any]] {
        json["new_findings"] as? [[String: Any]] ?? []
    }

    /// A new finding with its path spelled from the root, for comparing runs.
    static func key(_ finding: [String: Any], prefix: String) -> String {
        var file = finding["file"] as? String ?? ""
        if file.hasPrefix(prefix) { file = String(file.dropFirst(prefix.count)) }
        return "\(file):\(finding["line"] ?? ""): \(finding["rule"] ?? "") \(finding["message"] ?? "")"
    }

    @Test(
        "--catalog and --rules spelled any way find the same changes and new findings as `catalog` from the root",
        arguments: [
            (["--catalog", "./catalog", "--rules", "./rules"], "", "./"),
            (["--catalog", "catalog/", "--rules", "rules/"], "", ""),
            (["--catalog", "ABS/catalog", "--rules", "ABS/rules"], "", "ABS/"),
            (["--catalog", "../../catalog", "--rules", "../../rules"], "sub/deeper", "../../"),
        ])
    func spellings(arguments: [String], from subdirectory: String, prefix: String) throws {
        let scratch = try repo.repository()
        // A rule test under rules/tests: `tests:` is not a key of a rules file,
        // so reading it as rules would stop the run.
        try scratch.write("rules/tests/one.yaml", "tests: []\n")
        try scratch.write("sub/deeper/README", "a subdirectory of the repository\n")
        try commit(scratch)
        try repo.raiseOneProposal(in: scratch)
        let (reference, expected) = try diffJSON(["--catalog", "catalog", "--rules", "rules"], in: scratch.url)
        #expect(reference.status == 1, "\(reference)")

        let root = scratch.url.resolvingSymlinksInPath().path
        let spelled = arguments.map { $0.replacingOccurrences(of: "ABS", with: root) }
        let directory = subdirectory.isEmpty ? scratch.url : scratch.path(subdirectory)
        let (result, json) = try diffJSON(spelled, in: directory)
        #expect(result.status == 1, "\(result)")
        let findings = Self.newFindings(json)
        let wanted = Self.newFindings(expected).map { Self.key($0, prefix: "") }
        let prefix = prefix.replacingOccurrences(of: "ABS", with: root)
        // The same new findings — not every finding of the catalog "new" because a path is spelled differently —
        // each under the user's spelling, as `check` prints it.
        #expect(findings.map { Self.key($0, prefix: prefix) } == wanted)
        #expect(findings.contains { $0["rule"] as? String == "cut-not-above-legal" })
        #expect(findings.allSatisfy { ($0["file"] as? String ?? "").hasPrefix(prefix) }, "\(findings)")
        #expect((json["changed"] as? [[String: Any]])?.map { $0["code"] as? String } == ["2.002698.000.00.00.H37"])
        #expect((json["added"] as? [String]) == [])
        let totals = try #require(json["totals"] as? [String: [String: Any]])
        #expect(totals["before"]?["cut_days"] as? Double == 861)
        #expect(totals["after"]?["cut_days"] as? Double == 856)
    }

    @Test("hidden files and folders are skipped at the base as in the working tree; links are followed inside the tree")
    func hiddenAndLinks() throws {
        let scratch = try repo.repository()
        let broken = "sector: { id: broken, name: [\n"
        try scratch.write("catalog/.draft.yaml", broken)
        try scratch.write("catalog/.old/tu-phap.yaml", broken)
        try scratch.write(
            "outside/linked.yaml",
            """
            sector: { id: linked, name: Linked }
            procedures:
              - { code: "1.888888.000.00.00.H37", name: P, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 7 } }

            """)
        try scratch.write("outside/more/inner.yaml", "sector: { id: inner, name: Inner }\nprocedures: []\n")
        try scratch.symlink("catalog/linked.yaml", to: "../outside/linked.yaml")
        try scratch.symlink("catalog/more", to: "../outside/more")
        try scratch.symlink("catalog/twice.yaml", to: "linked.yaml")
        try scratch.symlink("catalog/gone.yaml", to: "nowhere.yaml")
        try scratch.symlink("catalog/loop.yaml", to: "loop.yaml")
        try scratch.symlink("catalog/up", to: "..")
        try commit(scratch)

        // `up` reaches rules/ too: its files are read as catalog files, on both sides.
        let check = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "json"], in: scratch.url)
        let checked = try CheckOutput.decode(check.stdoutBytes)
        #expect(checked.findings.contains { $0.file == "catalog/up/rules/plan.yaml" }, "\(checked.findings)")
        #expect(!checked.findings.contains { $0.file.hasPrefix("catalog/.") || $0.file.contains("/outside/") })

        let (unchanged, same) = try diffJSON([], in: scratch.url)
        #expect(unchanged.status == 0, "\(unchanged)")
        #expect(Self.newFindings(same).isEmpty, "\(Self.newFindings(same))")
        #expect((same["added"] as? [String]) == [])
        #expect((same["removed"] as? [String]) == [])
        let before = try #require((same["totals"] as? [String: [String: Any]])?["before"])
        #expect(before["sectors"] as? Int == checked.summary.sectors)
        #expect(before["procedures"] as? Int == checked.summary.procedures)

        // The base was read through the link: a change to its target shows.
        let target = scratch.path("outside/linked.yaml")
        try String(contentsOf: target, encoding: .utf8).replacingOccurrences(of: "proposed: 7", with: "proposed: 12")
            .write(to: target, atomically: true, encoding: .utf8)
        let (changed, json) = try diffJSON([], in: scratch.url)
        #expect(changed.status == 1, "\(changed)")
        let change = try #require((json["changed"] as? [[String: Any]])?.first)
        #expect(change["code"] as? String == "1.888888.000.00.00.H37")
        #expect(
            Self.newFindings(json).contains {
                $0["file"] as? String == "catalog/linked.yaml" && $0["rule"] as? String == "cut-not-above-legal"
            }, "\(Self.newFindings(json))")
    }

    @Test("file names with a line break do not throw the reading of the base out of step")
    func lineBreakInName() throws {
        let scratch = try repo.repository()
        try scratch.write(
            "catalog/a\nb.yaml",
            """
            sector: { id: odd, name: Odd }
            procedures:
              - { code: "1.777777.000.00.00.H37", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }

            """)
        try commit(scratch)
        let (result, json) = try diffJSON([], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(Self.newFindings(json).isEmpty, "\(Self.newFindings(json))")
        #expect((json["added"] as? [String]) == [])
        #expect((json["changed"] as? [Any])?.isEmpty == true)
    }

    @Test("a name that is not UTF-8 at the base is the same finding as in the working tree, not a new one")
    func nonUTF8NameAtBase() throws {
        let scratch = try repo.repository()
        try InputBoundsTests.make([0xFF] + Array(".yaml".utf8), in: scratch.path("catalog"), text: "x: 1\n")
        try commit(scratch)
        let check = try TTHC.run(["check", "--as-of", "2026-11-26"], in: scratch.url)
        #expect(check.stdout.contains("catalog/\\xFF.yaml:1:1: error: the file name `\\xFF.yaml` is not UTF-8"), "\(check)")
        let (result, json) = try diffJSON([], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(Self.newFindings(json).isEmpty, "\(Self.newFindings(json))")
    }

    @Test("a committed file over the size limit is sized by git and never read: the same syntax finding on both sides")
    func oversizedBlob() throws {
        let scratch = try repo.repository()
        // One byte over the catalog file limit (16 MiB); zeros, so git stores it small.
        let size = (16 << 20) + 1
        var data = Data("sector: { id: big, name: Big }\nprocedures: []\n#".utf8)
        data.append(Data(repeating: UInt8(ascii: "0"), count: size - data.count))
        try data.write(to: scratch.path("catalog/big.yaml"))
        try commit(scratch)
        let check = try TTHC.run(["check", "--as-of", "2026-11-26"], in: scratch.url)
        #expect(check.stdout.contains("catalog/big.yaml:1:1: error: file of \(size) bytes is larger than the limit"), "\(check)")
        let (result, json) = try diffJSON([], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(Self.newFindings(json).isEmpty, "\(Self.newFindings(json))")
        // Reading the blob would hold its 16 MiB twice at least (git's answer, then the file's bytes).
        let peak = try HostileInputTests.peakMemory(
            ["diff", "--base", "HEAD", "--as-of", "2026-11-26", "--format", "json"], in: scratch.url)
        #expect(peak < 48 << 20, "peak memory \(peak >> 20) MiB")
    }

    @Test("a ref git cannot read: exit 2 with git's own words, escaped")
    func gitWords() throws {
        let scratch = try repo.repository()
        // git writes control characters as `?` itself; a right-to-left override it passes on.
        let result = try TTHC.run(["diff", "--base", "no-such\u{202E}branch"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains("(git: fatal: Not a valid object name no-such\\u{202E}branch)"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
        let tree = try TTHC.run(["diff", "--base", "HEAD:catalog"], in: scratch.url)
        #expect(tree.status == 2)
        #expect(tree.stderr.contains("cannot read `HEAD:catalog`: it names a tree, not a commit"), "\(tree.stderr)")
    }

    @Test("outside a git repository diff says so plainly and exits 2")
    func notARepository() throws {
        let scratch = try TemporaryDirectory("tthc-nogit")
        for directory in ["catalog", "rules"] {
            try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent(directory), to: scratch.path(directory))
        }
        let result = try TTHC.run(
            ["diff", "--base", "HEAD"], in: scratch.url,
            environment: ["GIT_CEILING_DIRECTORIES": scratch.url.deletingLastPathComponent().path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("tthc: error: `catalog` is not inside a git repository"), "\(result.stderr)")
    }
}
