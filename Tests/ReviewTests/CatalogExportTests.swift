import Catalog
import Review
import Testing

/// The cells `tthc export` writes are the ones `tthc import` reads back to
/// the same values: deadlines as the database words them, levels in
/// Vietnamese.
@Suite("export: the cells")
struct CatalogExportTests {
    @Test(
        "a deadline is written as the database writes it and reads back to the same duration",
        arguments: [
            (Duration(days: 10), "10 ngày làm việc"),
            (Duration(days: 1), "1 ngày làm việc"),
            // Part of a day that is whole hours, 8 to the day: hours.
            (Duration(days: 0.5), "4 giờ"),
            (Duration(days: 0.125), "1 giờ"),
            // More than a day, or not whole hours: a decimal comma.
            (Duration(days: 1.5), "1,5 ngày làm việc"),
            (Duration(days: 0.3), "0,3 ngày làm việc"),
            // Calendar days are `ngày` alone, as legal texts count them.
            (Duration(days: 30, kind: .calendarDays), "30 ngày"),
            (Duration(days: 1_000), "1000 ngày làm việc"),
        ])
    func deadline(_ duration: Duration, _ text: String) throws {
        #expect(CatalogExport.duration(duration) == text)
        #expect(try DurationText.read(text).get().duration == duration)
    }

    @Test("a level is written `Cấp Tỉnh`, `Cấp Huyện`, `Cấp Xã` and reads back", arguments: Level.allCases)
    func level(_ level: Level) throws {
        let text = CatalogExport.level(level)
        #expect(text.hasPrefix("Cấp "))
        #expect(try LevelText.read(text).get().value == level)
    }

    @Test("the header is STT and each column's first built-in header, which import finds")
    func header() {
        #expect(CatalogExport.header.first == "STT")
        let headers = ImportHeaders()
        #expect(CatalogExport.header.dropFirst().map { headers.column(for: $0) } == CatalogExport.columns)
        #expect(Set(CatalogExport.columns).count == ImportColumn.allCases.count)
    }
}
