import Catalog
import RuleLanguage
import Vocabulary

/// A rule as written under `rules:` (SPEC §4.3), before its expressions are
/// compiled. Expressions keep the place of each character, so an error
/// inside one is reported at its line and column of the YAML file.
public struct RuleDefinition: Sendable {
    public enum Scope: String, CaseIterable, Sendable {
        case procedure, sector, catalog
    }

    /// One `let:` entry: a name and its expression.
    public struct Let: Sendable {
        public var name: Located<String>
        public var expression: LocatedText

        public init(name: Located<String>, expression: LocatedText) {
            self.name = name
            self.expression = expression
        }
    }

    /// One `params:` entry (SPEC §10), read as `params.NAME`.
    public struct Parameter: Sendable {
        public var name: Located<String>
        public var value: Value

        public init(name: Located<String>, value: Value) {
            self.name = name
            self.value = value
        }
    }

    /// A field an override changed, and where.
    public struct Change: Sendable, Equatable {
        /// `severity`, `params.NAME`, `effective`, `basis`, `message` or `disabled`.
        public var field: String
        public var location: Location
    }

    public var id: Located<String>
    public var scope: Scope
    public var severity: Severity
    /// The `let:` names in the order written: each sees those before it.
    public var lets: [Let] = []
    public var when: LocatedText?
    public var assert: LocatedText
    /// The message templates by language (`en`, `vi`); a plain string is stored under "".
    public var message: [String: LocatedText]
    /// The file `message` is written in, when an override replaced it.
    public var messageFile: String?
    public var params: [Parameter] = []
    /// What `overrides:` changed, in the order applied.
    public var changes: [Change] = []
    /// The override that disabled the rule, if one did.
    public var disabledBy: Location?
    public var basis: String?
    public var effective: DatePeriod
    public var description: String?
    public var file: String

    public init(
        id: Located<String>, scope: Scope, severity: Severity, lets: [Let] = [], when: LocatedText?,
        assert: LocatedText, message: [String: LocatedText], params: [Parameter] = [], basis: String?,
        effective: DatePeriod, description: String?, file: String
    ) {
        self.id = id
        self.scope = scope
        self.severity = severity
        self.lets = lets
        self.when = when
        self.assert = assert
        self.message = message
        self.params = params
        self.basis = basis
        self.effective = effective
        self.description = description
        self.file = file
    }

    /// In its period and not disabled by an override.
    public func isInForce(on date: LocalDate) -> Bool { disabledBy == nil && effective.contains(date) }
}
