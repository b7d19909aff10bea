import Vocabulary

/// Reads a date: `YYYY-MM-DD` as SPEC §3 writes it, and the day/month/year of
/// Vietnamese documents (`31/12/2026`, `1/2/2026`, §8.3), which `fix` rewrites
/// to `2026-12-31`.
public enum DateText {
    public static func read(_ text: String) -> Result<Reading<LocalDate>, DateTextError> {
        if let date = LocalDate(text) { return .success(Reading(date)) }
        let trimmed = FormWords.normalize(text)
        let day: Int, month: Int, year: Int
        if let parts = numbers(trimmed, separator: "-", widths: [4...4, 2...2, 2...2]) {
            (year, month, day) = (parts[0], parts[1], parts[2])
        } else if let parts = numbers(trimmed, separator: "/", widths: [1...2, 1...2, 4...4]) {
            (day, month, year) = (parts[0], parts[1], parts[2])
        } else {
            return .failure(.unreadable)
        }
        guard let date = LocalDate(year: year, month: month, day: day) else { return .failure(.noSuchDate) }
        return .success(Reading(date, canonicalText: date.description))
    }

    /// The three numbers of `text` split at `separator`, each of ASCII digits
    /// and of a width in `widths`; nil otherwise.
    private static func numbers(_ text: String, separator: Character, widths: [ClosedRange<Int>]) -> [Int]? {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == widths.count else { return nil }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard width.contains(part.utf8.count), part.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let number = Int(part)
            else { return nil }
            numbers.append(number)
        }
        return numbers
    }
}

/// Why a date could not be read.
public enum DateTextError: Error, Sendable, Equatable {
    /// Neither `YYYY-MM-DD` nor day/month/year.
    case unreadable
    /// Written as a date, but one the calendar does not have (`2026-02-30`,
    /// `31/02/2026`, or `12/31/2026` written month first).
    case noSuchDate
}
