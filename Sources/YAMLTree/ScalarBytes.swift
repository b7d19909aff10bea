/// A scalar's bytes, read in place from the parser or a tree, compared with
/// text: the one place that says which bytes are which text, for the tree
/// (`NodeStore`) and for a reader of events alike.
public enum ScalarBytes {
    /// Whether `bytes` are `text`'s UTF-8, compared in place (an iterator
    /// over the string's bytes costs ten times as much).
    public static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        let compared = text.utf8.withContiguousStorageIfAvailable { other -> Bool in
            for index in 0..<other.count where other[index] != bytes[index] { return false }
            return true
        }
        return compared ?? bytes.elementsEqual(text.utf8)
    }

    /// Whether a plain scalar without a tag of these bytes is YAML's way of
    /// writing "no value": empty, `~` or `null`.
    public static func isNull(plain bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == UInt8(ascii: "~")
        case 4: return same(bytes, "null") || same(bytes, "Null") || same(bytes, "NULL")
        default: return false
        }
    }
}
