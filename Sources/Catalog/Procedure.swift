import Vocabulary

/// One administrative procedure of a sector, with where each field was written.
public struct Procedure: Sendable {
    // Stored fields run from the widest alignment down (texts, lists and
    // boxes, then the deadline, then the 4-byte-aligned marks and enums), so
    // that no padding sits between them: 16 bytes a procedure less than in the
    // order the catalog writes them.
    public var code: Located<String>
    public var name: Located<String>
    /// The texts of `legal_basis`, in order (a file's procedures that give
    /// the same list share one).
    public var legalBasis: [String]
    public var steps: [Step]?
    /// The traits the file sets, by name; defaults are the engine's to apply.
    public var traits: Traits
    /// The fields most procedures leave out, in one box (`Boxed`). Read
    /// through inlinable getters, so that reading one of a procedure in an
    /// array does not copy the procedure.
    @usableFromInline var rare: Boxed<Rare>?
    public var deadline: Deadline
    public var level: Located<Level>
    public var fourOnTheSpot: Located<Bool>?
    /// Where the procedure's mapping starts.
    public var mark: Mark
    /// Where `legal_basis` was written, when it was.
    public var legalBasisMark: Mark?

    public var decision: Located<String>? {
        @inlinable get { rare?.fields.decision }
        set { rare = .changing(rare) { $0.decision = newValue } }
    }

    public var waivers: [Waiver] {
        @inlinable get { rare?.fields.waivers ?? [] }
        set { rare = .changing(rare) { $0.waivers = newValue } }
    }

    public var note: Located<String>? {
        @inlinable get { rare?.fields.note }
        set { rare = .changing(rare) { $0.note = newValue } }
    }

    /// The body that carries the procedure out, when it is not its sector's
    /// (a sector's procedures at commune level are the commune's).
    public var agency: Located<String>? {
        @inlinable get { rare?.fields.agency }
        set { rare = .changing(rare) { $0.agency = newValue } }
    }

    /// Dossiers received in a year, where the catalog records it (SPEC §12):
    /// what a day cut saves citizens is that day times these.
    public var dossiersPerYear: Located<Int>? {
        @inlinable get { rare?.fields.dossiersPerYear }
        set { rare = .changing(rare) { $0.dossiersPerYear = newValue } }
    }

    public init(
        code: Located<String>, name: Located<String>, level: Located<Level>, legalBasis: [String],
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
        rare = .changing(nil) {
            $0 = Rare(decision: decision, waivers: waivers, note: note, agency: agency, dossiersPerYear: dossiersPerYear)
        }
    }

    @usableFromInline struct Rare: BoxedFields {
        @usableFromInline var decision: Located<String>?
        @usableFromInline var waivers: [Waiver] = []
        @usableFromInline var note: Located<String>?
        @usableFromInline var agency: Located<String>?
        @usableFromInline var dossiersPerYear: Located<Int>?

        @usableFromInline init() {}

        init(
            decision: Located<String>?, waivers: [Waiver], note: Located<String>?, agency: Located<String>?,
            dossiersPerYear: Located<Int>?
        ) {
            self.decision = decision
            self.waivers = waivers
            self.note = note
            self.agency = agency
            self.dossiersPerYear = dossiersPerYear
        }

        @usableFromInline var isEmpty: Bool {
            decision == nil && waivers.isEmpty && note == nil && agency == nil && dossiersPerYear == nil
        }
    }

    @inlinable public var isOnFourOnTheSpotList: Bool { fourOnTheSpot?.value ?? false }
}
