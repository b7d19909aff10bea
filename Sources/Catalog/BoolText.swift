/// Reads a yes/no field. Only `true` and `false` are booleans (SPEC §3: no
/// YAML 1.1 guessing); for the words people write instead (`có`, `x`, `yes`,
/// `không`, `no`, `True`, …) the error names the boolean meant, which is what
/// `fix` writes.
public enum BoolText {
    static let meaning: [String: Bool] = [
        "true": true, "yes": true, "y": true, "on": true, "có": true, "co": true, "x": true, "✓": true, "✔": true,
        "đúng": true, "1": true,
        "false": false, "no": false, "n": false, "off": false, "không": false, "khong": false, "sai": false, "0": false,
    ]

    public static func read(_ text: String) -> Result<Bool, BoolTextError> {
        switch text {
        case "true": return .success(true)
        case "false": return .success(false)
        default: return .failure(.notABoolean(meant: meaning[FormWords.normalize(text)]))
        }
    }

    /// The canonical word for a boolean.
    public static func text(_ value: Bool) -> String { value ? "true" : "false" }
}

/// Why a boolean could not be read.
public enum BoolTextError: Error, Sendable, Equatable {
    /// Not `true` or `false`; `meant` is the boolean the word stands for
    /// (`có` → true, `không` → false), if it is one people use for it.
    case notABoolean(meant: Bool?)
}
