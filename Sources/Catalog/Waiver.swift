import Vocabulary

/// An accepted exception to one rule for one procedure.
public struct Waiver: Sendable {
    public var rule: Located<String>
    public var reason: Located<String>
    public var until: Located<LocalDate>?
    public var mark: Mark

    public init(rule: Located<String>, reason: Located<String>, until: Located<LocalDate>?, mark: Mark) {
        self.rule = rule
        self.reason = reason
        self.until = until
        self.mark = mark
    }

    /// In force on `date`: no `until`, or `until` not yet passed.
    public func isInForce(on date: LocalDate) -> Bool {
        until.map { date <= $0.value } ?? true
    }
}
