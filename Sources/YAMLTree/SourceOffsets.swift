/// Turns libyaml's mark indices into byte offsets of the input.
///
/// libyaml 0.2.5 counts `mark.index` in Unicode scalars (a CR LF counts two, a
/// leading byte-order mark none), not in bytes, so a scalar of Vietnamese text
/// would otherwise point short of its bytes. Events come in source order, so a
/// cursor that walks from the last place asked for converts a whole file in one
/// pass over its bytes.
struct SourceOffsets {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var offset: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        offset = hasBOM ? 3 : 0
    }

    /// The byte offset of the Unicode scalar libyaml numbers `target`; the end
    /// of the input for an index past it.
    mutating func offset(ofIndex target: Int) -> Int {
        let n = bytes.count
        // `index` counts the scalars that start before `offset`. Eight bytes
        // at a time while eight more scalars are wanted (eight bytes never
        // start more than eight): the scalars starting in them are the bytes
        // that are not continuation bytes (10xxxxxx), counted with a mask, so
        // Vietnamese text goes as fast as ASCII.
        if let base = bytes.baseAddress {
            while target - index >= 8, offset + 8 <= n {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                let continuation = word & high & ~((word << 1) & high)
                index += 8 - continuation.nonzeroBitCount
                offset += 8
            }
        }
        // Then byte by byte, past continuation bytes, to the target's first byte.
        while offset < n {
            if bytes[offset] & 0xC0 == 0x80 {
                offset += 1
                continue
            }
            if index >= target { break }
            index += 1
            offset += 1
        }
        while index > target && offset > 0 {
            // Back over continuation bytes to the previous scalar's lead byte.
            offset -= 1
            while offset > 0 && bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
            index -= 1
        }
        return min(offset, n)
    }

    /// Where the scalar token starts when its event starts at `start` with an
    /// anchor or a tag before it (`&a !!str text`): past those properties and
    /// the spaces, line breaks and comments after them. Never past `end`.
    func tokenStart(from start: Int, to end: Int) -> Int {
        var at = start
        while at < end {
            switch bytes[at] {
            case UInt8(ascii: "&"), UInt8(ascii: "!"):
                while at < end && !Self.isSpaceOrBreak(bytes[at]) { at += 1 }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                at += 1
            case UInt8(ascii: "#"):
                while at < end && bytes[at] != UInt8(ascii: "\n") && bytes[at] != UInt8(ascii: "\r") { at += 1 }
            default:
                return at
            }
        }
        return end
    }

    private static func isSpaceOrBreak(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
