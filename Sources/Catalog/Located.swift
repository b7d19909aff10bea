import Vocabulary

/// A decoded value and the place in its file it was read from, so that a
/// finding about the value can point at it.
public struct Located<Value> {
    public var value: Value
    public var mark: Mark

    public init(_ value: Value, at mark: Mark) {
        self.value = value
        self.mark = mark
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
