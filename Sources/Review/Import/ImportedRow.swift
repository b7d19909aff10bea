import Catalog
import Vocabulary

/// One procedure as a row of an imported table gives it: the fields the
/// sheet has a column for (nil where it has none or the cell is empty), each
/// with the place it was read from.
public struct ImportedRow: Sendable {
    public var row: Int
    public var code: String
    public var name: String
    public var sectorName: String
    public var level: Level?
    public var legal: Duration?
    public var current: Duration?
    public var proposed: Duration?
    public var legalBasis: [String]?
    public var agency: String?
    public var fourOnSpot: Bool?
    public var decision: String?
    public var interagency: Bool?
    public var fieldInspection: Bool?
    public var note: String?
    public var dossiers: Int?
    /// Where each field was read, for messages about the merge.
    public var places: [ImportColumn: Location]

    public init(row: Int, code: String, name: String, sectorName: String, places: [ImportColumn: Location]) {
        self.row = row
        self.code = code
        self.name = name
        self.sectorName = sectorName
        self.places = places
    }
}
