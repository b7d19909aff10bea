/// Offsets in Unicode scalars into the expression's source text, half-open.
/// Scalars, not bytes or Characters, because the rule engine maps them back to
/// YAML columns, which libyaml counts in code points.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var lowerBound: Int
    public var upperBound: Int

    public init(lowerBound: Int, upperBound: Int) {
        self.lowerBound = lowerBound
        self.upperBound = max(lowerBound, upperBound)
    }

    /// The smallest range covering both.
    func union(_ other: SourceRange) -> SourceRange {
        SourceRange(lowerBound: min(lowerBound, other.lowerBound), upperBound: max(upperBound, other.upperBound))
    }

    /// An empty range at `offset`, for "expected … here" at the end of the text.
    static func empty(at offset: Int) -> SourceRange {
        SourceRange(lowerBound: offset, upperBound: offset)
    }

    public var description: String { "\(lowerBound)..<\(upperBound)" }
}
