import Foundation
import Testing

/// SPEC §11: `tthc test --coverage` says, per rule in force, how many tests
/// made it fire, saw it hold and reach it; `--min-coverage N` turns that into
/// an exit status. A small pack of its own, so that a rule added to the
/// shipped pack does not change these tables.
@Suite("Rule tests: coverage")
struct RuleCoverageTests {
    /// One rule for each line of the table: covered, holding only, never
    /// applying, ignored by every test, a catalog rule, and one whose period
    /// ended before any date of the run.
    static let pack = """
        plans:
          - id: p
            targets: { four_on_spot_share: 0.3 }
        rules:
          - id: short-deadline
            severity: warning
            assert: deadline.legal <= 20
          - id: has-basis
            severity: error
            assert: len(legal_basis) >= 1
          - id: commune-short
            severity: warning
            when: level == "commune"
            assert: deadline.legal <= 5
          - id: no-four-on-spot
            severity: info
            assert: "!four_on_spot"
          - id: share-met
            scope: catalog
            severity: warning
            assert: count(procedures.filter(p, p.four_on_spot)) / count(procedures) >= plan.targets.four_on_spot_share
          - id: ended
            severity: info
            effective: { until: 2020-12-31 }
            assert: "false"

        """

    /// `no-four-on-spot` fires on 1.000001 in the first test, which ignores it.
    static let tests = """
        tests:
          - name: a long deadline fails short-deadline
            as_of: 2026-06-01
            catalog:
              - sector: { id: s, name: S }
                procedures:
                  - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 30 }, four_on_spot: true }
                  - { code: "1.000002", name: Q, level: province, legal_basis: [L], deadline: { legal: 10 } }
            expect:
              - { rule: short-deadline, procedure: "1.000001" }
            ignore: [no-four-on-spot]
          - name: a share of 50% meets the target
            as_of: 2026-06-01
            only: [share-met]
            catalog:
              - sector: { id: s, name: S }
                procedures:
                  - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 3 }, four_on_spot: true }
                  - { code: "1.000002", name: Q, level: province, legal_basis: [L], deadline: { legal: 3 } }
            expect: []

        """

