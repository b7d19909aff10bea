/// The deadlines of one procedure: set by law, in force today, proposed.
public struct Deadline: Sendable {
    public var legal: Located<Duration>
    public var current: Located<Duration>?
    public var proposed: Located<Duration>?

    /// The deadline that applies once the proposal is adopted: proposed, else
    /// current, else legal.
    public var inForce: Duration {
        (proposed ?? current ?? legal).value
    }
}
