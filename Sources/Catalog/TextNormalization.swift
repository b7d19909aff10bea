import Foundation

/// Unicode NFC for text read from files: Vietnamese pasted from office
/// documents is often decomposed (NFD), and must compare and print as composed.
public enum TextNormalization {
    public static func nfc(_ text: String) -> String {
        needsNormalization(text) ? text.precomposedStringWithCanonicalMapping : text
    }

    /// A quick check in the spirit of Unicode's NFC_QC: text without combining
    /// marks, composition exclusions or conjoining jamo is already NFC, so the
    /// common case (ASCII, composed Vietnamese) skips the full normalization.
    static func needsNormalization(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value >= 0x300 {
            // Composed Vietnamese letters (Latin Extended Additional) and
            // general punctuation (dashes, quotes) are stable under NFC.
            if (0x1E00...0x1EFF).contains(scalar.value) || (0x2000...0x206F).contains(scalar.value) { continue }
            let properties = scalar.properties
            if properties.canonicalCombiningClass.rawValue != 0
                || properties.isFullCompositionExclusion
                || properties.generalCategory == .spacingMark
                || (0x1161...0x11C2).contains(scalar.value)
            {
                return true
            }
        }
        return false
    }
}
