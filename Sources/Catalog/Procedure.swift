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
    public var decision: Located<String>?
    public var steps: [Step]?
    /// The traits the file sets, by name; defaults are the engine's to apply.
    public var traits: Traits
    public var fourOnTheSpot: Located<Bool>?
    public var waivers: [Waiver]
    public var note: Located<String>?
    /// The body that carries the procedure out, when it is not its sector's
    /// (a sector's procedures at commune level are the commune's).
    public var agency: Located<String>?
    /// Dossiers received in a year, where the catalog records it (SPEC §12):
    /// what a day cut saves citizens is that day times these.
    public var dossiersPerYear: Located<Int>?
    /// Where the procedure's mapping starts.
    public var mark: Mark

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
        self.decision = decision
        self.steps = steps
        self.traits = traits
        self.fourOnTheSpot = fourOnTheSpot
        self.waivers = waivers
        self.note = note
        self.agency = agency
        self.dossiersPerYear = dossiersPerYear
        self.mark = mark
    }

    public var isOnFourOnTheSpotList: Bool { fourOnTheSpot?.value ?? false }
}
