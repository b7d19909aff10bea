import Catalog
import Vocabulary

/// What `tthc suggest` found (SPEC §12): for each target asked for, the
/// figure before and after, and the changes that take it there. A value; the
/// reporters lay it out and the writer of Documents puts it into the files.
public struct SuggestedChanges: Sendable {
    /// One target of the plan the suggestion was asked to reach.
    public struct Outcome: Sendable, Equatable {
        public var target: SuggestionTarget
        /// The target's value in force.
        public var value: Double
        public var before: Double?
        public var after: Double?
        public var reached: Bool
        /// Why the target cannot be reached, when it cannot.
        public var obstacle: Obstacle?
    }

    /// What stands in the way of an unreachable target. Every figure is one
    /// the tool computed: the best value is that of `changes` applied.
    public enum Obstacle: Sendable, Equatable {
        /// Even every candidate at its deepest allowed cut falls short:
        /// `days` more days cut are needed, the candidates give `best`;
        /// `heldBack` when the rules kept some shallower than `maxRate`.
        case cutLimit(days: Double, best: Double?, maxRate: Double?, heldBack: Bool)
        /// `procedures` more entries on the 4-on-the-spot list are needed; the
        /// candidates the rules allow give `best`.
        case fewCandidates(procedures: Int, best: Double?)
        /// `--max-changes` allows `limit` changes, the target needs `needed`.
        case maxChanges(limit: Int, needed: Int, best: Double?)
        /// The rules refuse what would reach it (the rule that kept firing).
        case rulesRefuse(rule: String, best: Double?)
        /// The catalog has no procedure for the figure to measure.
        case noFigure
    }

    /// A value a change writes: a deadline, or the 4-on-the-spot mark.
    public enum FieldValue: Sendable, Equatable {
        case duration(Duration)
        case flag(Bool)
    }

    /// Why a change is proposed, for the table's last column.
    public enum Reason: Sendable, Equatable {
        /// A new proposed deadline cutting `legal` to the change's `after`.
        case newCut(legal: Duration)
        /// A proposed deadline made deeper.
        case deeperCut(legal: Duration)
        /// A candidate the rules allow on the 4-on-the-spot list.
        case onTheSpot(deadline: Duration)
    }

    /// A step whose days change with the procedure's deadline, so that the
    /// steps still add up to it.
    public struct StepChange: Sendable, Equatable {
        /// From 0, in the file's order.
        public var index: Int
        public var before: Duration
        public var after: Duration
    }

    /// One changed field of one procedure.
    public struct Change: Sendable, Equatable {
        public var file: String
        public var code: String
        public var name: String
        /// `deadline.proposed` or `four_on_spot`.
        public var field: String
        public var before: FieldValue?
        public var after: FieldValue
        public var reason: Reason
        public var steps: [StepChange]
        /// Dossiers a year, where recorded.
        public var dossiers: Int?
        /// Where the procedure is written.
        public var mark: Mark
    }

    /// A sector's declared total rewritten so that it still matches its rows.
    public struct DeclaredChange: Sendable, Equatable {
        public var file: String
        public var sector: String
        /// `procedures`, `legal_days`, `cut_days` or `rate`.
        public var field: String
        public var before: Double
        public var after: Double
    }

    public var outcomes: [Outcome]
    /// In catalog order: files by path, procedures in file order, deadline before the mark.
    public var changes: [Change]
    public var declared: [DeclaredChange]
    /// Citizen-days saved a year before and after, where dossiers are recorded.
    public var citizenDaysSaved: (before: Double, after: Double)?

    /// Every target asked for is reached (or already held).
    public var reached: Bool { outcomes.allSatisfy(\.reached) }

}

/// The catalog targets `tthc suggest` can draft for.
public enum SuggestionTarget: String, Sendable, CaseIterable {
    case reductionRate = "reduction_rate"
    case fourOnSpotShare = "four_on_spot_share"

    /// The field of a procedure that a change for this target writes.
    public var field: String {
        switch self {
        case .reductionRate: "deadline.proposed"
        case .fourOnSpotShare: "four_on_spot"
        }
    }
}
