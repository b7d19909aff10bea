/// Bytes from outside (file names, git's standard error) made into text that
/// can be printed on one line: nothing is dropped, nothing is written raw.
enum ByteText {
    /// A file name as text: itself when it is UTF-8; otherwise every byte that
    /// is not part of a UTF-8 character is written `\xFF`, and a backslash
    /// `\\`, so that the escaped name cannot be mistaken for a real one.
    static func name(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var result = ""
        forEachPart(of: bytes) { part in
            switch part {
            case .scalar(let scalar): result += scalar == "\\" ? "\\\\" : String(scalar)
            case .invalid(let byte): result += hex(byte)
            }
        }
        return result
    }

    /// Text for one line of an error message: invalid bytes `\xFF`; control
    /// characters, bidirectional controls and line separators `\u{1B}`; line
    /// breaks end a line, and the lines are joined with `; `.
    static func line(_ bytes: [UInt8]) -> String {
        var lines: [String] = []
        var current = ""
        forEachPart(of: bytes) { part in
            switch part {
            case .invalid(let byte): current += hex(byte)
            case .scalar(let scalar) where scalar == "\n" || scalar == "\r":
                let trimmed = current.trimmingSpaces
                if !trimmed.isEmpty { lines.append(trimmed) }
                current = ""
            case .scalar(let scalar) where isUnsafe(scalar):
                current += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            case .scalar(let scalar): current.unicodeScalars.append(scalar)
            }
        }
        let trimmed = current.trimmingSpaces
        if !trimmed.isEmpty { lines.append(trimmed) }
        return lines.joined(separator: "; ")
    }

    private enum Part {
        case scalar(Unicode.Scalar)
        case invalid(UInt8)
    }

    private static func forEachPart(of bytes: [UInt8], _ body: (Part) -> Void) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                body(.scalar(Unicode.UTF8.decode(encoded)))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<min(offset + length, bytes.count)] { body(.invalid(byte)) }
                offset += length
            case .emptyInput:
                return
            }
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "\\x" + (digits.count == 1 ? "0" + digits : digits)
    }

    /// C0 and C1 controls, DEL, bidirectional overrides and isolates, and the
    /// line and paragraph separators: what could rewrite or forge a line.
    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0B...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }
}
