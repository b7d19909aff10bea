import Testing
import Vocabulary

/// `days_between` and `add_days` stand on `LocalDate.dayNumber` and its
/// inverse; both are checked against counting the calendar day by day.
@Suite struct DayNumberTests {
    @Test func everyDateOfTheCalendarHasItsNumberAndBack() {
        var expected = 0
        var mismatches: [String] = []
        for year in 1...9999 {
            for month in 1...12 {
                for day in 1...31 {
                    guard let date = LocalDate(year: year, month: month, day: day) else { continue }
                    if date.dayNumber != expected || LocalDate(dayNumber: expected) != date {
                        if mismatches.count < 5 { mismatches.append("\(date) ≠ \(expected)") }
                    }
                    expected += 1
                }
            }
        }
        #expect(mismatches.isEmpty)
        #expect(expected == 3_652_059)
        #expect(LocalDate(dayNumber: -1) == nil)
        #expect(LocalDate(dayNumber: 3_652_059) == nil)
    }
}
