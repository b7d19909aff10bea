import Vocabulary

/// How well the rule tests exercise the rules of rules/ (SPEC §11, `tthc test
/// --coverage`): per rule, how many tests made it fire, how many saw it hold,
/// and how many reach it at all. The built-in checks are not listed: they are
/// tested with the tool, not with the pack.
public struct RuleCoverage: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        /// Tests in which the rule gave a compared finding.
        public var fired: Int
        /// Tests in which its `assert` was true on some item.
        public var held: Int
        /// Tests that reach it: it is in force on their date and they compare its findings.
        public var tests: Int

        public init(id: String, fired: Int, held: Int, tests: Int) {
            self.id = id
            self.fired = fired
            self.held = held
            self.tests = tests
        }

        /// Some test shows it both failing and passing: what `--min-coverage` counts.
        public var isCovered: Bool { fired > 0 && held > 0 }
    }

    /// The rules in the order rules/ lists them.
    public var rules: [Entry]

    public init(rules: [Entry]) {
        self.rules = rules
    }

    /// The rules listed are those in force on the date of some test, or on
    /// `defaultDate` (the run's date, which a test without `as_of` takes).
    /// A rule in force on none of them cannot be reached by these tests and
    /// is not in force for the run either, so it is left out rather than
    /// called untested.
    public init(_ results: [RuleTestResult], rules: [RuleDefinition], defaultDate: LocalDate) {
        let dates = Set(results.map { $0.test.asOf ?? defaultDate }).union([defaultDate])
        let reaches = results.compactMap(\.reach)
        self.rules = rules.filter { rule in dates.contains { rule.isInForce(on: $0) } }.map { rule in
            let id = rule.id.value
            return Entry(
                id: id, fired: reaches.count { $0.fired.contains(id) }, held: reaches.count { $0.held.contains(id) },
                tests: reaches.count { $0.reached.contains(id) })
        }
    }

    /// How many rules fire and hold in some test.
    public var covered: Int { rules.count { $0.isCovered } }

    /// The share of rules covered, in percent rounded down to a tenth, so a
    /// shortfall never reads as the minimum met (1999 of 2000 is 99.9, not
    /// 100); 100 when there is no rule.
    public var percent: Double {
        Double(rules.isEmpty ? 1000 : covered * 1000 / rules.count) / 10
    }

    /// Whether at least `minimum` percent of the rules are covered, compared
    /// in whole numbers so that 2 of 3 is below 67 and 3 of 3 meets 100.
    public func meets(_ minimum: Int) -> Bool {
        covered * 100 >= minimum * rules.count
    }
}
