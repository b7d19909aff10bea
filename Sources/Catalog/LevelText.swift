/// Reads a procedure's `level`: `province`, `district`, `commune` as SPEC §3
/// writes them, and the Vietnamese words of §8.3 (`tỉnh`, `cấp tỉnh`, …; any
/// case, NFC or not, spaces free), which `fix` rewrites to the English word.
public enum LevelText {
    /// The Vietnamese forms, normalized as `FormWords` does.
    public static let vietnamese: [String: Level] = [
        "tỉnh": .province, "cấp tỉnh": .province,
        "huyện": .district, "cấp huyện": .district,
        "xã": .commune, "cấp xã": .commune,
    ]

    /// What a near miss is compared with: the canonical words and the
    /// Vietnamese ones.
    static let candidates = Level.allCases.map(\.rawValue) + ["tỉnh", "cấp tỉnh", "huyện", "cấp huyện", "xã", "cấp xã"]

    public static func read(_ text: String) -> Result<Reading<Level>, LevelTextError> {
        if let level = Level(rawValue: text) { return .success(Reading(level)) }
        let words = FormWords.normalize(text)
        if let level = vietnamese[words] { return .success(Reading(level, canonicalText: level.rawValue)) }
        return .failure(.unknown(suggestion: FormWords.suggestion(for: text, in: candidates)))
    }
}

/// Why a level could not be read.
public enum LevelTextError: Error, Sendable, Equatable {
    /// Not a level; `suggestion` is the word probably meant (`Province` →
    /// `province`, `tinh` → `tỉnh`), if any is close.
    case unknown(suggestion: String?)
}
