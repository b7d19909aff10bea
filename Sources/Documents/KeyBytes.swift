import Catalog

/// A mapping's keys as bytes, so that a key event is matched in place — by
/// its length, then its bytes — and read as its enumeration case, not as a
/// String compared with each key in turn.
struct KeyBytes<Key: CaseIterable & RawRepresentable & Sendable>: Sendable where Key.RawValue == String {
    private let keys: [Key]
    /// Every key's UTF-8, one after another; key `i` ends at `ends[i]`.
    private let bytes: [UInt8]
    private let ends: [Int]

    init() {
        keys = Array(Key.allCases)
        bytes = keys.flatMap { Array($0.rawValue.utf8) }
        ends = keys.reduce(into: []) { $0.append(($0.last ?? 0) + $1.rawValue.utf8.count) }
    }

    /// The key `text` is, and its place among the keys (for a set of seen keys).
    func key(_ text: UnsafeBufferPointer<UInt8>) -> (slot: Int, key: Key)? {
        var start = 0
        for slot in ends.indices {
            let end = ends[slot]
            if end - start == text.count, (0..<text.count).allSatisfy({ bytes[start + $0] == text[$0] }) {
                return (slot, keys[slot])
            }
            start = end
        }
        return nil
    }
}
