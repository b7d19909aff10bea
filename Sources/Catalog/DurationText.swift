import Vocabulary

/// The one reader of durations, shared by the catalog decoder, `tthc fix` and
/// the spreadsheet import:
///
/// - SPEC §3, the canonical forms: `10`, `0.5`, `"4h"`, `"3d"`,
///   `"3 working days"`, `"same day"`, `"15 calendar days"`, `"15cd"`;
/// - SPEC §8.3, Vietnamese: `10 ngày làm việc`, `10 ngày lv`, `4 giờ`,
///   `4 giờ làm việc`, `trong ngày`, `trong ngày làm việc`, `15 ngày`,
///   `15 ngày lịch`, a decimal comma (`0,5`, `1,5 ngày làm việc`);
/// - SPEC §9.1, the national database's free text: leading zeros, `Không quá`
///   before and `kể từ …` after the duration, any case, and one duration per
///   channel (`Trực tiếp: 10 Ngày làm việc; Trực tuyến: 8 Ngày làm việc`),
///   read as the `Trực tiếp` one with the others kept for the caller.
public enum DurationText {
    /// Reads any of the forms above.
    public static func read(_ text: String) -> Result<DurationReading, DurationTextError> {
        // Most durations are bare numbers, read without building a String.
        if case .success(let reading) = readCanonical(text) { return .success(reading) }
        let segments = text.split { $0 == ";" || $0.isNewline }.map { channel(String($0)) }
            .filter { !FormWords.normalize($0.body).isEmpty }
        guard let first = segments.first else { return .failure(.unreadable) }
        guard segments.count > 1 || first.label != nil else {
            return readForm(first.body).map { reading in
                var reading = reading
                reading.canonicalText = reading.canonicalForm
                return reading
            }
        }
        let chosen = segments.firstIndex { FormWords.normalize($0.label ?? "").contains("trực tiếp") } ?? 0
        return readForm(segments[chosen].body).map { reading in
            var reading = reading
            reading.canonicalText = reading.canonicalForm
            reading.channel = segments[chosen].label
            reading.otherChannels = segments.indices.filter { $0 != chosen }.map { index in
                let segment = segments[index]
                return DurationChannel(
                    name: segment.label ?? "", text: segment.body, reading: try? readForm(segment.body).get())
            }
            return reading
        }
    }

    /// Reads the canonical forms of SPEC §3 only: what `Duration.parse` reads.
    /// Zero and negative amounts are read (so the message can say what is
    /// wrong with them); the decoder rejects them.
    public static func readCanonical(_ text: String) -> Result<DurationReading, DurationError> {
        if let amount = NumberText.parse(text) { return .success(DurationReading(amount: amount, unit: .workingDays)) }
        let words = Duration.words(text)
        if words == "same day" { return .success(DurationReading(amount: 1, unit: .sameDay)) }
        // The amount is the leading run of ASCII digits, dots and signs (on
        // bytes: a non-ASCII character ends it at its first byte).
        let numberEnd =
            words.utf8.firstIndex { !((0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B) }
            ?? words.endIndex
        guard let amount = NumberText.parse(String(words[..<numberEnd])) else { return .failure(.unreadable) }
        let unit = String(words[numberEnd...].trimmingPrefix(" "))
        switch unit {
        case "", "d", "working day", "working days":
            return .success(DurationReading(amount: amount, unit: .workingDays))
        case "h", "hour", "hours":
            return .success(DurationReading(amount: amount, unit: .hours))
        case "cd", "calendar day", "calendar days":
            return .success(DurationReading(amount: amount, unit: .calendarDays))
        default:
            return .failure(.unknownUnit(unit))
        }
    }

    /// `Trực tuyến: 8 Ngày làm việc` as its label and its duration; a text
    /// without a label before a colon (one with no digit) is all duration.
    static func channel(_ text: String) -> (label: String?, body: String) {
        guard let colon = text.firstIndex(of: ":") else { return (nil, text) }
        let label = TextNormalization.nfc(String(text[..<colon])).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !label.isEmpty, !label.contains(where: \.isNumber) else { return (nil, text) }
        return (label, String(text[text.index(after: colon)...]))
    }

    /// Every unit word, normalized as `FormWords` does.
    public static let units: [String: DurationReading.Unit] = [
        "": .workingDays, "d": .workingDays, "working day": .workingDays, "working days": .workingDays,
        "ngày làm việc": .workingDays, "ngày lv": .workingDays,
        "h": .hours, "hour": .hours, "hours": .hours, "giờ": .hours, "giờ làm việc": .hours,
        "cd": .calendarDays, "calendar day": .calendarDays, "calendar days": .calendarDays,
        "ngày": .calendarDays, "ngày lịch": .calendarDays,
    ]

    /// The words of one working day, without a number.
    public static let sameDayWords = ["same day", "trong ngày", "trong ngày làm việc"]

    /// The words a near miss is compared with: every unit and the same day.
    static let suggestions = units.keys.filter { !$0.isEmpty }.sorted() + sameDayWords

    /// One duration of any form, without channels.
    static func readForm(_ text: String) -> Result<DurationReading, DurationTextError> {
        var words = FormWords.normalize(text)
        // `… kể từ ngày nhận đủ hồ sơ hợp lệ`: when the period starts, not how long.
        if let tail = words.range(of: "kể từ") {
            words = String(words[..<tail.lowerBound])
            while let last = words.last, " (,-:".contains(last) { words.removeLast() }
        }
        // A sentence's full stop after the unit (`10 ngày làm việc.`), not a
        // number's (`5.`).
        if words.hasSuffix("."), let before = words.dropLast().last, before.isLetter { words.removeLast() }
        if words.hasPrefix("không quá ") { words.removeFirst("không quá ".count) }
        if sameDayWords.contains(words) {
            return .success(DurationReading(amount: 1, unit: .sameDay))
        }
        guard let (amount, rest) = number(words) else { return .failure(.unreadable) }
        let unitWords = FormWords.normalize(String(rest))
        guard let unit = units[unitWords] else {
            return .failure(.unknownUnit(unitWords, suggestion: FormWords.suggestion(for: unitWords, in: suggestions)))
        }
        return .success(DurationReading(amount: amount, unit: unit))
    }

    /// The leading number of `words` (a sign, digits, and a decimal point or
    /// comma with digits after it) and what follows; nil when there is none,
    /// or when more digits or separators follow (`1.000,5`, `3-4`).
    static func number(_ words: String) -> (Double, Substring)? {
        var index = words.startIndex
        var text = ""
        if let first = words.first, first == "-" || first == "+" {
            text.append(first)
            index = words.index(after: index)
        }
        var digits = 0
        var separated = false
        while index < words.endIndex {
            let character = words[index]
            if character.isASCII && character.isNumber {
                digits += 1
                text.append(character)
            } else if (character == "." || character == ","), !separated, digits > 0 {
                let next = words.index(after: index)
                guard next < words.endIndex, words[next].isASCII, words[next].isNumber else { break }
                separated = true
                text.append(".")
            } else {
                break
            }
            index = words.index(after: index)
        }
        guard digits > 0, let amount = Double(text), amount.isFinite else { return nil }
        let rest = words[index...]
        if let next = rest.first, next.isNumber || next == "." || next == "," || next == "-" || next == "+" { return nil }
        return (amount, rest)
    }
}
