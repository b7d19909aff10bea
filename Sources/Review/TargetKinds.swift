import Catalog
import Vocabulary

/// The kind of each name of `plan.targets` across every plan (SPEC §10): a
/// rule reads `plan.targets.X` with one type whichever plan is in force, so
/// two plans (or two dates of one target) giving X different kinds is an
/// error, located at the second with the first as related.
enum TargetKinds {
    static func of(
        _ plans: [Plan], standard: Set<String>
    ) -> (kinds: [String: TargetValue.Kind], conflicts: [Finding]) {
        var kinds = Dictionary(uniqueKeysWithValues: standard.map { ($0, TargetValue.Kind.number) })
        var firstSeen: [String: Location] = [:]
        var conflicts: [Finding] = []
        for plan in plans {
            for target in plan.targets.values.sorted(by: { $0.mark < $1.mark }) {
                let location = Location(file: plan.file, mark: target.mark)
                for (_, value) in target.values {
                    let kind = value.kind
                    if let first = firstSeen[target.name], let known = kinds[target.name], known != kind {
                        conflicts.append(
                            Finding(
                                .schema,
                                message: .rules(.targetKindsDiffer(target.name, first: known.rawValue, found: kind.rawValue)),
                                location: location, related: [first]))
                        break
                    }
                    kinds[target.name] = kind
                    firstSeen[target.name] = firstSeen[target.name] ?? location
                }
            }
        }
        var seen = Set<Finding>()
        return (kinds, Finding.sorted(conflicts).filter { seen.insert($0).inserted })
    }
}
