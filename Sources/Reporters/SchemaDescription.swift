import Catalog

/// A description in the JSON Schema of a catalog file (`tthc schema`): an
/// identifier, worded in English or Vietnamese only by `SchemaDescriptionText`,
/// as a `ReportLabel` is by `ReportLabelText`. One case per key the decoder
/// reads, one per value form, and the traits declared in rules/.
enum SchemaDescription: Hashable, Sendable {
    case catalogFile

    // The sector.
    case sector
    case sectorID
    case sectorName
    case sectorAgency
    case declared
    case declaredProcedures
    case declaredLegalDays
    case declaredCutDays
    case declaredRate

    // The procedures.
    case procedures
    case procedure
    case code
    case name
    case level
    case legalBasis
    case deadline
    case legal
    case current
    case proposed
    case decision
    case steps
    case step
    case stepKind
    case stepBy
    case stepDays
    case stepLevel
    case stepChannel
    case traits
    /// A trait declared in rules/, with its type and the declaration's own
    /// description, if it has one.
    case trait(type: String, description: String?)
    case fourOnTheSpot
    case waivers
    case waiver
    case waiverRule
    case waiverReason
    case waiverUntil
    case note
    case procedureAgency
    case dossiersPerYear

    // The forms of values.
    case text
    case number
    case duration
    case date
    case bool
}
