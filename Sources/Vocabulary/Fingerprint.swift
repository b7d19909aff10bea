/// A finding's stable identity (`check --format json` `fingerprint`, SARIF
/// `partialFingerprints`): it depends on the rule, the file relative to the
/// catalog or rules directory, the subject (procedure code, sector id, or plan
/// id for catalog rules) and, for built-in checks, the key path — never on the
/// message, the language, a number, the line or the column. Two findings that
/// would still share one get an ordinal, in report order, so that they differ.
public enum Fingerprint {
    /// Sets `fingerprint` on every finding of `findings` (already sorted).
    /// `relative` maps a path as reported to the path inside its directory.
    public static func assign(_ findings: inout [Finding], relative: (String) -> String, plan: String) {
        var seen: [String: Int] = [:]
        for index in findings.indices {
            let finding = findings[index]
            // A file's own findings (syntax, a schema finding outside any
            // sector) are about the file; a catalog rule's about the plan.
            let fileFinding = BuiltinRule(rawValue: finding.rule).map { $0 != .ruleError } ?? false
            let subject =
                finding.procedure.map { "procedure:\($0)" } ?? finding.sector.map { "sector:\($0)" }
                ?? (fileFinding ? "" : "plan:\(plan)")
            let base = [finding.rule, relative(finding.location.file), subject, finding.keyPath ?? ""]
                .joined(separator: "\u{1F}")
            let ordinal = seen[base, default: 0]
            seen[base] = ordinal + 1
            findings[index].fingerprint = hex(base + (ordinal == 0 ? "" : "\u{1F}\(ordinal)"))
        }
    }

    /// 128 bits of two FNV-1a hashes with different offsets, as 32 hex digits:
    /// stable across platforms and runs (Swift's `Hasher` is seeded per process).
    static func hex(_ text: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = b &+ (b >> 29)
        }
        return digits(a) + digits(b)
    }

    private static func digits(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
