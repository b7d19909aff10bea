import Catalog

extension PlanReport {
    /// One row of the 4-on-the-spot list (Phụ lục II): a procedure received,
    /// appraised, approved and returned at the one-stop center.
    public struct FourOnTheSpotEntry: AnnexEntry {
        /// Position in catalog order, from 1 (SPEC's `no`).
        public var no: Int
        public var code: String
        public var name: String
        public var sectorID: String
        public var sectorName: String
        public var level: Level
        /// The deadline in force: proposed, else current, else legal.
        public var deadline: Duration
        public var legalBasis: [String]

        public init(
            no: Int, code: String, name: String, sectorID: String, sectorName: String, level: Level, deadline: Duration,
            legalBasis: [String]
        ) {
            self.no = no
            self.code = code
            self.name = name
            self.sectorID = sectorID
            self.sectorName = sectorName
            self.level = level
            self.deadline = deadline
            self.legalBasis = legalBasis
        }

        public var deadlineDays: Double { deadline.days }
        public var inCalendarDays: Bool { deadline.kind == .calendarDays }
    }
}
