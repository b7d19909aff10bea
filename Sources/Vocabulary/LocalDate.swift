/// A calendar date without a time zone (`2026-11-26`), as plans, waivers and
/// `--as-of` write it.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored in 4 bytes each at most: a date is a payload of the rule
    // language's `Value`, and the largest payload sets the size of every value
    // of every record of a national catalog.
    private var storedYear: Int16
    private var storedMonth: UInt8
    private var storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// A valid date, or nil for one the calendar does not have.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 0001-01-01 in the proleptic Gregorian calendar, so that
    /// the difference of two is the number of calendar days between them.
    public var dayNumber: Int {
        // Counting from March makes the leap day the year's last.
        let y = month <= 2 ? year - 1 : year
        let m = (month + 9) % 12
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 307
    }

    /// The date `dayNumber` days after 0001-01-01, or nil outside years 1–9999.
    public init?(dayNumber: Int) {
        guard (0...3_652_058).contains(dayNumber) else { return nil }
        let shifted = dayNumber + 306
        var y = (10_000 * shifted + 14_780) / 3_652_425
        var rest = shifted - (365 * y + y / 4 - y / 100 + y / 400)
        if rest < 0 {
            y -= 1
            rest = shifted - (365 * y + y / 4 - y / 100 + y / 400)
        }
        let m = (100 * rest + 52) / 3_060
        let month = (m + 2) % 12 + 1
        self.init(year: y + (m + 2) / 12, month: month, day: rest - (m * 306 + 5) / 10 + 1)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A period `{ from, until }`, both ends optional and inclusive.
public struct DatePeriod: Hashable, Sendable, CustomStringConvertible {
    public var from: LocalDate?
    public var until: LocalDate?

    public init(from: LocalDate? = nil, until: LocalDate? = nil) {
        self.from = from
        self.until = until
    }

    public func contains(_ date: LocalDate) -> Bool {
        (from.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
    }

    public var description: String {
        "\(from?.description ?? "…") to \(until?.description ?? "…")"
    }
}
