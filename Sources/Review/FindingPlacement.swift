import Catalog
import Vocabulary

/// Where a procedure finding points: at the value its `assert` reads first
/// when that value is written in the file (SPEC §5.1), else at the code.
enum FindingPlacement {
    /// `procedure` is borrowed: read in place in its file's array, not copied.
    static func mark(of path: [String]?, in procedure: borrowing Procedure) -> Mark {
        guard let path, let first = path.first else { return procedure.code.mark }
        let second = path.count > 1 ? path[1] : nil
        let mark: Mark? =
            switch first {
            case "code": procedure.code.mark
            case "name": procedure.name.mark
            case "level": procedure.level.mark
            case "legal_basis": procedure.legalBasisMark
            case "decision": procedure.decision?.mark
            case "steps": procedure.steps?.first?.mark
            case "four_on_spot": procedure.fourOnTheSpot?.mark
            case "waivers": procedure.waivers.first?.mark
            case "note": procedure.note?.mark
            case "agency": procedure.agency?.mark
            case "dossiers_per_year": procedure.dossiersPerYear?.mark
            case "traits": second.flatMap { procedure.traits[$0]?.mark }
            case "deadline":
                switch second {
                case "current": procedure.deadline.current?.mark
                case "proposed": procedure.deadline.proposed?.mark
                case "in_force": (procedure.deadline.proposed ?? procedure.deadline.current ?? procedure.deadline.legal).mark
                default: procedure.deadline.legal.mark
                }
            default: nil
            }
        return mark ?? procedure.code.mark
    }
}
