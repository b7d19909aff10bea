/// The traits one procedure sets, by name, in the order written. A procedure
/// sets a handful, so a list beats a dictionary in time (no hashing) and in
/// the memory of a national catalog.
public struct Traits: Sendable {
    public private(set) var entries: [(name: String, value: Located<TraitValue>)] = []

    public init() {}

    /// Room for `capacity` traits, so the list a procedure keeps is no larger.
    public init(capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    public subscript(name: String) -> Located<TraitValue>? {
        get { entries.first { $0.name == name }?.value }
        set {
            let index = entries.firstIndex { $0.name == name }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append((name, value))
            case (nil, nil): break
            }
        }
    }

    public var names: [String] { entries.map(\.name) }
    public var isEmpty: Bool { entries.isEmpty }
}
