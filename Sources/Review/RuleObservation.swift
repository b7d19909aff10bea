import Vocabulary

/// Which rules of rules/, over one check, fired and which held: what `tthc
/// test --coverage` (SPEC §11) needs and a finding list cannot say, since a
/// rule that holds leaves no trace. Only the rule tests ask for it; `check`
/// does not, and then the engine records nothing.
public struct RuleObservation: Sendable, Equatable {
    /// Rules that gave a finding on some item, after waivers (a waived
    /// failure is no finding).
    public private(set) var fired: Set<String> = []
    /// Rules that gave a `rule-error` on some item: apart from `fired`, since
    /// a test compares those findings under the id `rule-error`.
    public private(set) var erred: Set<String> = []
    /// Rules whose `assert` was evaluated and true on some item; a `when`
    /// false everywhere is no hold.
    public private(set) var held: Set<String> = []

    public init() {}

    /// One rule's outcome on one item and the findings it left there.
    mutating func record(_ rule: String, _ outcome: RuleOutcome, reported: [Finding]) {
        if case .holds = outcome { held.insert(rule) }
        for finding in reported {
            if finding.rule == rule { fired.insert(rule) } else { erred.insert(rule) }
        }
    }

    /// What another part of the same check observed (another thread's work).
    mutating func merge(_ other: RuleObservation) {
        fired.formUnion(other.fired)
        erred.formUnion(other.erred)
        held.formUnion(other.held)
    }
}
