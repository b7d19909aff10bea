import Vocabulary

/// What libyaml's most common errors usually mean in a file typed by hand, read
/// from the lines around the error: libyaml names the parser state, not the
/// mistake ("could not find expected ':'" for `id:tu-phap`).
enum SyntaxHints {
    static func hint(problem: String, isScanner: Bool, at mark: Mark, in input: UnsafeBufferPointer<UInt8>) -> SyntaxMessage.Hint? {
        if problem == "found incompatible YAML document" { return .yamlVersion }
        if let offset = UTF8Validation.offset(of: mark, in: input), offset < input.count, input[offset] == 0x09 {
            return problem.contains("tab") ? nil : .tab
        }
        let here = line(mark.line, in: input)
        let above = mark.line > 1 ? line(mark.line - 1, in: input) : []
        switch problem {
        case "mapping values are not allowed in this context":
            // `name: a: b`: a second `: ` after the key's.
            if colonsFollowedBySpace(in: here) >= 2 { return .colonInPlainValue }
            if hasColonWithoutSpace(above) || hasColonWithoutSpace(here) { return .missingSpaceAfterColon }
            return .indentation
        case "could not find expected ':'":
            return hasColonWithoutSpace(here) || hasColonWithoutSpace(above) ? .missingSpaceAfterColon : nil
        case "did not find expected key", "did not find expected '-' indicator",
            "block sequence entries are not allowed in this context":
            return .indentation
        default:
            return nil
        }
    }

    /// The bytes of line `number` (1-based), without its line break.
    private static func line(_ number: Int, in input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard let start = UTF8Validation.offset(of: Mark(line: number, column: 1), in: input) else { return [] }
        var end = start
        while end < input.count, input[end] != 0x0A, input[end] != 0x0D { end += 1 }
        return Array(input[start..<end])
    }

    /// `: ` or a `:` at the end, outside quotes and before a comment.
    private static func colonsFollowedBySpace(in line: [UInt8]) -> Int {
        var count = 0
        var quote: UInt8?
        for (index, byte) in line.enumerated() {
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "#") where index > 0 && line[index - 1] == 0x20: return count
            case UInt8(ascii: ":") where index + 1 == line.count || line[index + 1] == 0x20: count += 1
            default: break
            }
        }
        return count
    }

    /// `key:value` at the start of a line (after indentation or `- `): a word,
    /// a colon, then no space.
    private static func hasColonWithoutSpace(_ line: [UInt8]) -> Bool {
        var index = 0
        while index < line.count, line[index] == 0x20 || line[index] == UInt8(ascii: "-") { index += 1 }
        let keyStart = index
        while index < line.count {
            let byte = line[index]
            let isKeyByte =
                (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == UInt8(ascii: "_")
            if !isKeyByte { break }
            index += 1
        }
        return index > keyStart && index + 1 < line.count && line[index] == UInt8(ascii: ":") && line[index + 1] != 0x20
    }
}
