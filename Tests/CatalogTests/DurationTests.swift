import Catalog
import Testing

/// `Duration.parse`: every form of SPEC §3 and the ways it can go wrong.
@Suite("Duration.parse")
struct DurationTests {
    struct Form: Sendable, CustomTestStringConvertible {
        var text: String
        var days: Double
        var kind: Duration.Kind
        var testDescription: String { "\"\(text)\"" }

        init(_ text: String, _ days: Double, _ kind: Duration.Kind = .workingDays) {
            self.text = text
            self.days = days
            self.kind = kind
        }
    }

    @Test("valid forms", arguments: [
        Form("10", 10),
        Form("0.5", 0.5),
        Form("2.25", 2.25),
        Form("+3", 3),
        Form("4h", 0.5),
        Form("8h", 1),
        Form("12 hours", 1.5),
        Form("1 hour", 0.125),
        Form("3d", 3),
        Form("3 d", 3),
        Form("3D", 3),
        Form("3 working days", 3),
        Form("1 working day", 1),
        Form("3 Working Days", 3),
        Form("  3   working\tdays ", 3),
        Form("same day", 1),
        Form("Same Day", 1),
        Form("same  day", 1),
        Form("15 calendar days", 15, .calendarDays),
        Form("1 calendar day", 1, .calendarDays),
        Form("15cd", 15, .calendarDays),
        Form("15 cd", 15, .calendarDays),
        Form("0.5cd", 0.5, .calendarDays),
    ])
    func valid(_ form: Form) throws {
        let duration = try Duration.parse(form.text).get()
        #expect(duration == Duration(days: form.days, kind: form.kind))
    }

    @Test("zero and negative amounts are read, so the decoder can say what is wrong with them", arguments: [
        ("0", 0.0), ("-3", -3.0), ("0h", 0.0), ("0cd", 0.0), ("-1 working day", -1.0), ("0.0", 0.0),
    ])
    func zeroAndNegative(_ text: String, _ days: Double) throws {
        let duration = try Duration.parse(text).get()
        #expect(duration.days == days)
        #expect(duration.days <= 0)
    }

    @Test("unreadable amounts", arguments: ["ten days", "", "   ", "three", "half a day", "d", "h", "same", "same days",
                                            "next day", "3..5", "1.2.3", "-", ".", "3-4", "٣ days", "- 3", "nan", "inf"])
    func unreadable(_ text: String) {
        #expect(Duration.parse(text) == .failure(.unreadable))
    }

    @Test("unknown units", arguments: [
        ("3 weeks", "weeks"), ("3dd", "dd"), ("2 months", "months"), ("1e3", "e3"), ("0x10", "x10"),
        ("5 ngày", "ngày"), ("3 working", "working"), ("3 calendar", "calendar"), ("4hrs", "hrs"),
        ("3 days", "days"),
    ])
    func unknownUnit(_ text: String, _ unit: String) {
        #expect(Duration.parse(text) == .failure(.unknownUnit(unit)))
    }

    @Test("a number too long for a double is not an infinite duration")
    func overlongNumber() {
        let text = "1" + String(repeating: "0", count: 400)
        switch Duration.parse(text) {
        case .success(let duration):
            #expect(duration.days.isFinite, "\(text.prefix(8))… (400 digits) reads as \(duration.days) days")
        case .failure:
            break
        }
    }

    @Test("description: days without trailing zeros, calendar days named, one calendar day singular")
    func description() throws {
        #expect(Duration(days: 7).description == "7")
        #expect(Duration(days: 0.5).description == "0.5")
        #expect(Duration(days: 2.25).description == "2.25")
        #expect(Duration(days: 15, kind: .calendarDays).description == "15 calendar days")
        #expect(Duration(days: 1, kind: .calendarDays).description == "1 calendar day")
        #expect(Duration(days: 0.5, kind: .calendarDays).description == "0.5 calendar days")
        #expect(try Duration.parse("4h").get().description == "0.5")
        #expect(try Duration.parse("same day").get().description == "1")
    }
}