    func scratch(tests: String = tests) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-rule-coverage")
        try dir.write("rules/pack.yaml", Self.pack)
        try dir.write("rules/tests/t.yaml", tests)
        return dir
    }

    static let asOf = ["--as-of", "2026-06-01"]

    @Test("--coverage: the usual lines, then a table of every rule in force in rules/ order, then the share covered")
    func englishTable() throws {
        let dir = try scratch()
        let result = try TTHC.run(["test", "--coverage", "--lang", "en"] + Self.asOf, in: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                pass a long deadline fails short-deadline (rules/tests/t.yaml:2:5)
                pass a share of 50% meets the target (rules/tests/t.yaml:12:5)
                2 passed, 0 failed

                rule             fired  held  tests
                -------------------------------------------------------------
                short-deadline       1     1      1
                has-basis            0     1      1  never fires
                commune-short        0     0      1  never fires, never holds
                no-four-on-spot      0     0      0  untested
                share-met            0     2      2  never fires
                1 of 5 rules in force fire and hold in some test (20%)

                """, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test("--coverage --lang vi: the headings, notes and summary in Vietnamese")
    func vietnameseTable() throws {
        let dir = try scratch()
        let result = try TTHC.run(["test", "--coverage", "--lang", "vi"] + Self.asOf, in: dir.url)
        #expect(result.status == 0, "\(result)")
        let table = result.stdoutLines.drop { !$0.hasPrefix("quy tắc") }
        #expect(
            Array(table) == [
                "quy tắc          có phát hiện  đạt  kiểm thử",
                String(repeating: "-", count: 89),
                "short-deadline              1    1         1",
                "has-basis                   0    1         1  chưa lần nào có phát hiện",
                "commune-short               0    0         1  chưa lần nào có phát hiện, chưa lần nào đạt",
                "no-four-on-spot             0    0         0  chưa kiểm thử",
                "share-met                   0    2         2  chưa lần nào có phát hiện",
                "1/5 quy tắc đang áp dụng vừa có phát hiện vừa đạt trong ít nhất một kiểm thử (20%)",
            ], "\(result)")
    }

    @Test("--coverage --format json: {\"rules\": [{id, fired, held, tests}]} alone on standard output")
    func json() throws {
        let dir = try scratch()
        let result = try TTHC.run(["test", "--coverage", "--format", "json"] + Self.asOf, in: dir.url)
        #expect(result.status == 0, "\(result)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any], "\(result)")
        let rules = try #require(object["rules"] as? [[String: Any]], "\(result)")
        #expect(object.keys.sorted() == ["rules"], "\(result)")
        #expect(rules.map { $0["id"] as? String } == ["short-deadline", "has-basis", "commune-short", "no-four-on-spot", "share-met"])
        #expect(rules.map { $0["fired"] as? Int } == [1, 0, 0, 0, 0])
        #expect(rules.map { $0["held"] as? Int } == [1, 1, 0, 0, 2])
        #expect(rules.map { $0["tests"] as? Int } == [1, 1, 1, 0, 2])
        #expect(result.stdout.hasPrefix("{\n  \"rules\": [\n    {\n      \"id\": \"short-deadline\",\n      \"fired\": 1,"))
    }

    @Test("--coverage --format json with a failing test: JSON on standard output, the failure on standard error, exit 1")
    func jsonWithAFailingTest() throws {
        let dir = try scratch(tests: Self.tests.replacingOccurrences(of: "procedure: \"1.000001\"", with: "procedure: \"1.000002\""))
        let result = try TTHC.run(["test", "--coverage", "--format", "json", "--lang", "en"] + Self.asOf, in: dir.url)
        #expect(result.status == 1, "\(result)")
        #expect((try? JSONSerialization.jsonObject(with: result.stdoutBytes)) != nil, "\(result)")
        #expect(result.stderr.contains("FAIL a long deadline fails short-deadline"), "\(result)")
        #expect(result.stderr.contains("1 passed, 1 failed"), "\(result)")
    }

    @Test("--min-coverage N: exit 1 and a line with the percentage when fewer than N% are covered, else 0")
    func minimumCoverage() throws {
        let dir = try scratch()
        let met = try TTHC.run(["test", "--min-coverage", "20", "--lang", "en"] + Self.asOf, in: dir.url)
        #expect(met.status == 0, "\(met)")
        #expect(met.stderr.isEmpty, "\(met)")
        // Without --coverage, no table: the closing line is still the last.
        #expect(met.stdoutLines.last == "2 passed, 0 failed", "\(met)")

        let short = try TTHC.run(["test", "--coverage", "--min-coverage", "21", "--lang", "en"] + Self.asOf, in: dir.url)
        #expect(short.status == 1, "\(short)")
        #expect(
            short.stderr
                == "rule coverage 20% is below --min-coverage 21: 4 of 5 rules in force do not both fire and hold in some test\n",
            "\(short)")
        #expect(short.stdoutLines.last == "1 of 5 rules in force fire and hold in some test (20%)", "\(short)")

        let vi = try TTHC.run(["test", "--min-coverage", "100", "--lang", "vi"] + Self.asOf, in: dir.url)
        #expect(vi.status == 1, "\(vi)")
        #expect(
            vi.stderr == "độ phủ quy tắc 20% thấp hơn --min-coverage 100: 4/5 quy tắc đang áp dụng chưa vừa có "
                + "phát hiện vừa đạt trong một kiểm thử nào\n", "\(vi)")
    }

    @Test("a shortfall that is not a whole percent reads rounded down, never as the minimum met")
    func fractionalPercent() throws {
        // Two of three rules covered: 66.6%, below 67.
        let pack = """
            plans:
              - id: p
            rules:
              - { id: a, severity: info, assert: "deadline.legal < 10" }
              - { id: b, severity: info, assert: "deadline.legal < 20" }
              - { id: c, severity: info, assert: "true" }

            """
        let tests = """
            tests:
              - name: both sides of a and b
                as_of: 2026-06-01
                catalog:
                  - sector: { id: s, name: S }
                    procedures:
                      - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 5 } }
                      - { code: "1.000002", name: Q, level: province, legal_basis: [L], deadline: { legal: 30 } }
                expect:
                  - { rule: a, procedure: "1.000002" }
                  - { rule: b, procedure: "1.000002" }

            """
        let dir = try TemporaryDirectory("tthc-rule-coverage")
        try dir.write("rules/pack.yaml", pack)
        try dir.write("rules/tests/t.yaml", tests)
        let below = try TTHC.run(["test", "--min-coverage", "67", "--lang", "vi"] + Self.asOf, in: dir.url)
        #expect(below.status == 1, "\(below)")
        #expect(below.stderr.hasPrefix("độ phủ quy tắc 66,6% thấp hơn --min-coverage 67: 1/3"), "\(below)")
        let met = try TTHC.run(["test", "--min-coverage", "66"] + Self.asOf, in: dir.url)
        #expect(met.status == 0, "\(met)")
    }

    @Test("--min-coverage outside 0–100, or --format json without --coverage: an argument error in the run's language, exit 2")
    func argumentErrors() throws {
        let dir = try scratch()
        let cases: [(arguments: [String], english: String, vietnamese: String)] = [
            (
                ["--min-coverage", "101"], "Error: --min-coverage must be a percentage from 0 to 100, got 101",
                "Error: --min-coverage phải là tỷ lệ phần trăm từ 0 đến 100, nhận được 101"
            ),
            (
                ["--min-coverage=-1"], "Error: --min-coverage must be a percentage from 0 to 100, got -1",
                "Error: --min-coverage phải là tỷ lệ phần trăm từ 0 đến 100, nhận được -1"
            ),
            (
                ["--format", "json"], "Error: --format json prints the coverage; give --coverage with it",
                "Error: --format json in độ phủ quy tắc; dùng kèm --coverage"
            ),
        ]
        for (arguments, english, vietnamese) in cases {
            let en = try TTHC.run(["test"] + arguments, in: dir.url)
            let vi = try TTHC.run(["test", "--lang", "vi"] + arguments, in: dir.url)
            for (result, expected) in [(en, english), (vi, vietnamese)] {
                #expect(result.status == 2, "\(result)")
                #expect(result.stdout.isEmpty, "\(result)")
                let lines = result.stderr.split(separator: "\n").map(String.init)
                #expect(lines.first == expected, "\(result)")
                #expect(lines.dropFirst().first?.hasPrefix("Usage: tthc test") == true, "\(result)")
            }
        }
    }

    @Test("only compared findings count: a rule a test ignores fires there unseen, and the test does not reach it")
    func onlyComparedFindingsCount() throws {
        // The first test ignores no-four-on-spot, which fires on its 1.000001.
        let dir = try scratch()
        let ignored = try TTHC.run(["test", "--coverage", "--format", "json"] + Self.asOf, in: dir.url)
        #expect(ignored.status == 0, "\(ignored)")
        #expect(entry("no-four-on-spot", in: ignored) == Entry(fired: 0, held: 0, tests: 0), "\(ignored)")

        // The same test comparing it: the finding is expected, and counts.
        let compared = try scratch(
            tests: Self.tests.replacingOccurrences(
                of: "    ignore: [no-four-on-spot]",
                with: "      - { rule: no-four-on-spot, procedure: \"1.000001\" }"))
        let counted = try TTHC.run(["test", "--coverage", "--format", "json"] + Self.asOf, in: compared.url)
        #expect(counted.status == 0, "\(counted)")
        #expect(entry("no-four-on-spot", in: counted) == Entry(fired: 1, held: 1, tests: 1), "\(counted)")

        // A test's `only` leaves out the rest: the second test reaches share-met alone.
        #expect(entry("short-deadline", in: counted) == Entry(fired: 1, held: 1, tests: 1), "\(counted)")
        #expect(entry("share-met", in: counted) == Entry(fired: 0, held: 2, tests: 2), "\(counted)")
    }

    @Test("the rules listed are those in force on some test's date or the run's: an ended rule shows once a test is dated in its period")
    func rulesInForceByDate() throws {
        let dir = try scratch()
        let now = try TTHC.run(["test", "--coverage", "--format", "json"] + Self.asOf, in: dir.url)
        #expect(entry("ended", in: now) == nil, "\(now)")

        let old = try scratch(
            tests: Self.tests + """
                  - name: before the end of ended
                    as_of: 2020-06-01
                    only: [ended]
                    catalog:
                      - sector: { id: s, name: S }
                        procedures:
                          - { code: "1.000001", name: P, level: province, legal_basis: [L], deadline: { legal: 3 } }
                    expect:
                      - { rule: ended, procedure: "1.000001" }

                """)
        let listed = try TTHC.run(["test", "--coverage", "--format", "json"] + Self.asOf, in: old.url)
        #expect(listed.status == 0, "\(listed)")
        #expect(entry("ended", in: listed) == Entry(fired: 1, held: 0, tests: 1), "\(listed)")
        // Only that test is dated 2020: the others do not reach it.
        #expect(entry("short-deadline", in: listed) == Entry(fired: 1, held: 1, tests: 1), "\(listed)")
    }

    @Test("the shipped tests make every shipped rule in force both fire and hold (.ci/run checks this too)")
    func shippedPackFullyCovered() throws {
        let result = try TTHC.run(["test", "--coverage", "--min-coverage", "100", "--lang", "en"], in: Paths.packageRoot)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        let summary = try #require(result.stdoutLines.last, "\(result)")
        #expect(summary.hasSuffix("rules in force fire and hold in some test (100%)"), "\(result)")
        #expect(!result.stdout.contains("untested") && !result.stdout.contains("never"), "\(result)")
    }

    struct Entry: Equatable {
        var fired: Int
        var held: Int
        var tests: Int
    }

    /// A rule's numbers in `--coverage --format json` output; nil if not listed.
    func entry(_ id: String, in result: RunResult) -> Entry? {
        guard let object = try? JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any],
            let rules = object["rules"] as? [[String: Any]],
            let rule = rules.first(where: { $0["id"] as? String == id }),
            let fired = rule["fired"] as? Int, let held = rule["held"] as? Int, let tests = rule["tests"] as? Int
        else { return nil }
        return Entry(fired: fired, held: held, tests: tests)
    }
}
