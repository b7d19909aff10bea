/// A scalar's bytes, read in place from the parser or the tree, compared with text.
enum ScalarBytes {
    /// Whether `bytes` are `text`'s UTF-8, compared in place (an iterator
    /// over the string's bytes costs ten times as much).
    static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        let compared = text.utf8.withContiguousStorageIfAvailable { other -> Bool in
            for index in 0..<other.count where other[index] != bytes[index] { return false }
            return true
        }
        return compared ?? bytes.elementsEqual(text.utf8)
    }
}
