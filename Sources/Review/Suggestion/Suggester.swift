import Catalog
import RuleLanguage
import Vocabulary

/// Drafts the fewest changes that make the plan's catalog targets hold
/// (SPEC §12), each checked by running the rules on the changed catalog.
///
/// The reduction rate: every procedure in the plan's scope gets a range of
/// proposed deadlines (`ProposalRange`); the rules, run with all of them at
/// once, keep each at the deepest of three trial depths that adds no warning
/// or error; `FewestChanges` picks the fewest procedures at those depths
/// (then the least surplus, the most citizen-days, codes); the cuts are then
/// made shallower, half a day at a time and the procedures with the fewest
/// dossiers first, while the target still holds. The 4-on-the-spot share:
/// the candidates the rules allow, by code. Last, the rules run on the whole
/// changed catalog; a procedure a new finding points at is set aside and the
/// selection made again. See docs/suggest.md.
public struct Suggester: Sendable {
    public struct Options: Sendable {
        public var targets: [SuggestionTarget]
        public var maxChanges: Int?
        /// The least cut rate of a new proposal; nil: the plan's `procedure_cut_rate`.
        public var depth: Double?

        public init(targets: [SuggestionTarget] = SuggestionTarget.allCases, maxChanges: Int? = nil, depth: Double? = nil) {
            self.targets = targets
            self.maxChanges = maxChanges
            self.depth = depth
        }
    }

    let context: RuleContext
    let options: Options
    let budget: EvaluationBudget
    let jobs: Int

    public init(context: RuleContext, options: Options, budget: EvaluationBudget = .standard, jobs: Int = 1) {
        self.context = context
        self.options = options
        self.budget = budget
        self.jobs = jobs
    }

    /// The targets asked for that the plan sets on the run's date.
    public func targetsInForce() -> [(SuggestionTarget, Double)] {
        options.targets.compactMap { target in
            context.plan.targets[target.rawValue]?.value(on: context.asOf).map { (target, $0) }
        }
    }

    /// How many times the selection is made again after the rules refused it.
    static let rounds = 24

    public func suggest(_ catalog: LoadedCatalog) -> SuggestedChanges {
        let baseline = Baseline(findings: context.check(catalog, jobs: jobs, budget: budget).findings)
        var banned: Set<Proposal.Place> = []
        var refusedBy: String?
        var drafted = Draft()
        for _ in 0..<Self.rounds {
            drafted = draft(catalog, banned: banned, baseline: baseline)
            let effect = ProposalEffect(drafted.proposals, on: catalog)
            let problems = newProblems(to: effect.catalog, over: baseline)
            guard let first = problems.first else {
                refusedBy = nil
                break
            }
            refusedBy = first.rule
            let places = Set(drafted.proposals.map(\.place))
            let before = banned.count
            for finding in problems { banned.formUnion(Self.blame(finding, among: places, in: catalog)) }
            if banned.count == before { break }
        }
        let effect = ProposalEffect(refusedBy == nil ? drafted.proposals : [], on: catalog)
        var outcomes = drafted.outcomes
        if let rule = refusedBy {
            // Nothing is suggested; a target that needed changes is not reached.
            for index in outcomes.indices where drafted.changed[index] {
                outcomes[index].reached = false
                outcomes[index].after = outcomes[index].before
                outcomes[index].obstacle = .rulesRefuse(rule: rule, best: outcomes[index].before)
            }
        }
        let before = PlanFigures(catalog).total
        let after = PlanFigures(effect.catalog).total
        return SuggestedChanges(
            outcomes: outcomes, changes: effect.changes, declared: effect.declared,
            citizenDaysSaved: before.recordsDossiers ? (before.citizenDaysSaved, after.citizenDaysSaved) : nil)
    }

    /// The proposals for every target asked for, and where each stands.
    struct Draft {
        var proposals: [Proposal] = []
        var outcomes: [SuggestedChanges.Outcome] = []
        /// Per outcome: whether it proposed anything.
        var changed: [Bool] = []
    }

    private func draft(_ catalog: LoadedCatalog, banned: Set<Proposal.Place>, baseline: Baseline) -> Draft {
        var draft = Draft()
        var budgetLeft = options.maxChanges
        for (target, value) in targetsInForce() {
            let current = ProposalEffect(draft.proposals, on: catalog).catalog
            let part: (proposals: [Proposal], outcome: SuggestedChanges.Outcome) =
                switch target {
                case .reductionRate:
                    reduction(current, target: value, banned: banned, baseline: baseline, limit: budgetLeft)
                case .fourOnSpotShare:
                    fourOnSpot(current, target: value, banned: banned, baseline: baseline, limit: budgetLeft)
                }
            let places = Set(draft.proposals.map(\.place))
            budgetLeft = budgetLeft.map { $0 - Set(part.proposals.map(\.place)).subtracting(places).count }
            draft.proposals += part.proposals
            draft.outcomes.append(part.outcome)
            draft.changed.append(!part.proposals.isEmpty)
        }
        return draft
    }

