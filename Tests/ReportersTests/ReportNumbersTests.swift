@testable import Reporters
import Testing

/// Percents as the province prints them: two decimals, half up on the written digits.
@Suite struct ReportNumbersTests {
    @Test(arguments: [
        (0.370322580645161, "37.03%"), (0.32489451476793246, "32.49%"), (0.12345, "12.35%"), (0.005, "0.50%"),
        (0.00004, "0.00%"), (1, "100.00%"), (0.99995, "100.00%"), (0.3, "30.00%"), (0, "0.00%"), (-0.25, "-25.00%"),
        (1e-7, "0.00%"), (12.5, "1250.00%"),
    ])
    func percent(_ ratio: Double, _ expected: String) {
        #expect(ReportNumbers.percent(ratio) == expected)
    }

    @Test func missingRatio() {
        #expect(ReportNumbers.percent(nil) == "—")
        #expect(ReportNumbers.percent(nil, none: "") == "")
        #expect(ReportNumbers.percent(.nan) == "—")
    }

    @Test func days() {
        #expect(ReportNumbers.days(2325) == "2325")
        #expect(ReportNumbers.days(0.5) == "0.5")
        #expect(ReportNumbers.days(0.375) == "0.375")
    }
}
