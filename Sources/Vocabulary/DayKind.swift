/// The two kinds of day a deadline is counted in; never added together silently.
public enum DayKind: String, Hashable, Sendable {
    case workingDays = "working days"
    case calendarDays = "calendar days"
}
