import Vocabulary

/// The traits of one procedure or of all a file's procedures, packed: each
/// entry is its name's place among the list's names, its kind, its mark and
/// eight bytes of value (a bool, a number's bits, a text's place among the
/// list's texts) — 24 bytes where a `(String, Located<TraitValue>)` takes 48,
/// three megabytes of a national catalog's traits. `Traits` reads a part of one.
public struct TraitList: Sendable {
    private struct Packed: Sendable {
        var payload: UInt64
        var mark: Mark
        var name: UInt16
        var kind: UInt8
    }

    private var names: [String] = []
    /// The names' places, once there are more than a few (a catalog's
    /// procedures use a handful of names; a list of thousands is searched
    /// by hash, not one by one).
    private var places: [String: Int]?
    private var texts: [String] = []
    private var packed: [Packed] = []

    public init() {}

    public var count: Int { packed.count }

    /// Adds an entry; false (and nothing added) when the list already holds
    /// as many distinct names as an entry can refer to.
    @discardableResult
    public mutating func append(_ name: String, _ value: Located<TraitValue>) -> Bool {
        let index: Int
        if let known = place(of: name) {
            index = known
        } else {
            guard names.count <= Int(UInt16.max) else { return false }
            index = names.count
            names.append(name)
            if places != nil {
                places?[name] = index
            } else if names.count > 16 {
                places = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
            }
        }
        let (kind, payload): (UInt8, UInt64) =
            switch value.value {
            case .bool(let bool): (0, bool ? 1 : 0)
            case .number(let number): (1, number.bitPattern)
            case .string(let text): (2, UInt64(texts.count))
            }
        if case .string(let text) = value.value { texts.append(text) }
        packed.append(Packed(payload: payload, mark: value.mark, name: UInt16(index), kind: kind))
        return true
    }

    public func name(at index: Int) -> String {
        names[Int(packed[index].name)]
    }

    public func value(at index: Int) -> Located<TraitValue> {
        let entry = packed[index]
        let value: TraitValue =
            switch entry.kind {
            case 0: .bool(entry.payload != 0)
            case 1: .number(Double(bitPattern: entry.payload))
            default: .string(texts[Int(entry.payload)])
            }
        return Located(value, at: entry.mark)
    }

    /// The place of the entry named `name` among `range`, if any.
    public func index(of name: String, in range: Range<Int>) -> Int? {
        guard let known = place(of: name) else { return nil }
        return range.first { packed[$0].name == UInt16(known) }
    }

    private func place(of name: String) -> Int? {
        places.map { $0[name] } ?? names.firstIndex(of: name)
    }

    /// A copy whose lists have room for their elements and no more.
    public func sizedCopy() -> TraitList {
        var copy = TraitList()
        copy.names = names.sizedCopy()
        copy.texts = texts.sizedCopy()
        copy.packed = packed.sizedCopy()
        copy.places = places
        return copy
    }
}
