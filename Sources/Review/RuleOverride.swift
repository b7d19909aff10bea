import Catalog
import Vocabulary

/// One entry of `overrides:` (SPEC §10): a district's or a department's
/// change to a rule written elsewhere, without copying it. Each field it
/// sets keeps where it was written, to say so in `tthc rules` and to name
/// both files when two overrides set one field.
public struct RuleOverride: Sendable {
    public var rule: Located<String>
    public var severity: Located<Severity>?
    public var params: [RuleDefinition.Parameter] = []
    public var effective: Located<DatePeriod>?
    public var basis: Located<String>?
    public var message: Located<[String: LocatedText]>?
    public var disabled: Located<Bool>?
    public var file: String

    public init(rule: Located<String>, file: String) {
        self.rule = rule
        self.file = file
    }
}
