import Catalog
import Vocabulary

/// One case of a rule test file (SPEC §7): an inline catalog and exactly the
/// findings it must give.
public struct RuleTest: Sendable {
    /// A finding as a test names it: rule, and the procedure or sector it is about.
    public struct Expectation: Hashable, Sendable, Comparable, CustomStringConvertible {
        public var rule: String
        public var procedure: String?
        public var sector: String?
        /// Text the finding's message holds, in the run's language (SPEC §11).
        public var messageContains: String?
        public var severity: Severity?

        public init(
            rule: String, procedure: String? = nil, sector: String? = nil, messageContains: String? = nil,
            severity: Severity? = nil
        ) {
            self.rule = rule
            self.procedure = procedure
            self.sector = sector
            self.messageContains = messageContains
            self.severity = severity
        }

        /// Whether `finding` is this expectation: same rule, and the same
        /// procedure, sector and severity where the expectation names them,
        /// its message (as `message` words it) holding the text given.
        public func matches(_ finding: Finding, message: (Message) -> String) -> Bool {
            finding.rule == rule && (procedure == nil || procedure == finding.procedure)
                && (sector == nil || sector == finding.sector) && (severity == nil || severity == finding.severity)
                && (messageContains.map { message(finding.message).contains($0) } ?? true)
        }

        /// How much the expectation pins down; the most specific are matched first.
        var specificity: Int {
            (procedure == nil ? 0 : 4) + (sector == nil ? 0 : 2) + (severity == nil && messageContains == nil ? 0 : 1)
        }

        public var description: String {
            if let procedure { return "\(rule) on procedure \(procedure)" }
            if let sector { return "\(rule) on sector \(sector)" }
            return "\(rule) on the catalog"
        }

        public static func < (lhs: Expectation, rhs: Expectation) -> Bool { lhs.description < rhs.description }
    }

    public var name: String
    public var file: String
    public var mark: Mark
    public var asOf: LocalDate?
    /// The inline catalog, each sector document decoded as if it were a file
    /// (by Documents, when the test was read).
    public var catalog: [CatalogFile]
    public var expect: [Expectation]
    public var ignore: Set<String>
    /// The rules the comparison covers (SPEC §11), the test's own else its
    /// file's; nil for all, so a rule added elsewhere does not break it.
    public var only: Set<String>?
    /// The plan this test measures against instead of the one in force
    /// (SPEC §11); its `effective` is not consulted, the test chose it.
    public var plan: Plan?
    /// Targets that replace the plan's for this test (SPEC §11).
    public var targets: [String: Target] = [:]
    /// Parameters of some rules for this test (SPEC §11), as overrides.
    public var params: [RuleOverride] = []
    /// Every rule id the test names, where it names it, to be checked against the rules.
    public var ruleReferences: [Located<String>] = []

    public init(
        name: String, file: String, mark: Mark, asOf: LocalDate?, catalog: [CatalogFile], expect: [Expectation],
        ignore: Set<String>, only: Set<String>?, plan: Plan?, targets: [String: Target] = [:], params: [RuleOverride] = [],
        ruleReferences: [Located<String>] = []
    ) {
        self.name = name
        self.file = file
        self.mark = mark
        self.asOf = asOf
        self.catalog = catalog
        self.expect = expect
        self.ignore = ignore
        self.only = only
        self.plan = plan
        self.targets = targets
        self.params = params
        self.ruleReferences = ruleReferences
    }

    /// Whether a finding of `rule` takes part in the comparison.
    public func compares(_ rule: String) -> Bool {
        !ignore.contains(rule) && (only?.contains(rule) ?? true)
    }

    /// The references to rules that neither the rules nor the built-in checks define.
    public func unknownRules(among known: Set<String>) -> [Finding] {
        ruleReferences.filter { !known.contains($0.value) }.map { id in
            Finding(
                .schema,
                message: .rules(.unknownRuleInTest(id.value, suggestion: Suggestion.closest(to: id.value, in: known.sorted()))),
                location: Location(file: file, mark: id.mark))
        }
    }
}
