import Catalog
import Foundation

/// A sector's id made from its name as the database prints it: no
/// diacritics (`đ` as `d`), lower case, words joined by `-` —
/// `Tư pháp` → `tu-phap`, `Lao động – Thương binh và Xã hội` →
/// `lao-dong-thuong-binh-va-xa-hoi`.
public enum SectorID {
    public static func make(from name: String) -> String {
        let folded = FormWords.folded(name).replacingOccurrences(of: "đ", with: "d")
        var words: [String] = []
        var word = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "-")
    }
}
