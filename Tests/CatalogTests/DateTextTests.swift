import Catalog
import Testing
import Vocabulary

/// `DateText.read`: `YYYY-MM-DD`, and day/month/year as Vietnamese documents
/// write it.
@Suite("DateText: YYYY-MM-DD and DD/MM/YYYY")
struct DateTextTests {
    @Test("read as", arguments: [
        ("2026-12-31", 2026, 12, 31, nil),
        ("2024-02-29", 2024, 2, 29, nil),
        ("0999-01-01", 999, 1, 1, nil),
        ("31/12/2026", 2026, 12, 31, "2026-12-31"),
        ("01/02/2026", 2026, 2, 1, "2026-02-01"),
        ("1/2/2026", 2026, 2, 1, "2026-02-01"),
        ("1/12/2026", 2026, 12, 1, "2026-12-01"),
        ("29/02/2024", 2024, 2, 29, "2024-02-29"),
        (" 31/12/2026 ", 2026, 12, 31, "2026-12-31"),
        ("31/12/2026\u{A0}", 2026, 12, 31, "2026-12-31"),
        (" 2026-12-31", 2026, 12, 31, "2026-12-31"),
        ("2026-12-31\n", 2026, 12, 31, "2026-12-31"),
    ] as [(String, Int, Int, Int, String?)])
    func reads(_ text: String, _ year: Int, _ month: Int, _ day: Int, _ canonical: String?) throws {
        let reading = try DateText.read(text).get()
        #expect(reading.value == LocalDate(year: year, month: month, day: day))
        #expect(reading.canonicalText == canonical)
        #expect(reading.isCanonical == (canonical == nil))
    }

    @Test("dates the calendar does not have", arguments: ["2026-02-30", "2025-02-29", "31/02/2026", "12/31/2026", "0/1/2026",
                                                           "32/1/2026", "1/13/2026", "2026-13-01", "2026-00-10"])
    func noSuchDate(_ text: String) {
        #expect(DateText.read(text) == .failure(.noSuchDate))
    }

    @Test("not a date", arguments: ["", "2026", "2026-1-5", "26-12-31", "31/12/26", "31.12.2026", "31-12-2026", "2026/12/31",
                                    "31/12/2026/1", "ngày 31 tháng 12", "١/٢/٢٠٢٦", "001/12/2026", "31 /12/2026"])
    func unreadable(_ text: String) {
        #expect(DateText.read(text) == .failure(.unreadable))
    }
}
