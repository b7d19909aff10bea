import Vocabulary

/// Finds where bytes stop being UTF-8, so the finding can point at the line and
/// column of the first bad byte rather than at the file.
enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a valid
    /// UTF-8 sequence (overlong forms, surrogates and values past U+10FFFF
    /// included), or nil when all of `bytes` is UTF-8.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight ASCII bytes at a time: most of a catalog is ASCII.
            if i + 8 <= n,
                UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i += 8
                continue
            }
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            let b1 = bytes[i + 1]
            guard b1 >= lower && b1 <= upper else { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    /// The mark of a byte offset, counted as libyaml counts its marks: columns
    /// in Unicode scalars; a leading byte-order mark not counted; LF, CR, CR LF,
    /// NEL (U+0085), LS (U+2028) and PS (U+2029) each ending a line.
    static func mark(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        var line = 1
        var column = 1
        let n = bytes.count
        let end = min(offset, n)
        var i = 0
        if end >= 3 { i = byteOrderMarkLength(bytes) }
        while i < end {
            let b = bytes[i]
            let breakLength = lineBreakLength(at: i, in: bytes)
            if breakLength > 0 {
                line += 1
                column = 1
                i += breakLength
                continue
            }
            if b & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return Mark(line: line, column: column)
    }

    /// 3 for a leading UTF-8 byte-order mark (libyaml does not count it), else 0.
    private static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The length in bytes of the line break at `i` (LF, CR, CR LF, NEL, LS,
    /// PS), or 0 when there is none.
    private static func lineBreakLength(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count
        switch bytes[i] {
        case 0x0A: return 1
        case 0x0D: return i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1
        case 0xC2 where i + 1 < n && bytes[i + 1] == 0x85: return 2
        case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9): return 3
        default: return 0
        }
    }

    /// The byte offset of the character at `target`, counted as `mark(ofOffset:in:)`
    /// counts, or nil when the bytes hold no such place.
    static func offset(of target: Mark, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var line = 1
        var column = 1
        let n = bytes.count
        var i = byteOrderMarkLength(bytes)
        while i < n && line <= target.line {
            if line == target.line && column == target.column { return i }
            let b = bytes[i]
            let breakLength = lineBreakLength(at: i, in: bytes)
            if breakLength > 0 {
                line += 1
                column = 1
                i += breakLength
                continue
            }
            column += 1
            i += b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        }
        return nil
    }

    /// UTF-16 and UTF-32 files (with or without a byte-order mark) are the usual
    /// way a non-UTF-8 file arrives; name them so the user knows what to re-save.
    static func looksLikeUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            return true
        }
        if bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0) { return true }
        return false
    }
}
