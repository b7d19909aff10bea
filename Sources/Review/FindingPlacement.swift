import Catalog
import Vocabulary

/// Where a procedure finding points: at the value its `assert` reads first
/// when that value is written in the file (SPEC §5.1), else at the code.
enum FindingPlacement {
    /// The procedure at `row` of `procedures`, read in place (a finding is
    /// placed for thousands of procedures of a national catalog).
    static func mark(of path: [String]?, in procedures: [Procedure], at row: Int) -> Mark {
        guard let path, let first = path.first else { return procedures[row].code.mark }
        let second = path.count > 1 ? path[1] : nil
        let mark: Mark? =
            switch first {
            case "code": procedures[row].code.mark
            case "name": procedures[row].name.mark
            case "level": procedures[row].level.mark
            case "legal_basis": procedures[row].legalBasisMark
            case "decision": procedures[row].decision?.mark
            case "steps": procedures[row].steps?.first?.mark
            case "four_on_spot": procedures[row].fourOnTheSpot?.mark
            case "waivers": procedures[row].waivers.first?.mark
            case "note": procedures[row].note?.mark
            case "agency": procedures[row].agency?.mark
            case "dossiers_per_year": procedures[row].dossiersPerYear?.mark
            case "traits": second.flatMap { procedures[row].traits[$0]?.mark }
            case "deadline":
                switch second {
                case "current": procedures[row].deadline.current?.mark
                case "proposed": procedures[row].deadline.proposed?.mark
                case "in_force": (procedures[row].deadline.proposed ?? procedures[row].deadline.current ?? procedures[row].deadline.legal).mark
                default: procedures[row].deadline.legal.mark
                }
            default: nil
            }
        return mark ?? procedures[row].code.mark
    }
}
