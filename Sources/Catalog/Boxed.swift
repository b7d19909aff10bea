/// Fields most values of a type leave empty, kept behind one reference: a
/// national catalog holds tens of thousands of procedures, and fields that
/// are nearly always absent would otherwise take their full size in each.
/// Immutable: a change makes a new box (changes are rare: `suggest`,
/// `import`), so copies of a value never share a change.
@usableFromInline final class Boxed<Fields: Sendable>: Sendable {
    @usableFromInline let fields: Fields

    @usableFromInline init(_ fields: Fields) {
        self.fields = fields
    }
}

/// What a boxed group of fields says about itself.
@usableFromInline protocol BoxedFields: Sendable {
    init()
    /// Nothing set: the value keeps no box at all.
    var isEmpty: Bool { get }
}

extension Optional {
    /// `box`'s fields changed by `change`, in a new box, or none when empty.
    @usableFromInline static func changing<Fields: BoxedFields>(_ box: Boxed<Fields>?, _ change: (inout Fields) -> Void)
        -> Boxed<Fields>? where Wrapped == Boxed<Fields>
    {
        var fields = box?.fields ?? Fields()
        change(&fields)
        return fields.isEmpty ? nil : Boxed(fields)
    }
}
