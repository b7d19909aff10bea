import Catalog

/// The regular expressions of `tthc schema` for the values the catalog
/// decoder reads from text: ECMA-262 and Python alike (no flags, no
/// look-behind), built from the readers' own word lists so that a form the
/// readers gain is a form the schema accepts. Case is matched letter by
/// letter (`[Tt]`), as JSON Schema has no case-insensitive flag; text is
/// taken to be NFC, as editors write it.
enum SchemaPatterns {
    /// `NumberText.parse`: digits with at most one decimal point inside.
    static let number = "^[+-]?(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)$"

    /// Some character other than a space: the decoder reads blank text as empty.
    static let nonBlank = "\\S"

    /// `CatalogDecoder.isIdentifier` (Documents).
    static let identifier = "^[a-z0-9-]+$"

    /// `DateText`: `YYYY-MM-DD`, or day/month/year with one or two digits
    /// for the day and month; spaces around it.
    static let date =
        "^\\s*(?:[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
        + "|(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])/[0-9]{4})\\s*$"

    /// The Vietnamese words of `LevelText` (the English ones are an enum).
    static let level: String = {
        let words = LevelText.vietnamese.keys.sorted().map(caseless)
        return "^\\s*(?:" + words.joined(separator: "|") + ")\\s*$"
    }()

    /// `DurationText.read` of one duration greater than zero: an amount (a
    /// decimal point or comma; some digit not zero) and a unit of
    /// `DurationText.units`, or the same day; `Không quá` before, `kể từ …`
    /// after and a full stop after the unit, as the national database writes
    /// them. Not several channels (`Trực tiếp: …; Trực tuyến: …`): the decoder
    /// refuses those.
    static let duration: String = {
        let units = DurationText.units.keys.filter { !$0.isEmpty }.sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
        let amount = "\\+?(?=[0-9.,]*[1-9])(?:[0-9]+(?:[.,][0-9]+)?|\\.[0-9]+)"
        let unit = "(?:" + units.map(caseless).joined(separator: "|") + ")\\.?"
        let sameDay = "(?:" + DurationText.sameDayWords.map(caseless).joined(separator: "|") + ")\\.?"
        let since = "(?:[\\s(,:-]*" + caseless("kể từ") + ".*)?"
        return "^\\s*(?:" + caseless("không quá") + "\\s+)?(?:" + amount + "\\s*(?:" + unit + ")?|" + sameDay + ")"
            + since + "\\s*$"
    }()

    /// `words` matched in any case, with any run of spaces between them.
    static func caseless(_ words: String) -> String {
        var pattern = ""
        var space = false
        for character in words {
            if character == " " {
                if !space { pattern += "\\s+" }
                space = true
                continue
            }
            space = false
            let lower = String(character).lowercased()
            let upper = String(character).uppercased()
            if lower != upper, lower.count == 1, upper.count == 1 {
                pattern += "[" + lower + upper + "]"
            } else if "\\^$.|?*+()[]{}".contains(character) {
                pattern += "\\" + String(character)
            } else {
                pattern.append(character)
            }
        }
        return pattern
    }
}
