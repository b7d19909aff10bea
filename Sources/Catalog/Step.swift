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

    // Each field's value and mark are kept apart, the marks side by side
    // and the one-byte values last: a `Located` of a one-byte enum is 12
    // bytes, 3 of them padding, and a step 80 bytes where these take 64 — a
    // megabyte of a national catalog's tens of thousands of steps.
    @usableFromInline var storedDays: Duration
    @usableFromInline var daysMark: Mark
    @usableFromInline var kindMark: Mark
    @usableFromInline var byMark: Mark
    @usableFromInline var levelMark: Mark
    @usableFromInline var channelMark: Mark
    /// Where the step's mapping starts.
    public var mark: Mark
    @usableFromInline var storedKind: Kind
    @usableFromInline var storedBy: Actor
    @usableFromInline var storedLevel: Level?
    @usableFromInline var storedChannel: Channel?

    public var step: Located<Kind> {
        @inlinable get { Located(storedKind, at: kindMark) }
        set { (storedKind, kindMark) = (newValue.value, newValue.mark) }
    }

    public var by: Located<Actor> {
        @inlinable get { Located(storedBy, at: byMark) }
        set { (storedBy, byMark) = (newValue.value, newValue.mark) }
    }

    public var days: Located<Duration> {
        @inlinable get { Located(storedDays, at: daysMark) }
        set { (storedDays, daysMark) = (newValue.value, newValue.mark) }
    }

    /// The level of government that does the step, where the catalog says.
    public var level: Located<Level>? {
        @inlinable get { storedLevel.map { Located($0, at: levelMark) } }
        set { (storedLevel, levelMark) = (newValue?.value, newValue?.mark ?? mark) }
    }

    public var channel: Located<Channel>? {
        @inlinable get { storedChannel.map { Located($0, at: channelMark) } }
        set { (storedChannel, channelMark) = (newValue?.value, newValue?.mark ?? mark) }
    }

    public init(
        step: Located<Kind>, by: Located<Actor>, days: Located<Duration>, level: Located<Level>? = nil,
        channel: Located<Channel>? = nil, mark: Mark
    ) {
        storedDays = days.value
        daysMark = days.mark
        storedKind = step.value
        kindMark = step.mark
        storedBy = by.value
        byMark = by.mark
        storedLevel = level?.value
        levelMark = level?.mark ?? mark
        storedChannel = channel?.value
        channelMark = channel?.mark ?? mark
        self.mark = mark
    }
}

extension Step: CustomReflectable {
    /// The fields as written, not how they are packed.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "step": step, "by": by, "days": days, "level": level as Any, "channel": channel as Any, "mark": mark,
            ],
            displayStyle: .struct)
    }
}
