import Dispatch

/// Work spread over threads whose results join in input order, so that output
/// is the same bytes whatever the number of threads.
public enum Parallel {
    /// `transform` of every item, on up to `jobs` threads, in the order of `items`.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = min(max(jobs, 1), items.count)
        guard workers > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: items.count, by: workers) {
                slots.store(transform(items[index]), at: index)
            }
        }
        return slots.values()
    }
}

/// Fixed slots that the workers fill, each index by exactly one worker, so the
/// results join without a lock.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [Value] {
        storage.map { $0! }
    }
}
