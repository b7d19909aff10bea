/// The last few values kept, most recent first: what a file repeats from one
/// entry to the next (a list of legal bases) is found by a short scan,
/// before anything is made or hashed.
struct MostRecent<Element> {
    private var elements: [Element] = []
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The first kept value that `matches`, moved to the front.
    mutating func find(where matches: (Element) -> Bool) -> Element? {
        guard let index = elements.firstIndex(where: matches) else { return nil }
        let found = elements[index]
        if index > 0 {
            elements.remove(at: index)
            elements.insert(found, at: 0)
        }
        return found
    }

    /// Keeps `element` in front, dropping the oldest past the capacity.
    mutating func remember(_ element: Element) {
        elements.insert(element, at: 0)
        if elements.count > capacity { elements.removeLast() }
    }
}
