/// Where each key was first seen, as a (file, row) pair in an open-addressing
/// table: eight bytes a slot, where a `[String: (file, mark)]` dictionary
/// took thirty-two — four of a national catalog's megabytes, held while the
/// rules run beside it. The keys stay where they are; `key` reads one back to
/// tell two apart whose hashes meet (equal as Swift compares text, as the
/// dictionary's keys were). A row is kept in 32 bits.
struct FirstOccurrences {
    /// `(file + 1) << 32 | row`; 0 is an empty slot.
    private var slots: [UInt64]
    private let mask: Int

    /// Room for `count` keys at most three quarters full, so probes stay short.
    init(capacity count: Int) {
        var size = 16
        while 3 * size < 4 * count { size *= 2 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The place `key` was first seen, or nil after recording `file`/`row`
    /// as its first place.
    mutating func first(
        of key: String, file: Int, row: Int, key keyAt: (_ file: Int, _ row: Int) -> String
    ) -> (file: Int, row: Int)? {
        var index = key.hashValue & mask
        while true {
            let slot = slots[index]
            if slot == 0 {
                slots[index] = UInt64(file + 1) << 32 | UInt64(row)
                return nil
            }
            let seen = (file: Int(slot >> 32) - 1, row: Int(slot & 0xFFFF_FFFF))
            if keyAt(seen.file, seen.row) == key { return seen }
            index = (index + 1) & mask
        }
    }
}
