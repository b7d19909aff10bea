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
    public static func needsNormalization(_ text: String) -> Bool {
        // Bytes first: below 0xCC a lead byte encodes a scalar under U+0300, and
        // E1 B8-BB (U+1E00-1EFF) and E2 80 (U+2000-203F) lead stable blocks; only
        // text with another lead byte needs its scalars looked at.
        let suspect = text.utf8.withContiguousStorageIfAvailable(Self.mayNeedNormalization) ?? true
        guard suspect else { return false }
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

    private static func mayNeedNormalization(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte < 0xCC { continue }
            if index < bytes.count {
                let second = bytes[index]
                if byte == 0xE1 && (0xB8...0xBB).contains(second) || byte == 0xE2 && second == 0x80 { continue }
            }
            return true
        }
        return false
    }
}
