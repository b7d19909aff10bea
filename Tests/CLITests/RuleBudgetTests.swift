import Foundation
import Testing

/// SPEC §8.7: a rule has a budget per item — evaluation steps and bytes of
/// values built. Past it, a located `rule-error` names the budget and the run
/// goes on. The budgets are made small through the environment so that the
/// tests stay quick; one test runs under the standard byte budget.
@Suite("Rule evaluation budgets")
struct RuleBudgetTests {
    /// The shipped catalog and rules, with `extra` saved as rules/zz-extra.yaml when given.
    static func shipped(extra: String? = nil) throws -> TemporaryDirectory {
        let scratch = try TemporaryDirectory("tthc-budget")
        for directory in ["catalog", "rules"] {
            try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent(directory), to: scratch.path(directory))
        }
        if let extra { try scratch.write("rules/zz-extra.yaml", extra) }
        return scratch
    }

    static func check(
        _ scratch: TemporaryDirectory, environment: [String: String] = [:], extra: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (RunResult, CheckOutput) {
        let result = try TTHC.run(
            ["check", "--as-of", "2026-11-26", "--format", "json"] + extra, in: scratch.url, environment: environment,
            sourceLocation: sourceLocation)
        return (result, try CheckOutput.decode(result.stdoutBytes, sourceLocation: sourceLocation))
    }

    static let nestedAll = """
        rules:
          - id: nested-all
            scope: catalog
            assert: procedures.all(a, procedures.all(b, procedures.all(c, procedures.all(d, a.code != d.code || a == d))))

        """

    @Test("a catalog rule of four nested `all` stops at the step budget: a rule-error at the plan, every other finding still reported")
    func nestedAllStops() throws {
        let plain = try Self.shipped()
        let (plainResult, expected) = try Self.check(plain)
        #expect(plainResult.status == 0, "\(plainResult)")
        let catalogFinding = try #require(expected.findings.first { $0.rule == "plan-reduction-target" })

        let scratch = try Self.shipped(extra: Self.nestedAll)
        let (result, output) = try Self.check(scratch, environment: ["TTHC_MAX_EVALUATION_STEPS": "100000"])
        // rule-error is an error: the exit code says so as for any error.
        #expect(result.status == 1, "\(result)")
        let errors = output.findings.filter { $0.rule == "rule-error" }
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(
            error.message
                == "rule `nested-all` stopped after 100,000 evaluation steps on the catalog: the budget for one rule on one item; simplify the rule")
        #expect(error.place == catalogFinding.place, "placed where the catalog rules' findings are")
        #expect(error.severity == "error")
        #expect(output.findings.filter { $0.rule != "rule-error" }.map(\.description) == expected.findings.map(\.description))
        #expect(output.summary.error == expected.summary.error + 1)

        let vietnamese = try TTHC.run(
            ["check", "--as-of", "2026-11-26", "--lang", "vi"], in: scratch.url,
            environment: ["TTHC_MAX_EVALUATION_STEPS": "100000"])
        #expect(
            vietnamese.stdout.contains("quy tắc `nested-all` bị dừng sau 100.000 bước tính trên danh mục"), "\(vietnamese)")
    }

    @Test("the budget is per item: a procedure rule stops on the procedures of a large sector only, each located at its code")
    func perItem() throws {
        let scratch = try TemporaryDirectory("tthc-budget")
        try scratch.copyFixture("rules", to: "rules")
        try scratch.write(
            "rules/deep.yaml",
            """
            rules:
              - id: deep
                assert: sector.procedures.all(p, sector.procedures.all(q, sector.procedures.all(r, true)))
              - id: cut-not-above-legal
                severity: error
                when: has(deadline.proposed)
                assert: deadline.proposed < deadline.legal

            """)
        // Sector `big`: 12 procedures, 12 + 144 + 1,728 steps each; sector `small`: 2, so 14 steps.
        let big = (1...12).map { index in
            let proposed = index == 5 ? ", proposed: 12" : ""
            return "  - { code: \"1.1000\(String(format: "%02d", index))\", name: P\(index), level: province, "
                + "legal_basis: [L], deadline: { legal: 10\(proposed) } }\n"
        }
        try scratch.write("catalog/big.yaml", "sector: { id: big, name: Big }\nprocedures:\n" + big.joined())
        try scratch.write(
            "catalog/small.yaml",
            """
            sector: { id: small, name: Small }
            procedures:
              - { code: "1.200001", name: A, level: province, legal_basis: [L], deadline: { legal: 10 } }
              - { code: "1.200002", name: B, level: province, legal_basis: [L], deadline: { legal: 10 } }

            """)
        let environment = ["TTHC_MAX_EVALUATION_STEPS": "1000"]
        let (result, output) = try Self.check(scratch, environment: environment)
        #expect(result.status == 1, "\(result)")
        let errors = output.findings.filter { $0.rule == "rule-error" }
        #expect(errors.map(\.procedure) == (1...12).map { "1.1000\(String(format: "%02d", $0))" })
        // Each at its procedure's code: line 3 onwards, one procedure a line.
        #expect(errors.map(\.place) == (1...12).map { "catalog/big.yaml:\($0 + 2):13" })
        #expect(
            errors.first?.message
                == "rule `deep` stopped after 1,000 evaluation steps on procedure `1.100001`: the budget for one rule on one item; simplify the rule")
        // The other rule still runs on every procedure, the stopped ones included.
        #expect(output.findings.filter { $0.rule == "cut-not-above-legal" }.map(\.procedure) == ["1.100005"])
        #expect(!output.findings.contains { $0.rule == "deep" })

        // explain stops where check stops.
        let explained = try TTHC.run(["explain", "1.100001", "--as-of", "2026-11-26"], in: scratch.url, environment: environment)
        #expect(
            explained.stdout.contains("deep (procedure, warning): ERROR, reported as rule-error: stopped after 1,000 evaluation steps"),
            "\(explained)")
    }

    static let hugeMessage = """
        rules:
          - id: huge-message
            scope: catalog
            assert: "false"
            message: "{procedures.map(p, procedures.map(q, procedures))}"

        """

    @Test("a message that would print a list of lists of every procedure stops at the byte budget: the finding stays, with a rule-error beside it")
    func hugeMessage() throws {
        let plain = try Self.shipped()
        let (_, expected) = try Self.check(plain)
        let scratch = try Self.shipped(extra: Self.hugeMessage)
        let (result, output) = try Self.check(scratch, environment: ["TTHC_MAX_EVALUATION_BYTES": "1000000"])
        #expect(result.status == 1, "\(result)")
        let finding = try #require(output.findings.first { $0.rule == "huge-message" })
        #expect(finding.message == "`false` does not hold", "the rule's verdict stands, with the plain message")
        let error = try #require(output.findings.first { $0.rule == "rule-error" })
        #expect(
            error.message
                == "rule `huge-message` stopped after building 1,000,000 bytes of values on the catalog while writing its message: "
                + "the budget for one rule on one item; simplify the rule")
        #expect(error.place == finding.place)
        let others = output.findings.filter { $0.rule != "rule-error" && $0.rule != "huge-message" }
        #expect(others.map(\.description) == expected.findings.map(\.description))
    }

    @Test("under the standard byte budget the same message is stopped at 64 MiB, in bounded memory")
    func standardByteBudget() throws {
        let scratch = try Self.shipped(extra: Self.hugeMessage)
        // Written whole, the message would be some 13 GB.
        let peak = try HostileInputTests.peakMemory(
            ["check", "--as-of", "2026-11-26", "--format", "json", "--output", "out.json"], in: scratch.url)
        #expect(peak < 400 << 20, "peak memory \(peak >> 20) MiB")
        let output = try CheckOutput.decode(try Data(contentsOf: scratch.path("out.json")))
        #expect(
            output.findings.contains {
                $0.rule == "rule-error" && $0.message.hasPrefix("rule `huge-message` stopped after building 67,108,864 bytes")
            }, "\(output.findings.filter { $0.rule == "rule-error" })")
    }

    @Test("explain shows a value that stands for more than a megabyte of text by its length, not whole")
    func explainBoundsValues() throws {
        // 237 steps build a list of 237 references to the list of every procedure: some 30 MB as text.
        let scratch = try Self.shipped(
            extra: """
                rules:
                  - id: pairs
                    scope: catalog
                    assert: "[procedures.map(p, procedures)] == []"

                """)
        for format in ["text", "json"] {
            let result = try TTHC.run(
                ["explain", "1.008071.000.00.00.H37", "--as-of", "2026-11-26", "--format", format], in: scratch.url)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdoutBytes.count < 2 << 20, "\(format): \(result.stdoutBytes.count) bytes")
            #expect(result.stdout.contains("[procedures.map(p, procedures)]"))
        }
        let text = try TTHC.run(["explain", "1.008071.000.00.00.H37", "--as-of", "2026-11-26"], in: scratch.url)
        #expect(text.stdout.contains("    [1 item] == [] → false\n"), "\(text.stdout.suffix(2_000))")
        #expect(text.stdout.contains("      [procedures.map(p, procedures)] = [1 item]\n"))
    }

    @Test("a budget set in the environment that is not a whole number of at least 1 exits 2", arguments: ["0", "-5", "1e6", "ten"])
    func badSetting(value: String) throws {
        let scratch = try Self.shipped()
        let result = try TTHC.run(
            ["check", "--as-of", "2026-11-26"], in: scratch.url, environment: ["TTHC_MAX_EVALUATION_STEPS": value])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("TTHC_MAX_EVALUATION_STEPS must be a whole number of at least 1, found `\(value)`"))
    }
}
