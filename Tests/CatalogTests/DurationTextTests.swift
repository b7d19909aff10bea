import Catalog
import Testing

/// `DurationText.read`: every form staff type for a deadline, what it is read
/// as, and what `fix` writes instead.
@Suite("DurationText: the deadline grammar of SPEC §3, §8.3 and §9.1")
struct DurationTextTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var text: String
        var amount: Double
        var unit: DurationReading.Unit
        /// nil: the text is canonical.
        var canonical: String?
        var testDescription: String { "\"\(text)\"" }

        init(_ text: String, _ amount: Double, _ unit: DurationReading.Unit, _ canonical: String? = nil) {
            self.text = text
            self.amount = amount
            self.unit = unit
            self.canonical = canonical
        }
    }

    @Test("read as", arguments: [
        // SPEC §3: canonical, left as they are.
        Row("10", 10, .workingDays),
        Row("0.5", 0.5, .workingDays),
        Row("03", 3, .workingDays),
        Row("1.000", 1, .workingDays),
        Row("4h", 4, .hours),
        Row("12 hours", 12, .hours),
        Row("3d", 3, .workingDays),
        Row("3 working days", 3, .workingDays),
        Row("3 Working Days", 3, .workingDays),
        Row("same day", 1, .sameDay),
        Row("Same Day", 1, .sameDay),
        Row("15 calendar days", 15, .calendarDays),
        Row("15cd", 15, .calendarDays),
        // SPEC §8.3.
        Row("10 ngày làm việc", 10, .workingDays, "10"),
        Row("10 ngày lv", 10, .workingDays, "10"),
        Row("10 Ngày LV", 10, .workingDays, "10"),
        Row("4 giờ", 4, .hours, "4h"),
        Row("4giờ", 4, .hours, "4h"),
        Row("4 giờ làm việc", 4, .hours, "4h"),
        Row("trong ngày", 1, .sameDay, "same day"),
        Row("Trong ngày", 1, .sameDay, "same day"),
        Row("TRONG NGÀY", 1, .sameDay, "same day"),
        Row("trong  ngày ", 1, .sameDay, "same day"),
        Row("trong ngày làm việc", 1, .sameDay, "same day"),
        Row("15 ngày", 15, .calendarDays, "15 calendar days"),
        Row("15 ngày lịch", 15, .calendarDays, "15 calendar days"),
        Row("1 ngày", 1, .calendarDays, "1 calendar day"),
        Row("0,5", 0.5, .workingDays, "0.5"),
        Row("1,5 ngày làm việc", 1.5, .workingDays, "1.5"),
        Row("1,5d", 1.5, .workingDays, "1.5"),
        Row("0,5 giờ", 0.5, .hours, "0.5h"),
        Row("1,000", 1, .workingDays, "1"),
        Row("2.5 ngày làm việc", 2.5, .workingDays, "2.5"),
        // Spacing and Unicode as pasted.
        Row("10\u{A0}ngày làm việc", 10, .workingDays, "10"),
        Row("10 ngày\u{A0}làm\u{202F}việc", 10, .workingDays, "10"),
        Row("10\u{200B} ngày làm việc", 10, .workingDays, "10"),
        Row("10 nga\u{300}y la\u{300}m vie\u{323}\u{302}c", 10, .workingDays, "10"),
        Row("trong nga\u{300}y", 1, .sameDay, "same day"),
        Row("  4 giờ\n", 4, .hours, "4h"),
        // SPEC §9.1: the national database's free text.
        Row("03 ngày làm việc", 3, .workingDays, "3"),
        Row("10 Ngày làm việc", 10, .workingDays, "10"),
        Row("Không quá 05 ngày làm việc", 5, .workingDays, "5"),
        Row("03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", 3, .workingDays, "3"),
        Row("03 ngày làm việc (kể từ ngày nhận đủ hồ sơ hợp lệ)", 3, .workingDays, "3"),
        Row("10 ngày làm việc, kể từ ngày nhận hồ sơ", 10, .workingDays, "10"),
        Row("04 giờ làm việc", 4, .hours, "4h"),
        Row("30 ngày", 30, .calendarDays, "30 calendar days"),
        Row("Trong ngày kể từ khi nhận hồ sơ", 1, .sameDay, "same day"),
        Row("10 ngày làm việc.", 10, .workingDays, "10"),
        // Zero and negative amounts are read; the decoder says what is wrong.
        Row("0 ngày làm việc", 0, .workingDays, "0"),
        Row("-3 ngày", -3, .calendarDays, "-3 calendar days"),
        Row("-0,5", -0.5, .workingDays, "-0.5"),
        Row("0", 0, .workingDays),
    ])
    func reads(_ row: Row) throws {
        let reading = try DurationText.read(row.text).get()
        #expect(reading.amount == row.amount)
        #expect(reading.unit == row.unit)
        #expect(reading.canonicalText == row.canonical)
        #expect(reading.isCanonical == (row.canonical == nil))
        #expect(reading.otherChannels.isEmpty)
    }

    @Test("the canonical text reads back as the same duration, canonically", arguments: [
        "10 ngày làm việc", "4 giờ", "trong ngày", "15 ngày", "1 ngày", "0,5", "1,5 ngày làm việc", "0,5 giờ",
        "Không quá 05 ngày làm việc", "Trực tiếp: 10 Ngày làm việc; Trực tuyến: 8 Ngày làm việc",
    ])
    func canonicalReadsBack(_ text: String) throws {
        let reading = try DurationText.read(text).get()
        let canonical = try #require(reading.canonicalText)
        let again = try DurationText.read(canonical).get()
        #expect(again.isCanonical)
        #expect(again.duration == reading.duration)
        #expect(again.unit == reading.unit)
    }

    @Test("hours stay hours; the duration counts 8 to a working day")
    func hoursKeepTheirUnit() throws {
        let reading = try DurationText.read("4 giờ").get()
        #expect(reading.unit == .hours)
        #expect(reading.duration == Duration(days: 0.5))
        #expect(try DurationText.read("15 ngày").get().duration == Duration(days: 15, kind: .calendarDays))
        #expect(try DurationText.read("trong ngày").get().duration == Duration(days: 1))
    }

    @Test("several channels: the Trực tiếp one, the others kept")
    func channels() throws {
        let reading = try DurationText.read("Trực tiếp: 10 Ngày làm việc; Trực tuyến: 8 Ngày làm việc").get()
        #expect(reading.amount == 10)
        #expect(reading.unit == .workingDays)
        #expect(reading.channel == "Trực tiếp")
        #expect(reading.canonicalText == "10")
        #expect(reading.otherChannels == [
            DurationChannel(name: "Trực tuyến", text: " 8 Ngày làm việc", reading: DurationReading(amount: 8, unit: .workingDays)),
        ])
    }

    @Test("channels on lines of a cell, Trực tiếp not first, one unreadable")
    func channelsOnLines() throws {
        let text = "Trực tuyến: 8 ngày làm việc\nTrực tiếp: 04 giờ làm việc\nQua bưu chính: sớm nhất có thể"
        let reading = try DurationText.read(text).get()
        #expect(reading.amount == 4)
        #expect(reading.unit == .hours)
        #expect(reading.channel == "Trực tiếp")
        #expect(reading.canonicalText == "4h")
        #expect(reading.otherChannels.map(\.name) == ["Trực tuyến", "Qua bưu chính"])
        #expect(reading.otherChannels.map { $0.reading?.amount } == [8, nil])
    }

    @Test("a single channel label is dropped; without Trực tiếp the first channel counts")
    func oneChannel() throws {
        let one = try DurationText.read("Trực tiếp: 10 ngày làm việc").get()
        #expect(one.amount == 10)
        #expect(one.canonicalText == "10")
        #expect(one.otherChannels.isEmpty)
        let online = try DurationText.read("Trực tuyến: 5 ngày làm việc; Bưu chính: 7 ngày làm việc").get()
        #expect(online.amount == 5)
        #expect(online.channel == "Trực tuyến")
    }

    @Test("unknown units, with the unit probably meant", arguments: [
        ("10 ngay lam viec", "ngay lam viec", "ngày làm việc"),
        ("10 ngay", "ngay", "ngày"),
        ("4 gio", "gio", "giờ"),
        ("10 ngày làm viêc", "ngày làm viêc", "ngày làm việc"),
        ("3 workng days", "workng days", "working days"),
        ("15 calender days", "calender days", "calendar days"),
        ("2 tuần", "tuần", nil),
        ("3 days", "days", nil),
        ("1 tháng", "tháng", nil),
        ("3 weeks", "weeks", nil),
    ] as [(String, String, String?)])
    func unknownUnit(_ text: String, _ unit: String, _ suggestion: String?) {
        #expect(DurationText.read(text) == .failure(.unknownUnit(unit, suggestion: suggestion)))
    }

    @Test("unreadable", arguments: ["", "   ", "ten days", "mười ngày", "ngày làm việc", "1.000,5", "3-4 ngày", "1.2.3", "3..5",
                                    "Không quá", "kể từ ngày nhận", ";", "- 3", "nan", ",5", "5,", "5.", "0,5,"])
    func unreadable(_ text: String) {
        #expect(DurationText.read(text) == .failure(.unreadable))
    }

    @Test("Duration.parse still reads SPEC §3 only", arguments: [
        ("10", Result<Duration, DurationError>.success(Duration(days: 10))),
        ("4h", .success(Duration(days: 0.5))),
        ("5 ngày", .failure(.unknownUnit("ngày"))),
        ("0,5", .failure(.unknownUnit(",5"))),
    ])
    func durationParse(_ text: String, _ expected: Result<Duration, DurationError>) {
        #expect(Duration.parse(text) == expected)
    }
}
