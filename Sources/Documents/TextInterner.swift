import Synchronization
import YAMLTree

/// Texts that many files repeat — a national procedure's name and its legal
/// basis, given again in every province's catalog — kept once for the whole
/// run, for the threads that decode to share behind a lock. A text is found
/// by its bytes, so one read again is neither copied nor checked again (nor
/// hashed as Swift hashes text, normalizing it first): seventy thousand
/// names of the benchmark's national catalog are some four thousand texts,
/// ten megabytes less.
public final class TextInterner: Sendable {
    private let table = Mutex(Table())

    public init() {}

    /// The kept text whose UTF-8 is `bytes`, if any.
    public func find(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let hash = Self.hash(bytes)
        return table.withLock { $0.find(bytes, hash: hash) }
    }

    /// `text` kept, or the text of the same bytes kept before.
    public func keep(_ text: String) -> String {
        var text = text
        let hash = text.withUTF8(Self.hash)
        return table.withLock { $0.keep(text, hash: hash) }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }

    /// Open addressing: each slot is a text's place in `texts`, or -1.
    private struct Table {
        var slots = [Int32](repeating: -1, count: 256)
        var texts: [String] = []
        var hashes: [Int] = []

        func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> String? {
            var index = hash & (slots.count - 1)
            while slots[index] >= 0 {
                let place = Int(slots[index])
                if hashes[place] == hash, ScalarBytes.same(bytes, texts[place]) { return texts[place] }
                index = (index + 1) & (slots.count - 1)
            }
            return nil
        }

        mutating func keep(_ text: String, hash: Int) -> String {
            var index = hash & (slots.count - 1)
            while slots[index] >= 0 {
                let place = Int(slots[index])
                if hashes[place] == hash, texts[place].utf8.elementsEqual(text.utf8) { return texts[place] }
                index = (index + 1) & (slots.count - 1)
            }
            // A full table (two billion texts) keeps no more.
            guard texts.count < Int(Int32.max) else { return text }
            slots[index] = Int32(texts.count)
            texts.append(text)
            hashes.append(hash)
            if 4 * texts.count > 3 * slots.count { grow() }
            return text
        }

        private mutating func grow() {
            slots = [Int32](repeating: -1, count: 2 * slots.count)
            for (place, hash) in hashes.enumerated() {
                var index = hash & (slots.count - 1)
                while slots[index] >= 0 { index = (index + 1) & (slots.count - 1) }
                slots[index] = Int32(place)
            }
        }
    }
}
