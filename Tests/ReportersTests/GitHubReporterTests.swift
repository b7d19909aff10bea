// Golden files: Tests/ReportersTests/Golden/. Regenerate them after an
// intended change with `TTHC_UPDATE_GOLDEN=1 swift test --filter ReportersTests`
// (see CISampleReports.swift) and review the diff.
import Reporters
import Review
import Testing
import Vocabulary

@Suite struct GitHubReporterTests {
    @Test func sampleMatchesTheGoldenFile() throws {
        try Golden.check(GitHubReporter().render(CISample.report), "sample-github.txt")
    }

    @Test func oneCommandPerFindingThenAPlainSummary() {
        let lines = GitHubReporter().render(CISample.report).split(separator: "\n").map(String.init)
        #expect(lines.count == CISample.report.findings.count + 1)
        #expect(
            lines[0]
                == "::notice file=catalog/a.yaml,line=9,col=20,title=four-on-spot-candidate::candidate for the 4-on-the-spot list: deadline in force 3 ≤ 5 working days"
        )
        #expect(
            lines[1]
                == "::warning file=catalog/b.yaml,line=2,col=7,title=sector-has-cut::sector `b` proposes no cut")
        #expect(
            lines[5]
                == "::warning file=rules/plan.yaml,line=6,col=9,title=plan-reduction-target::the reduction list cuts 37.03%25 of its legal days, below the plan's target of 40.00%25"
        )
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("::") })
        #expect(!lines.last!.hasPrefix("::"))
        #expect(lines.last!.hasPrefix("3 files, 2 sectors, 4 procedures checked against lang-son-2021-2030"))
    }

    @Test func aCleanReportIsOnlyTheSummary() {
        #expect(
            GitHubReporter().render(CISample.clean)
                == "1 file, 1 sector, 1 procedure checked against lang-son-2021-2030 as of 2026-11-26: 0 errors, 0 warnings, 0 info\n"
        )
    }

    @Test func messagesAndPropertiesAreEscaped() {
        let first = GitHubReporter().render(CISample.nasty).split(separator: "\n").map(String.init)[0]
        #expect(
            first
                == "::error file=catalog/dir%2C x/a%3Ab 50%25 tư.yaml,line=3,col=4,title=cut-not-above-legal::"
                + "a \"quoted\" <tag> & 'x' | pipe 100%25 done,%0Asecond line%0D\\tthird: `co|de` \\u{1}end")
    }

    @Test func escapingHelpers() {
        #expect(GitHubReporter.data("100% a:b,c\r\n") == "100%25 a:b,c%0D%0A")
        #expect(GitHubReporter.property("100% a:b,c\r\n") == "100%25 a%3Ab%2Cc%0D%0A")
        #expect(GitHubReporter.property("%3A") == "%253A")
    }
}
