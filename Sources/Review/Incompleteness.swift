import Catalog
import Vocabulary

/// What the figures of a report leave out: catalog files that could not be
/// read, procedures and sectors that could not be decoded, and the errors
/// that make other figures doubtful (a value refused, a code counted twice).
/// A report never looks complete when it is not.
public struct Incompleteness: Sendable, Equatable {
    /// Every catalog file with such an error, in path order.
    public var files: [String]
    /// Files none of whose procedures are counted (not YAML, no sector).
    public var filesLeftOut: Int
    /// Procedures of the files that could not be decoded, so are not counted.
    public var proceduresLeftOut: Int
    /// The errors behind it: syntax, schema, duplicate keys, codes and sectors.
    public var findings: Int

    public init(files: [String], filesLeftOut: Int, proceduresLeftOut: Int, findings: Int) {
        self.files = files
        self.filesLeftOut = filesLeftOut
        self.proceduresLeftOut = proceduresLeftOut
        self.findings = findings
    }

    /// An invisible or look-alike character in a code or id: the value is
    /// still read (without it), so no figure changes.
    private static func isHarmlessToFigures(_ finding: Finding) -> Bool {
        switch finding.message {
        case .schema(.invisibleCharacter), .schema(.nonASCIILetter): true
        default: false
        }
    }

    /// What `catalog`'s figures leave out, or nil when they are complete.
    public static func of(_ catalog: LoadedCatalog) -> Incompleteness? {
        let errors = (catalog.files.flatMap(\.findings) + CrossFileChecks.findings(catalog))
            .filter { $0.severity == .error && !isHarmlessToFigures($0) }
        guard !errors.isEmpty else { return nil }
        var filesLeftOut = 0
        var proceduresLeftOut = 0
        for file in catalog.files {
            if file.sector == nil {
                filesLeftOut += 1
                proceduresLeftOut += file.procedureEntries
            } else {
                proceduresLeftOut += file.procedureEntries - file.procedures.count
            }
        }
        return Incompleteness(
            files: Set(errors.map(\.location.file)).sorted(), filesLeftOut: filesLeftOut,
            proceduresLeftOut: proceduresLeftOut, findings: errors.count)
    }
}
