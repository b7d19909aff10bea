import Vocabulary

/// What one rule test did to the rules of rules/ (SPEC §11, `--coverage`).
/// Only what the test compares counts: a rule it ignores, or leaves out of
/// its `only`, may fire there unseen, and that proves nothing about the rule.
public struct RuleTestReach: Sendable, Equatable {
    /// The rules in force on the test's date whose findings it compares.
    public var reached: Set<String>
    /// Those of them that gave a compared finding (or `rule-error`) on some item.
    public var fired: Set<String>
    /// Those of them whose `assert` was evaluated and true on some item.
    public var held: Set<String>

    public init(reached: Set<String>, fired: Set<String>, held: Set<String>) {
        self.reached = reached
        self.fired = fired
        self.held = held
    }

    /// The reach of `test`, given the rules in force on its date and what the
    /// engine observed: a `rule-error` counts as the rule firing only when
    /// the test compares `rule-error` findings too.
    init(_ test: RuleTest, inForce: [String], observed: RuleObservation) {
        let reached = Set(inForce.filter(test.compares))
        let errorsCompared = test.compares(BuiltinRule.ruleError.rawValue)
        self.init(
            reached: reached,
            fired: reached.filter { observed.fired.contains($0) || errorsCompared && observed.erred.contains($0) },
            held: reached.intersection(observed.held))
    }
}