    // MARK: The reduction rate

    /// Units of days: eighths (hours) and hundredths both whole.
    static let scale = 200.0

    private func reduction(
        _ catalog: LoadedCatalog, target: Double, banned: Set<Proposal.Place>, baseline: Baseline, limit: Int?
    ) -> ([Proposal], SuggestedChanges.Outcome) {
        let figures = PlanFigures(catalog).total
        var outcome = SuggestedChanges.Outcome(
            target: .reductionRate, value: target, before: figures.reductionRate, after: figures.reductionRate,
            reached: (figures.reductionRate ?? 0) >= target, obstacle: nil)
        guard !outcome.reached else { return ([], outcome) }
        guard let ratio = TargetRatio(target) else {
            // Not a rate between 0 and 1: no list of cuts reaches it.
            outcome.obstacle = .cutLimit(
                days: target * figures.legalDays - figures.cutDays, best: figures.reductionRate, maxRate: nil, heldBack: false)
            return ([], outcome)
        }
        let limits = proposalLimits()
        var ranges: [Proposal.Place: ProposalRange] = [:]
        for (f, file) in catalog.files.enumerated() where file.sector != nil {
            for (i, procedure) in file.procedures.enumerated() {
                let place = Proposal.Place(file: f, index: i)
                guard !banned.contains(place), let range = ProposalRange(procedure, limits: limits) else { continue }
                ranges[place] = range
            }
        }
        let (allowed, heldBack) = deepestAllowed(ranges, in: catalog, baseline: baseline)
        let units = ReductionUnits(ratio: ratio, figures: figures)
        // Without a reduction list there is no rate yet: one proposal whose
        // own rate reaches the target (gain ≥ 0) is enough. Counted as a
        // shift of one unit, so that the same search applies.
        let emptyList = figures.withCut == 0
        var candidates: [FewestChanges.Candidate] = []
        var places: [String: Proposal.Place] = [:]
        for (place, shortest) in allowed {
            let procedure = catalog.files[place.file].procedures[place.index]
            let gain = units.gain(procedure, proposed: shortest)
            guard gain > 0 || (emptyList && gain == 0), let range = ranges[place] else { continue }
            let key = Self.key(procedure.code.value, place)
            let dossiers = Double(procedure.dossiersPerYear?.value ?? 0)
            let cut = (procedure.deadline.proposed?.value.days ?? procedure.deadline.legal.value.days) - shortest
            candidates.append(
                FewestChanges.Candidate(
                    code: key, gain: gain, value: cut * dossiers, steps: Int(((range.longest - shortest) * 2).rounded()),
                    stepValue: dossiers / 2))
            places[key] = place
        }
        // Whole units divided by their common factor keep the search small.
        let factor = candidates.reduce(Self.gcd(units.need, units.halfDay)) { Self.gcd($0, $1.gain) }
        let shift = emptyList ? 1 : 0
        let reduced = candidates.map {
            FewestChanges.Candidate(
                code: $0.code, gain: $0.gain / factor + shift, value: $0.value, steps: $0.steps, stepValue: $0.stepValue)
        }
        let need = emptyList ? 1 : (units.need + factor - 1) / factor

        func deepest(_ chosen: [FewestChanges.Candidate]) -> [Proposal] {
            chosen.compactMap { places[$0.code] }.map { Proposal(place: $0, field: .proposed(allowed[$0]!)) }
        }
        func rate(_ proposals: [Proposal]) -> Double? {
            PlanFigures(ProposalEffect(proposals, on: catalog).catalog).total.reductionRate
        }
        let useful = FewestChanges.ranked(reduced)
        switch FewestChanges.choose(reduced, need: need, step: units.halfDay / factor) {
        case .reached:
            return ([], outcome)
        case .unreachable:
            let best = rate(deepest(useful))
            outcome.after = best
            let days = target * figures.legalDays - figures.cutDays
            outcome.obstacle = .cutLimit(days: days, best: best, maxRate: limits.maxRate, heldBack: heldBack)
            return ([], outcome)
        case .selection(let chosen):
            if let limit, chosen.count > limit {
                let best = rate(deepest(Array(useful.prefix(limit))))
                outcome.after = best
                outcome.obstacle = .maxChanges(limit: limit, needed: chosen.count, best: best)
                return ([], outcome)
            }
            let proposals = chosen.compactMap { choice -> Proposal? in
                guard let place = places[choice.candidate.code] else { return nil }
                return Proposal(place: place, field: .proposed(allowed[place]! + 0.5 * Double(choice.shallower)))
            }.sorted { $0.place < $1.place }
            outcome.after = rate(proposals)
            // Whole units decide; the report's own division must agree before
            // the target is said to be met.
            outcome.reached = (outcome.after ?? 0) >= target
            return (proposals, outcome)
        }
    }

