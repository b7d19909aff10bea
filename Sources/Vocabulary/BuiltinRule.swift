/// The checks that are always on and not defined in rules/ (SPEC §4.6).
public enum BuiltinRule: String, CaseIterable, Sendable {
    case syntax
    case schema
    case duplicateKey = "duplicate-key"
    case duplicateCode = "duplicate-code"
    case duplicateSector = "duplicate-sector"
    case waiverUnknownRule = "waiver-unknown-rule"
    case waiverExpired = "waiver-expired"
    case waiverUnused = "waiver-unused"
    case ruleError = "rule-error"

    public var severity: Severity {
        switch self {
        case .waiverExpired: .warning
        case .waiverUnused: .info
        default: .error
        }
    }

    public var summary: String {
        switch self {
        case .syntax: "the file is not well-formed YAML or not UTF-8"
        case .schema: "missing or unknown key, wrong type, bad enum value, bad duration, undeclared trait"
        case .duplicateKey: "a mapping repeats a key"
        case .duplicateCode: "a procedure code appears twice in the catalog"
        case .duplicateSector: "a sector id appears in two files"
        case .waiverUnknownRule: "a waiver names a rule that does not exist"
        case .waiverExpired: "a waiver's until date is before the run's date"
        case .waiverUnused: "a waiver in force whose rule would not fire on that procedure"
        case .ruleError: "an expression could not be evaluated for one item"
        }
    }
}
