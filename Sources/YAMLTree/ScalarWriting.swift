/// How a text is written as a one-line YAML scalar token in each flow style,
/// and which styles can hold it so that libyaml reads back exactly that text
/// (and our loader the same kind of node: never a null, never a merge key).
public enum ScalarWriting {
    /// Whether `text` written bare reads back as itself, in block context or
    /// inside a flow collection. Conservative: a text it refuses is written
    /// quoted, which reads back the same.
    /// `text` as a YAML scalar in block context: bare where it can be, else in
    /// double quotes; `alwaysQuote` quotes it anyway (a code such as `1.10`
    /// would read the same bare, but staff read quotes as "this is text").
    public static func scalar(_ text: String, alwaysQuote: Bool = false, inFlowCollection: Bool = false) -> String {
        if alwaysQuote || !plainCanHold(text, inFlowCollection: inFlowCollection) {
            return String(decoding: doubleQuoted(text), as: UTF8.self)
        }
        return text
    }

    static func plainCanHold(_ text: String, inFlowCollection: Bool) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        // Texts our loader (not YAML) would read as something else.
        if ["~", "null", "Null", "NULL", "<<"].contains(text) { return false }
        if text.hasPrefix("---") || text.hasPrefix("...") { return false }
        if first == " " || last == " " { return false }
        switch first {
        case "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
            return false
        case "-":
            // `-5` is a plain scalar; `-` alone or `- x` is a list item.
            if scalars.count == 1 || scalars[1] == " " { return false }
        default:
            break
        }
        if last == ":" { return false }
        for (i, scalar) in scalars.enumerated() {
            guard isPrintable(scalar), !isLineBreak(scalar), scalar != "\t", !isInvisible(scalar) else { return false }
            switch scalar {
            case ":":
                if inFlowCollection || scalars[i + 1] == " " { return false }
            case "#":
                if scalars[i - 1] == " " { return false }
            case ",", "[", "]", "{", "}":
                if inFlowCollection { return false }
            default:
                break
            }
        }
        return true
    }

    /// Whether `text` fits between single quotes: on one line (a quoted line
    /// break would fold) and with nothing that needs an escape or hides.
    static func singleQuotedCanHold(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isPrintable($0) && !isLineBreak($0) && !isInvisible($0) }
    }

    static func plain(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func singleQuoted(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "'")]
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "'") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "'"))
        return bytes
    }

    /// Double quotes hold any text: what cannot be written raw, and what is
    /// invisible, is escaped, so the token stays on one line and shows what
    /// it holds.
    static func doubleQuoted(_ text: String) -> [UInt8] {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0B}": out += "\\v"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            case "\u{1B}": out += "\\e"
            case "\u{85}": out += "\\N"
            case "\u{A0}": out += "\\_"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            case "\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}":
                out += "\\u" + hex(scalar.value, width: 4)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return Array(out.utf8)
    }

    /// What libyaml's reader lets into a file at all (YAML's printable set,
    /// tab included).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Characters that print as nothing (or as a plain space): written raw they
    /// would hide in the file, so only double quotes, which escape them, hold them.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }

    /// The line breaks of YAML 1.1, which libyaml follows: LF, CR, NEL, LS, PS.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
