import Catalog
import RuleLanguage

/// A file's procedures read as records of one type (a procedure, its
/// deadline, its traits, the procedure scope, a step): each field of the
/// type has an accessor that computes its value from the typed procedure
/// when a rule reads it, so the rules read the catalog itself, not a copy of it.
final class ProcedureTable: RecordTable, @unchecked Sendable {
    /// The value of one field for `row`, read from `procedures`.
    typealias Field = @Sendable (_ procedures: [Procedure], _ row: Int) -> Value

    let procedures: [Procedure]
    private let fields: [Field]
    /// For each field whose value is a row of another table over the same
    /// procedures (a procedure's deadline, its traits), that table.
    private let nested: [ProcedureTable?]
    /// For each list field, its length read without making the list.
    private let counts: [Count?]

    /// The length of a list field for `row`; nil when the field is null.
    typealias Count = @Sendable (_ procedures: [Procedure], _ row: Int) -> Int?

    /// `fields` gives each field of `type` by name its accessor; every field
    /// of the type must have one (both come from this module's schema).
    /// `nested` names the fields whose record is the same row of a table.
    init(
        _ type: RecordType, _ procedures: [Procedure], fields: [String: Field], nested: [String: ProcedureTable] = [:],
        counts: [String: Count] = [:]
    ) {
        self.procedures = procedures
        self.fields = type.fields.map { field in
            guard let read = fields[field.name] else { preconditionFailure("no accessor for \(type.name).\(field.name)") }
            return read
        }
        self.nested = type.fields.map { nested[$0.name] }
        self.counts = type.fields.map { counts[$0.name] }
        super.init(type: type)
    }

    override func value(_ index: Int, row: Int) -> Value {
        fields[index](procedures, row)
    }

    override func nestedValue(_ index: Int, field: Int, of type: RecordType, row: Int) -> Value? {
        guard let table = nested[index], table.type === type else { return nil }
        return table.value(field, row: row)
    }

    override func count(_ index: Int, row: Int) -> Int? {
        counts[index]?(procedures, row)
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

    static func step(_ procedures: [Procedure], _ row: Int) -> Step {
        procedures[row >> 32].steps![row & 0xFFFF_FFFF]
    }
}
