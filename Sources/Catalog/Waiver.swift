import Vocabulary

/// An accepted exception to one rule for one procedure.
public struct Waiver: Sendable {
    public var rule: Located<String>
    public var reason: Located<String>
    public var until: Located<LocalDate>?
    public var mark: Mark

    /// In force on `date`: no `until`, or `until` not yet passed.
    public func isInForce(on date: LocalDate) -> Bool {
        until.map { date <= $0.value } ?? true
    }
}
