import Catalog
import Vocabulary

/// What an edit changed, between the catalog at a git ref and the working
/// tree (SPEC §5.3): procedures added, removed and changed field by field, the
/// plan's figures before and after, and the findings that are new.
public struct CatalogDiff: Sendable {
    /// A field's value on one side; nil when the field is absent there.
    public enum FieldValue: Sendable, Equatable {
        case number(Double)
        case text(String)
        case flag(Bool)
        case texts([String])

        /// A deadline as the catalog writes it: working days as a number,
        /// calendar days as text (`15 calendar days`, the duration's
        /// description), so that writing the value keeps its kind.
        public static func duration(_ duration: Duration) -> FieldValue {
            duration.kind == .workingDays ? .number(duration.days) : .text(duration.description)
        }
    }

    public struct FieldChange: Sendable, Equatable {
        public var field: String
        public var before: FieldValue?
        public var after: FieldValue?

        public init(field: String, before: FieldValue?, after: FieldValue?) {
            self.field = field
            self.before = before
            self.after = after
        }
    }

    public struct Change: Sendable, Equatable {
        public var code: String
        public var fields: [FieldChange]
    }

    public var base: String
    public var added: [String]
    public var removed: [String]
    public var changed: [Change]
    public var before: PlanFigures
    public var after: PlanFigures
    /// What each side's figures leave out, when it could not all be read.
    public var beforeIncomplete: Incompleteness?
    public var afterIncomplete: Incompleteness?
    /// Findings of the working tree that the base did not have, matched as a
    /// baseline matches (rule, file, subject, message — not lines).
    public var newFindings: [Finding]

    public init(base: String, before: LoadedCatalog, beforeReport: CheckReport, after: LoadedCatalog, afterReport: CheckReport) {
        self.base = base
        let old = Self.procedures(before)
        let new = Self.procedures(after)
        let oldCodes = Set(old.map(\.code.value))
        let newCodes = Set(new.map(\.code.value))
        added = new.map(\.code.value).filter { !oldCodes.contains($0) }
        removed = old.map(\.code.value).filter { !newCodes.contains($0) }
        let oldByCode = Dictionary(old.map { ($0.code.value, $0) }, uniquingKeysWith: { first, _ in first })
        changed = new.compactMap { procedure in
            guard let previous = oldByCode[procedure.code.value] else { return nil }
            let fields = Self.fieldChanges(previous, procedure)
            return fields.isEmpty ? nil : Change(code: procedure.code.value, fields: fields)
        }
        self.before = PlanFigures(before)
        self.after = PlanFigures(after)
        beforeIncomplete = Incompleteness.of(before)
        afterIncomplete = Incompleteness.of(after)
        newFindings = Baseline(findings: beforeReport.findings).apply(to: afterReport).findings
    }

    private static func procedures(_ catalog: LoadedCatalog) -> [Procedure] {
        catalog.files.flatMap(\.procedures)
    }

    /// The fields a reviewer cares about, in a fixed order.
    static func fieldChanges(_ a: Procedure, _ b: Procedure) -> [FieldChange] {
        func days(_ d: Located<Duration>?) -> FieldValue? { d.map { .number($0.value.days) } }
        var pairs: [(String, FieldValue?, FieldValue?)] = [
            ("name", .text(a.name.value), .text(b.name.value)),
            ("level", .text(a.level.value.rawValue), .text(b.level.value.rawValue)),
            ("deadline.legal", days(a.deadline.legal), days(b.deadline.legal)),
            ("deadline.current", days(a.deadline.current), days(b.deadline.current)),
            ("deadline.proposed", days(a.deadline.proposed), days(b.deadline.proposed)),
            ("agency", a.agency.map { .text($0.value) }, b.agency.map { .text($0.value) }),
            ("four_on_spot", .flag(a.isOnFourOnTheSpotList), .flag(b.isOnFourOnTheSpotList)),
            ("legal_basis", .texts(a.legalBasis), .texts(b.legalBasis)),
        ]
        for trait in Set(a.traits.names).union(b.traits.names).sorted() {
            pairs.append(("traits.\(trait)", a.traits[trait].map { value($0.value) }, b.traits[trait].map { value($0.value) }))
        }
        return pairs.compactMap { field, before, after in
            before == after ? nil : FieldChange(field: field, before: before, after: after)
        }
    }

    private static func value(_ trait: TraitValue) -> FieldValue {
        switch trait {
        case .bool(let b): .flag(b)
        case .number(let n): .number(n)
        case .string(let s): .text(s)
        }
    }

    /// New findings at or above `threshold` (nil: never).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return newFindings.contains { $0.severity >= threshold }
    }
}
