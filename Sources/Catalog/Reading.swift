/// A value read from a form that people type, and whether it was written the
/// canonical way (SPEC §3) or in one of the forms `tthc fix` rewrites (§8.3).
public struct Reading<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    /// The text `fix` writes instead; nil when the text is already canonical.
    public var canonicalText: String?

    public init(_ value: Value, canonicalText: String? = nil) {
        self.value = value
        self.canonicalText = canonicalText
    }

    public var isCanonical: Bool { canonicalText == nil }
}
