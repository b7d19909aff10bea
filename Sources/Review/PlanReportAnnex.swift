import Catalog

/// A row of a list that a decision attaches as an annex: the annex groups its
/// rows by level, then by sector.
public protocol AnnexEntry: Sendable {
    var no: Int { get }
    var code: String { get }
    var name: String { get }
    var level: Level { get }
    var sectorID: String { get }
    var sectorName: String { get }
    var legalBasis: [String] { get }
}

extension PlanReport {
    public typealias AnnexLevel = AnnexLevelOf<ReductionEntry>
    public typealias AnnexSector = AnnexSectorOf<ReductionEntry>
    public typealias AnnexRow = AnnexRowOf<ReductionEntry>

    public struct AnnexLevelOf<Entry: AnnexEntry>: Sendable {
        public var level: Level
        public var sectors: [AnnexSectorOf<Entry>]
    }

    public struct AnnexSectorOf<Entry: AnnexEntry>: Sendable {
        public var id: String
        public var name: String
        public var rows: [AnnexRowOf<Entry>]
    }

    public struct AnnexRowOf<Entry: AnnexEntry>: Sendable {
        /// The row's number as the annex prints it (1… through the grouped annex).
        public var stt: Int
        public var entry: Entry
    }

    /// `entries` grouped by level (province, district, commune), then by
    /// sector in order of first appearance, rows in their order within a
    /// group and numbered from 1 through the whole annex in printed order.
    static func grouped<Entry: AnnexEntry>(_ entries: [Entry]) -> [AnnexLevelOf<Entry>] {
        var stt = 0
        return Level.allCases.compactMap { level in
            let rows = entries.filter { $0.level == level }
            guard !rows.isEmpty else { return nil }
            var sectorOrder: [String] = []
            var bySector: [String: [Entry]] = [:]
            for row in rows {
                if bySector[row.sectorID] == nil { sectorOrder.append(row.sectorID) }
                bySector[row.sectorID, default: []].append(row)
            }
            let groups = sectorOrder.map { id in
                let members = bySector[id] ?? []
                return AnnexSectorOf(
                    id: id, name: members.first?.sectorName ?? id,
                    rows: members.map { entry in
                        stt += 1
                        return AnnexRowOf(stt: stt, entry: entry)
                    })
            }
            return AnnexLevelOf(level: level, sectors: groups)
        }
    }
}
