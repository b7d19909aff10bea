import Foundation
import Vocabulary

/// Text as the forms of SPEC §8.3 compare it: NFC, lower case, invisible
/// characters gone, every run of spaces (no-break ones too) one space, none at
/// the ends. `Cấp  Tỉnh`, `cấp tỉnh` and an NFD `cấp tỉnh` are one form.
public enum FormWords {
    public static func normalize(_ text: String) -> String {
        var words = ""
        var pendingSpace = false
        for scalar in TextNormalization.nfc(text).unicodeScalars {
            if InvisibleCharacters.isZeroWidth(scalar) { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !words.isEmpty
                continue
            }
            if pendingSpace { words.unicodeScalars.append(" ") }
            pendingSpace = false
            words.unicodeScalars.append(scalar)
        }
        return words.lowercased()
    }

    /// `normalize` without marks: `cap tinh` for `Cấp Tỉnh` (`đ` stays, as it
    /// is a letter of its own), to tell a near miss from a stranger.
    public static func folded(_ text: String) -> String {
        normalize(text).folding(options: .diacriticInsensitive, locale: nil)
    }

    /// The closest of `candidates` to a near miss: the one it equals without
    /// marks (`tinh` → `tỉnh`), else the closest by edit distance.
    static func suggestion(for text: String, in candidates: [String]) -> String? {
        let words = normalize(text)
        guard !words.isEmpty else { return nil }
        let bare = folded(words)
        if let same = candidates.first(where: { folded($0) == bare }) { return same }
        return Suggestion.closest(to: words, in: candidates)
    }
}
