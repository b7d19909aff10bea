import Vocabulary

/// One step of how a procedure's deadline is spent.
public struct Step: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case receive, appraise, approve, `return`, verify, consult, other
    }

    public enum Actor: String, CaseIterable, Sendable {
        case center, agency, external
    }

    /// How the applicant takes part in the step, where the catalog says.
    public enum Channel: String, CaseIterable, Sendable {
        case inPerson = "in_person"
        case online, post
    }

    public var step: Located<Kind>
    public var by: Located<Actor>
    public var days: Located<Duration>
    /// The level of government that does the step, where the catalog says.
    public var level: Located<Level>?
    public var channel: Located<Channel>?
    public var mark: Mark

    public init(
        step: Located<Kind>, by: Located<Actor>, days: Located<Duration>, level: Located<Level>? = nil,
        channel: Located<Channel>? = nil, mark: Mark
    ) {
        self.step = step
        self.by = by
        self.days = days
        self.level = level
        self.channel = channel
        self.mark = mark
    }
}
