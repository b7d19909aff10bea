import Catalog
import RuleLanguage
import Vocabulary
import YAMLTree

/// A rule as written under `rules:` (SPEC §4.3), before its expressions are
/// compiled. Expressions keep their nodes so an error inside one can be mapped
/// back to a line and column of the YAML file.
public struct RuleDefinition: Sendable {
    public enum Scope: String, CaseIterable, Sendable {
        case procedure, sector, catalog
    }

    /// One `let:` entry: a name and its expression.
    public struct Let: Sendable {
        public var name: Located<String>
        public var node: Node
    }

    /// One `params:` entry (SPEC §10), read as `params.NAME`.
    public struct Parameter: Sendable {
        public var name: Located<String>
        public var value: Value
    }

    /// A file the rule's parts are written in, to place errors inside them.
    public struct Origin: Sendable {
        public var file: String
        public var text: String
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
    public var when: Node?
    public var assert: Node
    /// The message nodes by language (`en`, `vi`); a plain string is stored under "".
    public var message: [String: Node]
    /// Where `message` is written, when an override replaced it.
    public var messageOrigin: Origin?
    public var params: [Parameter] = []
    /// What `overrides:` changed, in the order applied.
    public var changes: [Change] = []
    /// The override that disabled the rule, if one did.
    public var disabledBy: Location?
    public var basis: String?
    public var effective: DatePeriod
    public var description: String?
    public var file: String
    /// The text of `file`, to place errors inside expressions.
    public var fileText: String

    /// The text of an expression or message node, NFC like all text read.
    public static func text(of node: Node) -> String {
        TextNormalization.nfc(node.scalar ?? "")
    }

    /// In its period and not disabled by an override.
    public func isInForce(on date: LocalDate) -> Bool { disabledBy == nil && effective.contains(date) }
}
