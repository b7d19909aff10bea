import Catalog

/// The proposed deadlines `tthc suggest` may give one procedure: from the
/// shallowest cut the plan asks for to the deepest the rules allow, on a grid
/// of half days, in the kind of day of its legal deadline (SPEC §12).
struct ProposalRange: Sendable, Equatable {
    /// The longest proposed deadline (the least cut), in days.
    var longest: Double
    /// The shortest (the deepest cut), in days.
    var shortest: Double

    /// What bounds the proposals, from the plan and the rules in force.
    struct Limits: Sendable {
        /// The rate a new proposal cuts at least, rounded up to whole days.
        var depth: Double
        /// The deepest cut allowed (`cut-depth`'s `max_rate`); nil: down to half a day.
        var maxRate: Double?
        /// Only legal deadlines of at least this many days (`cut_scope_min_days`).
        var minDays: Double?
    }

    /// The range for `procedure`, or nil when none is possible: out of the
    /// plan's scope, no room between the two ends, a deadline written in
    /// another kind of day than the legal one, or steps that do not add up
    /// to the deadline in force now (the drafter's to settle first).
    init?(_ procedure: Procedure, limits: Limits) {
        let deadline = procedure.deadline
        let legal = deadline.legal.value
        let kind = legal.kind
        guard legal.days > 0, limits.minDays.map({ legal.days >= $0 - 1e-9 }) ?? true,
            deadline.current.map({ $0.value.kind == kind }) ?? true,
            deadline.proposed.map({ $0.value.kind == kind }) ?? true
        else { return nil }
        let leastCut = max(1, (limits.depth * legal.days - 1e-9).rounded(.up))
        var longest = Self.halfDaysDown(legal.days - leastCut)
        if let current = deadline.current?.value.days { longest = min(longest, Self.halfDaysDown(current)) }
        // A deeper proposal is at least half a day below the one written.
        if let proposed = deadline.proposed?.value.days { longest = min(longest, Self.halfDaysUp(proposed) - 0.5) }
        var shortest = 0.5
        if let maxRate = limits.maxRate { shortest = max(shortest, Self.halfDaysUp(legal.days * (1 - maxRate))) }
        if let steps = procedure.steps {
            guard let floor = StepShrinking.floor(steps, deadline: deadline.inForce, kind: kind) else { return nil }
            shortest = max(shortest, Self.halfDaysUp(floor))
        }
        guard shortest <= longest else { return nil }
        self.longest = longest
        self.shortest = shortest
    }

    /// The half days of the range, deepest cut first.
    var proposals: [Double] {
        stride(from: shortest, through: longest + 1e-9, by: 0.5).map { $0 }
    }

    static func halfDaysDown(_ days: Double) -> Double { (days * 2 + 1e-9).rounded(.down) / 2 }
    static func halfDaysUp(_ days: Double) -> Double { (days * 2 - 1e-9).rounded(.up) / 2 }
}

/// How a procedure's steps follow a shorter deadline: the steps done at the
/// center stay as they are (the citizen's time at the desk does not shrink),
/// the others give up half a day at a time, the longest first, and none goes
/// below half a day.
enum StepShrinking {
    /// The shortest deadline the steps allow; nil when they cannot follow
    /// (another kind of day, or they do not add up to the deadline now).
    static func floor(_ steps: [Step], deadline: Duration, kind: Duration.Kind) -> Double? {
        guard steps.allSatisfy({ $0.days.value.kind == kind }),
            abs(steps.reduce(0) { $0 + $1.days.value.days } - deadline.days) < 0.001
        else { return nil }
        return steps.reduce(0) { $0 + ($1.by.value == .center ? $1.days.value.days : 0.5) }
    }

    /// The steps' days for a deadline of `days`; nil below the floor.
    static func shrink(_ steps: [Step], to days: Double) -> [Double]? {
        var lengths = steps.map(\.days.value.days)
        var excess = lengths.reduce(0, +) - days
        while excess > 1e-9 {
            var longest: Int?
            for index in steps.indices where steps[index].by.value != .center && lengths[index] > 0.5 + 1e-9 {
                if longest.map({ lengths[index] > lengths[$0] + 1e-9 }) ?? true { longest = index }
            }
            guard let index = longest else { return nil }
            let taken = min(0.5, excess, lengths[index] - 0.5)
            lengths[index] -= taken
            excess -= taken
        }
        return lengths
    }
}
