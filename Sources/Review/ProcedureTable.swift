import Catalog
import RuleLanguage

/// A file's procedures read as records of one type (a procedure, its
/// deadline, its traits, the procedure scope, a step): each field of the
/// type has an accessor that computes its value from the typed procedure
/// when a rule reads it, so the rules read the catalog itself, not a copy of
/// it. The accessors are the run's (`Layout`, made once from `RuleSchema`);
/// a table holds only the file's procedures and what its accessors read
/// beside them (`Related`).
final class ProcedureTable: RecordTable, @unchecked Sendable {
    /// The value of one field for `row` of `table`.
    typealias Field = @Sendable (_ table: ProcedureTable, _ row: Int) -> Value
    /// The length of a list field for `row`; nil when the field is null.
    typealias Count = @Sendable (_ table: ProcedureTable, _ row: Int) -> Int?

    /// A record type's accessors in the order of its fields, for every file.
    struct Layout: Sendable {
        let type: RecordType
        let fields: [Field]
        let counts: [Count?]
        /// For each field whose value is the same row of a related table
        /// (a procedure's deadline, its traits), which one.
        let nested: [Related.Table?]

        /// `fields` gives each field of `type` by name its accessor; every
        /// field of the type must have one (both come from this module's schema).
        init(
            _ type: RecordType, fields: [String: Field], counts: [String: Count] = [:],
            nested: [String: Related.Table] = [:]
        ) {
            self.type = type
            self.fields = type.fields.map { field in
                guard let read = fields[field.name] else { preconditionFailure("no accessor for \(type.name).\(field.name)") }
                return read
            }
            self.counts = type.fields.map { counts[$0.name] }
            self.nested = type.fields.map { nested[$0.name] }
        }
    }

    /// What a file's accessors read beside its procedures.
    struct Related: Sendable {
        var deadlines: ProcedureTable?
        var traits: ProcedureTable?
        var steps: ProcedureTable?
        /// A procedure's agency where it names none of its own.
        var sectorAgency: Value = .null
        /// The sector's record, for the procedure scope.
        var sector: Value = .null

        /// A related table whose rows are a procedure's inner records.
        enum Table: Sendable {
            case deadlines, traits
        }

        subscript(table: Table) -> ProcedureTable? {
            switch table {
            case .deadlines: deadlines
            case .traits: traits
            }
        }
    }

    let procedures: [Procedure]
    let related: Related
    private let layout: Layout

    init(_ layout: Layout, _ procedures: [Procedure], related: Related = Related()) {
        self.procedures = procedures
        self.related = related
        self.layout = layout
        super.init(type: layout.type)
    }

    override func value(_ index: Int, row: Int) -> Value {
        layout.fields[index](self, row)
    }

    override func nestedValue(_ index: Int, field: Int, of type: RecordType, row: Int) -> Value? {
        guard let which = layout.nested[index], let table = related[which], table.type === type else { return nil }
        return table.value(field, row: row)
    }

    override func count(_ index: Int, row: Int) -> Int? {
        layout.counts[index]?(self, row)
    }

    /// The record of `row`.
    func record(_ row: Int) -> Record { Record(row: row, of: self) }

    // MARK: Steps

    /// A step's row: its procedure's row and its place in the procedure's
    /// steps, in one integer (a file holds far fewer than 2^31 of either).
    static func stepRow(procedure: Int, step: Int) -> Int {
        precondition(step < 1 << 32 && procedure < 1 << 31, "step row out of range")
        return procedure << 32 | step
    }

    func step(_ row: Int) -> Step {
        procedures[row >> 32].steps![row & 0xFFFF_FFFF]
    }
}
