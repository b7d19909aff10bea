import Dispatch
import Synchronization

/// Work spread over threads whose results join in input order, so that output
/// is the same bytes whatever the number of threads.
public enum Parallel {
    /// `transform` of every item, on up to `jobs` threads, in the order of `items`.
    /// Each thread takes the next item not yet taken, so a slow item or a
    /// core busy with something else does not leave the other threads idle.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = min(max(jobs, 1), items.count)
        guard workers > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                slots.store(transform(items[index]), at: index)
            }
        }
        return slots.values()
    }
}

/// Fixed slots that the workers fill, each index by exactly one worker, so the
/// results join without a lock (`concurrentPerform` returning is the barrier).
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        storage[index] = value
    }

    func values() -> [Value] {
        storage.map { $0! }
    }
}
