/// A list built by appending, then handed over as an array of exactly its
/// size, its elements moved rather than copied: a procedure copied is a
/// dozen reference counts, and an array grown by doubling keeps up to half
/// of its room empty for as long as the catalog is held.
struct MovingList<Element>: ~Copyable {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 16
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    mutating func append(_ element: consuming Element) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = larger
            capacity *= 2
        }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// The elements, moved into an array of their count; the list is left empty.
    mutating func take() -> [Element] {
        let moved = count
        count = 0
        return [Element](unsafeUninitializedCapacity: moved) { buffer, initialized in
            buffer.baseAddress?.moveInitialize(from: storage, count: moved)
            initialized = moved
        }
    }
}
