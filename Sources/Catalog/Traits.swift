/// The traits one procedure sets, by name, in the order written. A procedure
/// sets a handful, so a list beats a dictionary in time (no hashing) and in
/// the memory of a national catalog.
public struct Traits: Sendable {
    /// The procedure's entries are `list[start..<end]`. A decoder may hand
    /// the procedures of one file one list, each its own part (`sharing`):
    /// a list of its own costs a procedure some fifty bytes of header and
    /// allocation besides its entries. Changing traits makes a list of the
    /// procedure's own. Nil for none: not one shared empty list, whose
    /// reference count every procedure of every thread would touch.
    private var shared: Shared?
    private var start: Int32 = 0
    private var end: Int32 = 0

    /// In a class, so that a procedure holds its list in one word.
    private final class Shared: Sendable {
        let list: TraitList
        init(_ list: TraitList) { self.list = list }
    }

    public init() {}

    /// Entries `range` of `list`, shared with whoever else holds it.
    public init(sharing list: TraitList, _ range: Range<Int>) {
        self.init(Shared(list), range)
    }

    private init(_ shared: Shared, _ range: Range<Int>) {
        self.shared = shared
        start = Int32(range.lowerBound)
        end = Int32(range.upperBound)
    }

    /// The traits of a file's procedures, each its part of one list shared by all.
    public static func sharing(_ list: TraitList, _ ranges: [Range<Int>]) -> [Traits] {
        let shared = Shared(list)
        return ranges.map { Traits(shared, $0) }
    }

    private var range: Range<Int> { Int(start)..<Int(end) }

    /// The entries, in order.
    private var entries: [(name: String, value: Located<TraitValue>)] {
        guard let shared else { return [] }
        return range.map { (shared.list.name(at: $0), shared.list.value(at: $0)) }
    }

    public subscript(name: String) -> Located<TraitValue>? {
        get {
            // Read through the class, not a copy of its list (four arrays).
            guard let shared else { return nil }
            return shared.list.index(of: name, in: range).map(shared.list.value(at:))
        }
        set {
            var list = TraitList()
            var replaced = false
            for entry in entries {
                if entry.name != name {
                    list.append(entry.name, entry.value)
                } else if let newValue, !replaced {
                    list.append(name, newValue)
                    replaced = true
                }
            }
            if let newValue, !replaced { list.append(name, newValue) }
            self = Traits(Shared(list.sizedCopy()), 0..<list.count)
        }
    }

    public var names: [String] { entries.map(\.name) }
    public var isEmpty: Bool { start == end }
}

extension Traits: CustomReflectable {
    /// The procedure's entries, not how they are packed or shared: a dump
    /// shows what the file sets, the same whichever decoder read it.
    public var customMirror: Mirror {
        Mirror(self, children: entries.map { (label: $0.name, value: $0.value as Any) }, displayStyle: .struct)
    }
}
