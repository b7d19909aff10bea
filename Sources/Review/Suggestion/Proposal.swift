import Catalog
import Vocabulary

/// One procedure's proposed change, by its place in the catalog: a proposed
/// deadline of `proposed` days (the steps follow), or the 4-on-the-spot mark.
struct Proposal: Sendable, Hashable {
    enum Field: Sendable, Hashable {
        case proposed(Double)
        case fourOnSpot
    }

    var place: Place
    var field: Field

    /// A procedure's place: file and procedure index, ordered as the catalog.
    struct Place: Sendable, Hashable, Comparable {
        var file: Int
        var index: Int

        static func < (a: Place, b: Place) -> Bool { (a.file, a.index) < (b.file, b.index) }
    }
}

/// The catalog with proposals made, in memory, and what they changed — the
/// sectors' declared totals kept in step with their rows.
struct ProposalEffect: Sendable {
    var catalog: LoadedCatalog
    var changes: [SuggestedChanges.Change]
    var declared: [SuggestedChanges.DeclaredChange]

    init(_ proposals: [Proposal], on original: LoadedCatalog) {
        var catalog = original
        var changes: [SuggestedChanges.Change] = []
        for proposal in proposals.sorted(by: { $0.place != $1.place ? $0.place < $1.place : !$0.isMark && $1.isMark }) {
            let (file, index) = (proposal.place.file, proposal.place.index)
            var procedure = catalog.files[file].procedures[index]
            let before = procedure
            switch proposal.field {
            case .proposed(let days):
                let legal = procedure.deadline.legal
                let duration = Duration(days: days, kind: legal.value.kind)
                procedure.deadline.proposed = Located(duration, at: procedure.deadline.proposed?.mark ?? legal.mark)
                var stepChanges: [SuggestedChanges.StepChange] = []
                if let steps = procedure.steps, let lengths = StepShrinking.shrink(steps, to: days) {
                    for (offset, length) in lengths.enumerated() where abs(length - steps[offset].days.value.days) > 1e-9 {
                        let old = steps[offset].days
                        procedure.steps?[offset].days = Located(Duration(days: length, kind: old.value.kind), at: old.mark)
                        stepChanges.append(
                            SuggestedChanges.StepChange(
                                index: offset, before: old.value, after: Duration(days: length, kind: old.value.kind)))
                    }
                }
                changes.append(
                    Self.change(
                        before, file: catalog.files[file].path, field: SuggestionTarget.reductionRate.field,
                        from: before.deadline.proposed.map { SuggestedChanges.FieldValue.duration($0.value) }, to: .duration(duration),
                        reason: before.deadline.proposed == nil ? .newCut(legal: legal.value) : .deeperCut(legal: legal.value),
                        steps: stepChanges))
            case .fourOnSpot:
                procedure.fourOnTheSpot = Located(true, at: procedure.fourOnTheSpot?.mark ?? procedure.mark)
                changes.append(
                    Self.change(
                        before, file: catalog.files[file].path, field: SuggestionTarget.fourOnSpotShare.field,
                        from: before.fourOnTheSpot.map { SuggestedChanges.FieldValue.flag($0.value) }, to: .flag(true),
                        reason: .onTheSpot(deadline: procedure.deadline.inForce), steps: []))
            }
            catalog.files[file].procedures[index] = procedure
        }
        var declared: [SuggestedChanges.DeclaredChange] = []
        for file in Set(proposals.map(\.place.file)).sorted() {
            declared += Self.keepDeclared(&catalog.files[file], before: original.files[file])
        }
        self.catalog = catalog
        self.changes = changes
        self.declared = declared
    }

    private static func change(
        _ procedure: Procedure, file: String, field: String, from: SuggestedChanges.FieldValue?, to: SuggestedChanges.FieldValue,
        reason: SuggestedChanges.Reason, steps: [SuggestedChanges.StepChange]
    ) -> SuggestedChanges.Change {
        SuggestedChanges.Change(
            file: file, code: procedure.code.value, name: procedure.name.value, field: field, before: from, after: to,
            reason: reason, steps: steps, dossiers: procedure.dossiersPerYear?.value, mark: procedure.mark)
    }

    /// Each declared total that matched the rows before is set to what the
    /// rows give now (as `declared-totals-match` compares them: the rate to
    /// four decimals); one that did not match is the drafter's to correct.
    private static func keepDeclared(_ file: inout CatalogFile, before: CatalogFile) -> [SuggestedChanges.DeclaredChange] {
        guard let sector = file.sector, var totals = sector.declared else { return [] }
        let old = Self.figures(before.procedures)
        let new = Self.figures(file.procedures)
        var out: [SuggestedChanges.DeclaredChange] = []
        func keep(_ field: WritableKeyPath<DeclaredTotals, Located<Double>?>, _ name: String, _ was: Double?, _ now: Double?, rate: Bool = false) {
            guard let written = totals[keyPath: field], let was, let now else { return }
            let matched = rate ? (written.value * 10_000).rounded() == (was * 10_000).rounded() : written.value == was
            let value = rate ? (now * 10_000).rounded() / 10_000 : now
            guard matched, value != written.value else { return }
            totals[keyPath: field] = Located(value, at: written.mark)
            out.append(SuggestedChanges.DeclaredChange(file: file.path, sector: sector.id.value, field: name, before: written.value, after: value))
        }
        keep(\.procedures, "procedures", Double(old.withCut), Double(new.withCut))
        keep(\.legalDays, "legal_days", old.legalDays, new.legalDays)
        keep(\.cutDays, "cut_days", old.cutDays, new.cutDays)
        keep(\.rate, "rate", old.reductionRate, new.reductionRate, rate: true)
        file.sector?.declared = totals
        return out
    }

    private static func figures(_ procedures: [Procedure]) -> Figures {
        var figures = Figures()
        for procedure in procedures { figures.add(procedure) }
        return figures
    }
}

extension Proposal {
    /// Deadlines before marks, within one procedure.
    fileprivate var isMark: Bool { if case .fourOnSpot = field { true } else { false } }
}
