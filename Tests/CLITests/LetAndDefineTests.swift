import Foundation
import Testing

/// SPEC §10: a rule's `let:` names and the `define:` entries of rules/ —
/// usable in `when`, `assert` and the message, checked when the rules load,
/// errors placed at their token (in the definition when it is at fault), a
/// `let` computed once per item and only when read.
@Suite("let and define")
struct LetAndDefineTests {
    static let catalog = """
        sector: { id: s, name: S }
        procedures:
          - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 10, proposed: 9 } }
          - { code: "1.000002", name: Q, level: province, legal_basis: [L], deadline: { legal: 20, proposed: 10 } }
          - { code: "1.000003", name: R, level: province, legal_basis: [L], deadline: { legal: 5 } }

        """

    static let plan = """
        plans:
          - id: p
            effective: { from: 2020-01-01 }
            targets: { procedure_cut_rate: 0.3 }

        """

    /// A scratch project with `catalog` and rules/plan.yaml plus `files` in rules/.
    static func scratch(_ files: [String: String], catalog: String = catalog) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-let-define")
        try dir.write("catalog/s.yaml", catalog)
        try dir.write("rules/plan.yaml", plan)
        for (name, text) in files { try dir.write("rules/\(name)", text) }
        return dir
    }

    static func check(_ dir: TemporaryDirectory, _ extra: [String] = [], environment: [String: String] = [:]) throws -> RunResult {
        try TTHC.run(["check", "--as-of", "2026-06-01", "--fail-on", "never"] + extra, in: dir.url, environment: environment)
    }

    @Test("a define and a rule's lets are read by when, assert and both messages")
    func letsAndDefinitions() throws {
        let dir = try Self.scratch([
            "rules.yaml": """
            define:
              cut_rate(d): (d.legal - d.proposed) / d.legal
              listed: procedures.filter(p, has(p.deadline.proposed))
            rules:
              - id: cut-enough
                when: has(deadline.proposed)
                let:
                  rate: cut_rate(deadline)
                  floor: plan.targets.procedure_cut_rate
                assert: rate >= floor
                message:
                  en: "cuts {pct(rate)}, below {pct(floor)}"
                  vi: "cắt {pct(rate)}, dưới {pct(floor)}"
              - id: sector-listed
                scope: sector
                let:
                  count_listed: count(listed)
                assert: count_listed == 0 || listed.all(p, cut_rate(p.deadline) >= 0.5)
                message: "{count_listed} listed, the lowest cut is {pct(min(listed.map(p, cut_rate(p.deadline))))}"

            """,
        ])
        let en = try Self.check(dir)
        #expect(en.status == 0, "\(en)")
        #expect(en.stdout.contains("catalog/s.yaml:3:88: warning: cuts 10.00%, below 30.00% [cut-enough]"), "\(en)")
        #expect(en.stdout.contains("catalog/s.yaml:1:15: warning: 2 listed, the lowest cut is 10.00% [sector-listed]"), "\(en)")
        #expect(!en.stdout.contains("1.000002"), "\(en)")
        let vi = try Self.check(dir, ["--lang", "vi"])
        #expect(vi.stdout.contains("cắt 10,00%, dưới 30,00% [cut-enough]"), "\(vi)")
    }

    @Test("a let behind a false `when` is never computed, so it cannot fail")
    func lazyLets() throws {
        let dir = try Self.scratch([
            "rules.yaml": """
            rules:
              - id: first-step-short
                when: has(steps)
                let:
                  first: steps[0]
                assert: first.days <= 5

            """,
        ])
        let result = try Self.check(dir, ["--format", "json"])
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(output.findings.filter { $0.rule == "rule-error" }.isEmpty, "\(result)")
    }

    @Test("a let read five times is computed once per item; the same filter written five times runs out of the budget")
    func computedOnce() throws {
        var procedures = "sector: { id: s, name: S }\nprocedures:\n"
        for index in 1...200 {
            let code = String(format: "1.%06d", index)
            procedures += "  - { code: \"\(code)\", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }\n"
        }
        let filter = "procedures.filter(p, p.deadline.legal > 0)"
        let withLet = try Self.scratch(
            [
                "rules.yaml": """
                rules:
                  - id: counted
                    scope: sector
                    let:
                      listed: \(filter)
                    assert: count(listed) + count(listed) + count(listed) + count(listed) + count(listed) == 1000

                """
            ], catalog: procedures)
        let budget = ["TTHC_MAX_EVALUATION_STEPS": "600"]
        let once = try CheckOutput.decode(try Self.check(withLet, ["--format", "json"], environment: budget).stdoutBytes)
        #expect(once.findings.filter { $0.rule == "rule-error" }.isEmpty, "\(once.findings)")
        let repeated = try Self.scratch(
            [
                "rules.yaml": """
                rules:
                  - id: counted
                    scope: sector
                    assert: count(\(filter)) + count(\(filter)) + count(\(filter)) + count(\(filter)) + count(\(filter)) == 1000

                """
            ], catalog: procedures)
        let five = try CheckOutput.decode(try Self.check(repeated, ["--format", "json"], environment: budget).stdoutBytes)
        #expect(five.findings.contains { $0.rule == "rule-error" }, "\(five.findings)")
    }

    @Test("load errors of lets and definitions are placed at their token, each in its own file, all in one run")
    func loadErrors() throws {
        let dir = try Self.scratch([
            "a.yaml": """
            define:
              ratio(a, b): a / b
              halves(x): x.map(v, v / 2)
              loop_a: loop_b + 1
              loop_b: loop_a + 1
              len: 3
              bad key(: 1
            rules:
              - id: uses-ratio
                assert: ratio(deadline.legal) > 0
              - id: uses-halves
                assert: halves(deadline.legal) == []
              - id: let-typo
                let:
                  legal: deadline.legal
                assert: legl > 0
              - id: let-taken
                let:
                  level: 1
                assert: level == 1

            """,
            "b.yaml": """
            define:
              ratio(x, y): x / y

            """,
        ])
        let result = try Self.check(dir)
        #expect(result.status == 2, "\(result)")
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("rules/") }
        #expect(
            lines == [
                "rules/a.yaml:3:14: in definition `halves` (used by rule `uses-halves`): "
                    + "`map` needs a list, but `x` is number [schema]",
                "rules/a.yaml:4:3: in definition `loop_a`: `loop_a` uses itself (loop_a → loop_b → loop_a): "
                    + "a definition cannot be recursive [schema]",
                "rules/a.yaml:5:3: in definition `loop_b`: `loop_b` uses itself (loop_b → loop_a → loop_b): "
                    + "a definition cannot be recursive [schema]",
                "rules/a.yaml:6:3: `len` is already a function; choose another name [schema]",
                "rules/a.yaml:7:3: `bad key(` is not a definition's name: write `name` or `name(a, b)` [schema]",
                "rules/a.yaml:10:13: in rule `uses-ratio`: `ratio` takes 2 arguments, found 1: ratio(a, b) [schema]",
                "rules/a.yaml:16:13: in rule `let-typo`: unknown name `legl`; did you mean `legal`? [schema]",
                "rules/a.yaml:19:7: `level` is already a name of the rule's scope; choose another name [schema]",
                "rules/b.yaml:2:3: definition `ratio` is used twice; ids must be unique (first at rules/a.yaml:2:3) [schema]",
            ], "\(result)")
    }

    @Test("explain shows a definition's use with its arguments' values")
    func explainShowsDefinitions() throws {
        let dir = try Self.scratch([
            "rules.yaml": """
            define:
              cut_rate(d): (d.legal - d.proposed) / d.legal
            rules:
              - id: cut-enough
                when: has(deadline.proposed)
                assert: cut_rate(deadline) >= 0.3

            """,
        ])
        let result = try TTHC.run(["explain", "1.000001", "--as-of", "2026-06-01"], in: dir.url)
        #expect(result.stdout.contains("cut_rate(deadline) >= 0.3"), "\(result)")
        #expect(result.stdout.contains("0.1 >= 0.3 → false"), "\(result)")
    }

    @Test("thousands of definitions in a chain or a ring: a located error, no crash, no hang")
    func hostileDefinitions() throws {
        func file(_ count: Int, ring: Bool) -> String {
            var text = "define:\n"
            for index in 0..<count { text += "  d\(index): d\(index + 1) + 1\n" }
            text += "  d\(count): \(ring ? "d0" : "1")\nrules:\n  - id: deep\n    assert: d0 > 0\n"
            return text
        }
        let chain = try Self.scratch(["r.yaml": file(5_000, ring: false)])
        let deep = try Self.check(chain)
        #expect(deep.status == 2, "\(deep)")
        #expect(
            deep.stderr.contains(
                "rules/r.yaml:65:8: in definition `d63` (used by rule `deep`): definitions use one another more than 64 levels deep here; use fewer levels [schema]"),
            "\(deep)")
        let ring = try Self.scratch(["r.yaml": file(5_000, ring: true)])
        let recursive = try Self.check(ring)
        #expect(recursive.status == 2, "\(recursive)")
        #expect(
            recursive.stderr.contains(
                "rules/r.yaml:2:3: in definition `d0`: `d0` uses itself (d0 → d1 → d2 → d3 → d4 → d5 → d6 → d7 → … → d5000 → d0): a definition cannot be recursive [schema]"),
            "\(recursive)")
    }

    @Test("a rule with thousands of lets in a chain: a located error at the 129th, no crash")
    func hostileLets() throws {
        var text = "rules:\n  - id: deep\n    let:\n      l0: deadline.legal\n"
        for index in 1..<5_000 { text += "      l\(index): l\(index - 1) + 1\n" }
        text += "    assert: l4999 > 0\n"
        let result = try Self.check(try Self.scratch(["r.yaml": text]))
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderr.contains(
                "rules/r.yaml:132:7: `rules.let` has more than 128 names; split the rule, or share parts with `define:` [schema]"),
            "\(result)")
    }
}
