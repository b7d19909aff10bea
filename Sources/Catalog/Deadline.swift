/// The deadlines of one procedure: set by law, in force today, proposed.
public struct Deadline: Sendable {
    public var legal: Located<Duration>
    public var current: Located<Duration>?
    public var proposed: Located<Duration>?

    public init(legal: Located<Duration>, current: Located<Duration>?, proposed: Located<Duration>?) {
        self.legal = legal
        self.current = current
        self.proposed = proposed
    }

    /// The deadline that applies once the proposal is adopted: proposed, else
    /// current, else legal.
    public var inForce: Duration {
        (proposed ?? current ?? legal).value
    }
}
