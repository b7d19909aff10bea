import Vocabulary

/// One administrative procedure of a sector, with where each field was written.
public struct Procedure: Sendable {
    public var code: Located<String>
    public var name: Located<String>
    public var level: Located<Level>
    public var legalBasis: [Located<String>]
    /// Where `legal_basis` was written, when it was.
    public var legalBasisMark: Mark?
    public var deadline: Deadline
    public var steps: [Step]?
    /// The traits the file sets, by name; defaults are the engine's to apply.
    public var traits: Traits
    public var fourOnTheSpot: Located<Bool>?
    /// Where the procedure's mapping starts.
    public var mark: Mark
    /// The fields most procedures leave out, in one shared box: a national
    /// catalog holds tens of thousands of procedures, and these would
    /// otherwise take some 120 bytes of each, mostly empty. Read through
    /// inlinable getters, so that reading one of a procedure in an array
    /// does not copy the procedure.
    @usableFromInline var rare: Rare?

    public var decision: Located<String>? {
        @inlinable get { rare?.decision }
        set { update { $0.decision = newValue } }
    }

    public var waivers: [Waiver] {
        @inlinable get { rare?.waivers ?? [] }
        set { update { $0.waivers = newValue } }
    }

    public var note: Located<String>? {
        @inlinable get { rare?.note }
        set { update { $0.note = newValue } }
    }

    /// The body that carries the procedure out, when it is not its sector's
    /// (a sector's procedures at commune level are the commune's).
    public var agency: Located<String>? {
        @inlinable get { rare?.agency }
        set { update { $0.agency = newValue } }
    }

    /// Dossiers received in a year, where the catalog records it (SPEC §12):
    /// what a day cut saves citizens is that day times these.
    public var dossiersPerYear: Located<Int>? {
        @inlinable get { rare?.dossiersPerYear }
        set { update { $0.dossiersPerYear = newValue } }
    }

    public init(
        code: Located<String>, name: Located<String>, level: Located<Level>, legalBasis: [Located<String>],
        legalBasisMark: Mark?, deadline: Deadline, decision: Located<String>?, steps: [Step]?, traits: Traits,
        fourOnTheSpot: Located<Bool>?, waivers: [Waiver], note: Located<String>?, agency: Located<String>?,
        dossiersPerYear: Located<Int>? = nil, mark: Mark
    ) {
        self.code = code
        self.name = name
        self.level = level
        self.legalBasis = legalBasis
        self.legalBasisMark = legalBasisMark
        self.deadline = deadline
        self.steps = steps
        self.traits = traits
        self.fourOnTheSpot = fourOnTheSpot
        self.mark = mark
        let rare = Rare(decision: decision, waivers: waivers, note: note, agency: agency, dossiersPerYear: dossiersPerYear)
        self.rare = rare.isEmpty ? nil : rare
    }

    /// Changes the box's fields, copying it first when another procedure
    /// shares it, and drops it when nothing is left in it.
    private mutating func update(_ change: (Rare) -> Void) {
        if rare == nil {
            rare = Rare()
        } else if !isKnownUniquelyReferenced(&rare) {
            rare = rare?.copy()
        }
        guard let box = rare else { return }
        change(box)
        if box.isEmpty { rare = nil }
    }

    @usableFromInline final class Rare: @unchecked Sendable {
        @usableFromInline var decision: Located<String>?
        @usableFromInline var waivers: [Waiver]
        @usableFromInline var note: Located<String>?
        @usableFromInline var agency: Located<String>?
        @usableFromInline var dossiersPerYear: Located<Int>?

        init(
            decision: Located<String>? = nil, waivers: [Waiver] = [], note: Located<String>? = nil,
            agency: Located<String>? = nil, dossiersPerYear: Located<Int>? = nil
        ) {
            self.decision = decision
            self.waivers = waivers
            self.note = note
            self.agency = agency
            self.dossiersPerYear = dossiersPerYear
        }

        var isEmpty: Bool {
            decision == nil && waivers.isEmpty && note == nil && agency == nil && dossiersPerYear == nil
        }

        func copy() -> Rare {
            Rare(decision: decision, waivers: waivers, note: note, agency: agency, dossiersPerYear: dossiersPerYear)
        }
    }

    @inlinable public var isOnFourOnTheSpotList: Bool { fourOnTheSpot?.value ?? false }
}
