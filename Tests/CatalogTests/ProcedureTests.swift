import Catalog
import Testing
import Vocabulary

/// A procedure keeps the fields most procedures leave out in a shared box
/// (issue 13); it must still behave as a value: a copy changed leaves the
/// original as it was, and a field set back to nothing reads as nothing.
@Suite struct ProcedureTests {
    static func procedure(note: String? = nil) -> Procedure {
        let at = Mark(line: 1, column: 1)
        return Procedure(
            code: Located("1.000001", at: at), name: Located("P", at: at), level: Located(.province, at: at),
            legalBasis: [], legalBasisMark: nil,
            deadline: Deadline(legal: Located(Duration(days: 10), at: at), current: nil, proposed: nil),
            decision: nil, steps: nil, traits: Traits(), fourOnTheSpot: nil, waivers: [],
            note: note.map { Located($0, at: at) }, agency: nil, mark: at)
    }

    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        let original = Self.procedure(note: "first")
        var copy = original
        copy.note = Located("second", at: Mark(line: 2, column: 1))
        copy.agency = Located("UBND xã", at: Mark(line: 3, column: 1))
        copy.dossiersPerYear = Located(12, at: Mark(line: 4, column: 1))
        #expect(original.note?.value == "first")
        #expect(original.agency == nil)
        #expect(original.dossiersPerYear == nil)
        #expect(copy.note?.value == "second")
        #expect(copy.agency?.value == "UBND xã")
        #expect(copy.dossiersPerYear?.value == 12)
    }

    @Test func fieldsSetAndClearedReadBackAsSet() {
        var procedure = Self.procedure()
        #expect(procedure.decision == nil && procedure.waivers.isEmpty && procedure.note == nil)
        procedure.decision = Located("QĐ 1/2026", at: Mark(line: 5, column: 3))
        procedure.waivers = [
            Waiver(
                rule: Located("cut-depth", at: Mark(line: 6, column: 3)), reason: Located("r", at: Mark(line: 6, column: 9)),
                until: nil, mark: Mark(line: 6, column: 1))
        ]
        #expect(procedure.decision?.value == "QĐ 1/2026")
        #expect(procedure.decision?.mark == Mark(line: 5, column: 3))
        #expect(procedure.waivers.map(\.rule.value) == ["cut-depth"])
        procedure.decision = nil
        procedure.waivers = []
        #expect(procedure.decision == nil)
        #expect(procedure.waivers.isEmpty)
        procedure.note = Located("again", at: Mark(line: 7, column: 1))
        #expect(procedure.note?.value == "again")
    }
}
