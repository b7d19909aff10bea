/// The deadlines of one procedure: set by law, in force today, proposed.
public struct Deadline: Sendable {
    // Stored fields run from the widest alignment down, so that the 4 bytes
    // `legal` ends with are not padding before the box (`Procedure` likewise).
    /// The current and proposed deadlines, which most procedures leave out,
    /// in one box (`Boxed`): some 60 bytes less in each of the others.
    @usableFromInline var given: Boxed<Given>?
    public var legal: Located<Duration>

    public var current: Located<Duration>? {
        @inlinable get { given?.fields.current }
        set { given = .changing(given) { $0.current = newValue } }
    }

    public var proposed: Located<Duration>? {
        @inlinable get { given?.fields.proposed }
        set { given = .changing(given) { $0.proposed = newValue } }
    }

    public init(legal: Located<Duration>, current: Located<Duration>?, proposed: Located<Duration>?) {
        self.legal = legal
        given = .changing(nil) {
            $0.current = current
            $0.proposed = proposed
        }
    }

    @usableFromInline struct Given: BoxedFields {
        @usableFromInline var current: Located<Duration>?
        @usableFromInline var proposed: Located<Duration>?

        @usableFromInline init() {}

        @usableFromInline var isEmpty: Bool { current == nil && proposed == nil }
    }

    /// The deadline that applies once the proposal is adopted: proposed, else
    /// current, else legal.
    @inlinable public var inForce: Duration {
        (proposed ?? current ?? legal).value
    }
}
