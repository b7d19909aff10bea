/// Fixed slots that parallel workers fill, each its own index, so results join
/// in input order without a lock.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    /// Each index is written by exactly one worker.
    func store(_ value: Value, at index: Int) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [Value] {
        storage.map { $0! }
    }
}
