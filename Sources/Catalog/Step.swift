import Vocabulary

/// One step of how a procedure's deadline is spent.
public struct Step: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case receive, appraise, approve, `return`, verify, consult, other
    }

    public enum Actor: String, CaseIterable, Sendable {
        case center, agency, external
    }

    public var step: Located<Kind>
    public var by: Located<Actor>
    public var days: Located<Duration>
    public var mark: Mark

    public init(step: Located<Kind>, by: Located<Actor>, days: Located<Duration>, mark: Mark) {
        self.step = step
        self.by = by
        self.days = days
        self.mark = mark
    }
}