    /// For each range, the deepest proposal the rules let through, and
    /// whether the rules held any back: every candidate is tried at once at
    /// its deepest; one that gets a new warning or error tries its shallowest,
    /// then halves the interval between the two in later rounds (rules that
    /// allow a cut allow a shallower one), so about log₂ of the range's
    /// half days in runs of the rules.
    private func deepestAllowed(
        _ ranges: [Proposal.Place: ProposalRange], in catalog: LoadedCatalog, baseline: Baseline
    ) -> (depths: [Proposal.Place: Double], heldBack: Bool) {
        // Per candidate: the deepest index known refused (-1: none yet), the
        // shallowest known allowed (nil: none yet), and the index to try.
        struct Search {
            var grid: [Double]
            var refused = -1
            var allowed: Int?
            var next = 0
        }
        var searching = ranges.mapValues { Search(grid: $0.proposals) }
        var depths: [Proposal.Place: Double] = [:]
        var heldBack = false
        while !searching.isEmpty {
            let proposals = searching.keys.sorted().map { Proposal(place: $0, field: .proposed(searching[$0]!.grid[searching[$0]!.next])) }
            let refused = refusedPlaces(proposals, in: catalog, baseline: baseline)
            for place in Array(searching.keys) {
                var search = searching[place]!
                if refused.contains(place) {
                    heldBack = true
                    search.refused = search.next
                } else {
                    search.allowed = search.next
                }
                let top = search.allowed ?? search.grid.count - 1
                if search.allowed == search.refused + 1 || search.refused == search.grid.count - 1 {
                    if let allowed = search.allowed { depths[place] = search.grid[allowed] }
                    searching[place] = nil
                    continue
                }
                // No allowed depth known yet: try the shallowest; else bisect.
                search.next = search.allowed == nil ? top : (search.refused + top + 1) / 2
                searching[place] = search
            }
        }
        return (depths, heldBack)
    }

    /// The procedures of `proposals` on which the rules, run on the catalog
    /// with all of them made, report a warning or error they did not before.
    private func refusedPlaces(_ proposals: [Proposal], in catalog: LoadedCatalog, baseline: Baseline) -> Set<Proposal.Place> {
        guard !proposals.isEmpty else { return [] }
        let effect = ProposalEffect(proposals, on: catalog)
        let problems = newProblems(to: effect.catalog, over: baseline)
        var places: [String: Proposal.Place] = [:]
        for proposal in proposals {
            let file = catalog.files[proposal.place.file]
            places["\(file.path)\u{0}\(file.procedures[proposal.place.index].code.value)"] = proposal.place
        }
        return Set(problems.compactMap { finding in finding.procedure.flatMap { places["\(finding.location.file)\u{0}\($0)"] } })
    }

    /// The warnings and errors the rules give on `catalog` that the catalog
    /// without the changes did not: matched by fingerprint, as `diff` and
    /// `--baseline` match them (rule, file, subject, key path; never the
    /// message, whose figures a change may move).
    private func newProblems(to catalog: LoadedCatalog, over baseline: Baseline) -> [Finding] {
        baseline.apply(to: context.check(catalog, jobs: jobs, budget: budget)).findings.filter { $0.severity >= .warning }
    }

    private func proposalLimits() -> ProposalRange.Limits {
        let targets = context.plan.targets
        let cutRate = targets["procedure_cut_rate"]?.value(on: context.asOf) ?? 0
        var maxRate: Double?
        if let rule = context.rulesInForce.first(where: { $0.id == "cut-depth" }),
            case .number(let rate)? = rule.definition.params.first(where: { $0.name.value == "max_rate" })?.value
        {
            maxRate = rate
        }
        return ProposalRange.Limits(
            depth: options.depth ?? cutRate, maxRate: maxRate, minDays: targets["cut_scope_min_days"]?.value(on: context.asOf))
    }

