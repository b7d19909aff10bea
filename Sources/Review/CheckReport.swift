import Catalog
import Vocabulary

/// The outcome of `tthc check`: what was read and what was found, sorted.
public struct CheckReport: Sendable {
    /// A rule a finding may name: a built-in check or a rule of rules/ that ran.
    public struct RuleInfo: Sendable, Equatable {
        public var id: String
        /// Nil for a built-in check.
        public var scope: String?
        public var severity: Severity
        public var description: String?
        public var basis: String?

        public init(id: String, scope: String? = nil, severity: Severity, description: String? = nil, basis: String? = nil) {
            self.id = id
            self.scope = scope
            self.severity = severity
            self.description = description
            self.basis = basis
        }
    }

    /// One catalog file and what in it was checked, for reports that list the
    /// items checked (a JUnit test case per procedure or sector).
    public struct CheckedFile: Sendable, Equatable {
        public var path: String
        public var sector: String?
        private var source: Source

        /// Given as a list, or the catalog's own procedures read when asked:
        /// only a JUnit report asks, and a national catalog's list is megabytes.
        private enum Source: Sendable {
            case list([CheckedProcedure])
            case catalog([Procedure])
        }

        public init(path: String, sector: String?, procedures: [CheckedProcedure]) {
            self.path = path
            self.sector = sector
            source = .list(procedures)
        }

        init(path: String, sector: String?, catalog procedures: [Procedure]) {
            self.path = path
            self.sector = sector
            source = .catalog(procedures)
        }

        public var procedures: [CheckedProcedure] {
            get {
                switch source {
                case .list(let list): list
                case .catalog(let procedures):
                    procedures.indices.map { CheckedProcedure(code: procedures[$0].code.value, name: procedures[$0].name.value) }
                }
            }
            set { source = .list(newValue) }
        }

        public static func == (lhs: CheckedFile, rhs: CheckedFile) -> Bool {
            lhs.path == rhs.path && lhs.sector == rhs.sector && lhs.procedures == rhs.procedures
        }
    }

    /// A procedure checked: its code and name.
    public struct CheckedProcedure: Sendable, Equatable {
        public var code: String
        public var name: String

        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    public var asOf: LocalDate
    public var plan: String
    public var files: Int
    public var sectors: Int
    public var procedures: Int
    public var findings: [Finding]
    /// The built-in checks, then the rules of rules/ that ran, in their order.
    public var rules: [RuleInfo]
    public var checkedFiles: [CheckedFile]
    /// How many findings a baseline suppressed; nil when no baseline was given.
    public var suppressed: Int?

    public init(
        asOf: LocalDate, plan: String, files: Int, sectors: Int, procedures: Int, findings: [Finding],
        rules: [RuleInfo] = [], checkedFiles: [CheckedFile] = [], suppressed: Int? = nil
    ) {
        self.asOf = asOf
        self.plan = plan
        self.files = files
        self.sectors = sectors
        self.procedures = procedures
        self.findings = findings
        self.rules = rules
        self.checkedFiles = checkedFiles
        self.suppressed = suppressed
    }

    /// Findings left out of the listing by `--min-severity`: still counted
    /// in the summary and still failing the run.
    public var hidden: [Finding] = []

    /// Findings of `severity`, shown or hidden.
    public func count(_ severity: Severity) -> Int {
        findings.count { $0.severity == severity } + hidden.count { $0.severity == severity }
    }

    /// Whether any finding, shown or hidden, is at or above `threshold` (nil: never fail).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity >= threshold } || hidden.contains { $0.severity >= threshold }
    }

    /// The report listing only the findings at or above `minimum`; the others
    /// are kept for the summary (`check --min-severity`).
    public func hiding(below minimum: Severity) -> CheckReport {
        var copy = self
        copy.findings = findings.filter { $0.severity >= minimum }
        copy.hidden = hidden + findings.filter { $0.severity < minimum }
        return copy
    }
}
