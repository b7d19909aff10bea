extension Array {
    /// A copy with room for its elements and no more: an array grown by
    /// appending keeps up to half its room empty, and a national catalog
    /// keeps tens of thousands of these lists.
    public func sizedCopy() -> [Element] {
        var copy: [Element] = []
        copy.reserveCapacity(count)
        copy.append(contentsOf: self)
        return copy
    }
}