    // MARK: The 4-on-the-spot share

    private func fourOnSpot(
        _ catalog: LoadedCatalog, target: Double, banned: Set<Proposal.Place>, baseline: Baseline, limit: Int?
    ) -> ([Proposal], SuggestedChanges.Outcome) {
        let figures = PlanFigures(catalog).total
        var outcome = SuggestedChanges.Outcome(
            target: .fourOnSpotShare, value: target, before: figures.fourOnTheSpotShare,
            after: figures.fourOnTheSpotShare, reached: (figures.fourOnTheSpotShare ?? 0) >= target, obstacle: nil)
        guard !outcome.reached else { return ([], outcome) }
        guard figures.procedures > 0, let ratio = TargetRatio(target) else {
            outcome.obstacle = .noFigure
            return ([], outcome)
        }
        let needed = (ratio.p * figures.procedures + ratio.q - 1) / ratio.q - figures.fourOnTheSpot
        var candidates: [Proposal] = []
        for (f, file) in catalog.files.enumerated() where file.sector != nil {
            for (i, procedure) in file.procedures.enumerated() where !procedure.isOnFourOnTheSpotList {
                let place = Proposal.Place(file: f, index: i)
                if !banned.contains(place) { candidates.append(Proposal(place: place, field: .fourOnSpot)) }
            }
        }
        let refused = refusedPlaces(candidates, in: catalog, baseline: baseline)
        let allowed = candidates.filter { !refused.contains($0.place) }.sorted {
            let a = catalog.files[$0.place.file].procedures[$0.place.index].code.value
            let b = catalog.files[$1.place.file].procedures[$1.place.index].code.value
            return (a, $0.place) < (b, $1.place)
        }
        func share(_ count: Int) -> Double { Double(figures.fourOnTheSpot + count) / Double(figures.procedures) }
        if allowed.count < needed {
            outcome.after = share(allowed.count)
            outcome.obstacle = .fewCandidates(procedures: needed, best: outcome.after)
            return ([], outcome)
        }
        if let limit, needed > limit {
            outcome.after = share(max(0, limit))
            outcome.obstacle = .maxChanges(limit: limit, needed: needed, best: outcome.after)
            return ([], outcome)
        }
        outcome.after = share(needed)
        outcome.reached = true
        return (Array(allowed.prefix(needed)), outcome)
    }

    // MARK: Helpers

    /// A unique key that sorts as the code, then the catalog order.
    static func key(_ code: String, _ place: Proposal.Place) -> String {
        code + "\u{0}" + String(place.file) + "\u{0}" + String(place.index)
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }

    /// What a new finding is blamed on: the changed procedure it names; else
    /// the last changed procedure of its file; else the last changed one.
    static func blame(_ finding: Finding, among places: Set<Proposal.Place>, in catalog: LoadedCatalog) -> Set<Proposal.Place> {
        let file = catalog.files.firstIndex { $0.path == finding.location.file }
        if let code = finding.procedure, let file {
            let named = places.filter { $0.file == file && catalog.files[file].procedures[$0.index].code.value == code }
            if !named.isEmpty { return named }
        }
        if let file, let last = places.filter({ $0.file == file }).max() { return [last] }
        return places.max().map { [$0] } ?? []
    }
}

/// The reduction rate in whole units (SPEC §12's objective in integers):
/// with the target p/q, a new proposal on legal L cutting to P gains
/// q·(L−P) − p·L, a deeper one q·(P₀−P), and the target holds when the gains
/// reach `need` = p·D − q·C — all in `Suggester.scale`-ths of a day.
struct ReductionUnits {
    let ratio: TargetRatio
    let need: Int
    /// What half a day of cut is worth.
    let halfDay: Int

    init(ratio: TargetRatio, figures: Figures) {
        self.ratio = ratio
        need = ratio.p * Self.units(figures.legalDays) - ratio.q * Self.units(figures.cutDays)
        halfDay = ratio.q * Self.units(0.5)
    }

    func gain(_ procedure: Procedure, proposed: Double) -> Int {
        let legal = Self.units(procedure.deadline.legal.value.days)
        if let old = procedure.deadline.proposed?.value.days {
            return ratio.q * (Self.units(old) - Self.units(proposed))
        }
        return ratio.q * (legal - Self.units(proposed)) - ratio.p * legal
    }

    static func units(_ days: Double) -> Int { Int((days * Suggester.scale).rounded()) }
}
