import Foundation
import Testing

/// The waiver checks of SPEC §4.6 on fixtures whose rules directory
/// (`rules-with-rule/`) holds one rule that always holds, `always-holds`.
/// They are also the only built-in checks below error, so they carry the
/// `--fail-on warning` and `--fail-on info` cases.
@Suite("Waiver checks and --fail-on below error")
struct WaiverTests {
    @Test("waiver-unknown-rule: a waiver naming a rule that does not exist is an error")
    func unknownRule() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "waiver-unknown-rule", rules: "rules-with-rule")
        #expect(result.status == 1, "\(result)")
        let findings = output.findings.filter { $0.rule == "waiver-unknown-rule" }
        #expect(findings.count == 1, "\(output.findings)")
        let finding = try #require(findings.first)
        #expect(finding.severity == "error")
        #expect(finding.file == "waiver-unknown-rule/unknown.yaml")
        // At the waiver (line 8) or the rule name it gives (8:15).
        #expect(finding.line == 8)
        #expect(finding.message.contains("no-such-rule"))
        #expect(finding.procedure == "1.004101")
    }

    @Test("waiver-expired: a waiver whose until is before the run's date is a warning")
    func expired() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "waiver-expired", rules: "rules-with-rule")
        #expect(result.status == 0, "a warning does not fail the run by default:\n\(result)")
        let findings = output.findings.filter { $0.rule == "waiver-expired" }
        #expect(findings.count == 1, "\(output.findings)")
        let finding = try #require(findings.first)
        #expect(finding.severity == "warning")
        #expect(finding.file == "waiver-expired/expired.yaml")
        #expect((8...10).contains(finding.line))
        #expect(finding.procedure == "1.004001")
        #expect(output.summary.warning == 1)
    }

    @Test("waiver-expired: not before its until date")
    func notYetExpired() throws {
        let result = try TTHC.check(["--catalog", "waiver-expired", "--format", "json"], rules: "rules-with-rule", asOf: "2025-12-31")
        let output = try CheckOutput.decode(result.stdoutBytes)
        #expect(!output.findings.contains { $0.rule == "waiver-expired" })
    }

    @Test("waiver-unused: a waiver in force whose rule would not fire is info")
    func unused() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "waiver-unused", rules: "rules-with-rule")
        #expect(result.status == 0, "\(result)")
        let findings = output.findings.filter { $0.rule == "waiver-unused" }
        #expect(findings.count == 1, "\(output.findings)")
        #expect(findings.first?.severity == "info")
        #expect(findings.first?.line == 8)
        #expect(output.summary.info == 1)
    }

    struct FailOnCase: Sendable, CustomTestStringConvertible {
        var catalog: String
        var failOn: String
        var status: Int32
        var testDescription: String { "\(catalog) --fail-on \(failOn) → \(status)" }
    }

    @Test("--fail-on on a warning-only and an info-only catalog", arguments: [
        FailOnCase(catalog: "waiver-expired", failOn: "error", status: 0),
        FailOnCase(catalog: "waiver-expired", failOn: "warning", status: 1),
        FailOnCase(catalog: "waiver-expired", failOn: "info", status: 1),
        FailOnCase(catalog: "waiver-expired", failOn: "never", status: 0),
        FailOnCase(catalog: "waiver-unused", failOn: "error", status: 0),
        FailOnCase(catalog: "waiver-unused", failOn: "warning", status: 0),
        FailOnCase(catalog: "waiver-unused", failOn: "info", status: 1),
        FailOnCase(catalog: "waiver-unused", failOn: "never", status: 0),
        FailOnCase(catalog: "waiver-unknown-rule", failOn: "never", status: 0),
    ])
    func failOn(_ run: FailOnCase) throws {
        let result = try TTHC.check(["--catalog", run.catalog, "--fail-on", run.failOn], rules: "rules-with-rule")
        #expect(result.status == run.status, "\(result)")
    }
}

/// A waiver of a rule whose own `effective` period has ended is moot: it is
/// not reported as expired (nor as unused), while the same waiver of a rule
/// still in force is.
@Suite("Waivers of ended rules")
struct EndedRuleWaiverTests {
    @Test("an expired waiver of a rule no longer in force is not reported")
    func endedRule() throws {
        let dir = try TemporaryDirectory("tthc-ended")
        try dir.copyFixture("rules", to: "rules")
        try dir.write(
            "rules/old.yaml",
            """
            rules:
              - id: old-limit
                effective: { until: 2025-12-31 }
                assert: deadline.legal <= 5
              - id: live-limit
                assert: deadline.legal <= 5

            """)
        try dir.write(
            "catalog/s.yaml",
            """
            sector: { id: s, name: S }
            procedures:
              - code: "1.000001"
                name: P
                level: province
                deadline: { legal: 10 }
                waivers:
                  - { rule: old-limit, reason: đã duyệt, until: 2026-01-31 }
                  - { rule: live-limit, reason: đã duyệt, until: 2026-01-31 }

            """)
        let result = try TTHC.run(["check", "--as-of", "2026-11-26", "--format", "json"], in: dir.url)
        let findings = try CheckOutput.decode(result.stdoutBytes).findings
        let expired = findings.filter { $0.rule == "waiver-expired" }
        #expect(expired.count == 1, "\(findings)")
        #expect(expired.first?.message.contains("`live-limit`") == true)
        #expect(!findings.contains { $0.message.contains("old-limit") })
    }
}
