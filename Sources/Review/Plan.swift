import Catalog
import Vocabulary
import YAMLTree

/// A provincial plan (đề án): its period and its targets (SPEC §4.1).
public struct Plan: Sendable {
    public var id: Located<String>
    public var name: Located<String>?
    /// Always in force when absent.
    public var effective: DatePeriod
    public var targets: [String: Target]
    public var file: String
}

/// A target: one number, or numbers that each hold from their date until the next.
public struct Target: Sendable {
    public var name: String
    /// Sorted by date; a plain number is one value with no date.
    public var values: [(from: LocalDate?, value: Double)]
    public var mark: Mark

    /// The value in force on `date`; nil before the first dated value.
    public func value(on date: LocalDate) -> Double? {
        var current: Double?
        for entry in values {
            if let from = entry.from, from > date { break }
            current = entry.value
        }
        return current
    }
}
