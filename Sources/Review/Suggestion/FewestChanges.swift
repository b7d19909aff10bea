/// The selection at the heart of `tthc suggest` (SPEC §12), as a pure
/// problem. Each candidate procedure can take one of several proposals: at
/// its deepest it brings `gain` whole units towards the target and `value`
/// citizen-days; each of its `steps` shallower proposals gives up `step`
/// units (the same for every candidate: half a day of cut) and `stepValue`
/// citizen-days. Pick candidates and proposals that reach `need` units,
/// ordered by
///
/// 1. the fewest candidates,
/// 2. then the least gain beyond `need` (the surplus: days cut beyond what
///    reaches the target),
/// 3. then the most value,
/// 4. then the first codes (a fixed order among selections equal in all three).
///
/// **(1)** No k candidates gain more than the k largest deepest gains, so
/// the fewest is the smallest k whose k largest reach `need`. Call T those
/// k, b their smallest gain and Δ = gain(T) − need ≥ 0.
///
/// **(2, 3)** Any selection of k is T with some members left out and as
/// many outsiders taken in, each candidate at some depth. Measured from T at
/// its deepest, a member left out loses its excess over b, an outsider taken
/// in loses its deficit under b, each shallower step loses `step`; the
/// selection reaches `need` exactly when the total loss W ≤ Δ, and its
/// surplus is Δ − W. So the optimum is the largest W ≤ Δ, then the most
/// value, over a knapsack whose items are the candidates (each with its
/// choices: stay or leave, at which depth; enter or not, at which depth)
/// and whose state is (taken in − left out, W): O(n·k·Δ·depths), exact. Only
/// outsiders whose deficit is at most Δ can enter, only members whose
/// excess is at most Δ can leave, and Δ < b.
public enum FewestChanges {
    public struct Candidate: Sendable, Equatable {
        public var code: String
        /// Units of gain at the deepest proposal.
        public var gain: Int
        /// Value at the deepest proposal, ≥ 0.
        public var value: Double
        /// How many shallower proposals the candidate has (0: one proposal).
        public var steps: Int
        /// Value each shallower step gives up, ≥ 0.
        public var stepValue: Double

        public init(code: String, gain: Int, value: Double, steps: Int = 0, stepValue: Double = 0) {
            self.code = code
            self.gain = gain
            self.value = value
            self.steps = steps
            self.stepValue = stepValue
        }
    }

    /// A chosen candidate and how many steps shallower than its deepest.
    public struct Choice: Sendable, Equatable {
        public var candidate: Candidate
        public var shallower: Int

        public init(candidate: Candidate, shallower: Int) {
            self.candidate = candidate
            self.shallower = shallower
        }
    }

    public enum Outcome: Sendable, Equatable {
        /// Nothing to change: the target holds.
        case reached
        /// The chosen candidates, in code order.
        case selection([Choice])
        /// Even every useful candidate at its deepest falls short by `shortfall` units.
        case unreachable(shortfall: Int)
    }

    /// The candidates by deepest gain, largest first, then value, then code:
    /// the order the fewest changes are counted in.
    public static func ranked(_ candidates: [Candidate]) -> [Candidate] {
        candidates.filter { $0.gain > 0 }.sorted {
            ($0.gain, $0.value) != ($1.gain, $1.value) ? ($0.gain, $0.value) > ($1.gain, $1.value) : $0.code < $1.code
        }
    }

    public static func choose(_ candidates: [Candidate], need: Int, step: Int) -> Outcome {
        guard need > 0 else { return .reached }
        let ranked = ranked(candidates)
        var k = 0
        var ceiling = 0
        while ceiling < need && k < ranked.count {
            ceiling += ranked[k].gain
            k += 1
        }
        guard ceiling >= need else { return .unreachable(shortfall: need - ceiling) }
        let slack = ceiling - need
        let boundary = ranked[k - 1].gain
        let members = Array(ranked[..<k])
        let outsiders = ranked[k...].filter { boundary - $0.gain <= slack }
        let items = (members.map { (candidate: $0, member: true) } + outsiders.map { (candidate: $0, member: false) })
            .sorted { $0.candidate.code < $1.candidate.code }
        let swaps = min(members.count, outsiders.count)
        let search = Search(
            items: items.map { Search.Item(candidate: $0.candidate, member: $0.member, boundary: boundary) },
            slack: slack, swaps: swaps, step: step)
        let depths = search.solve()
        return .selection(
            zip(items, depths).compactMap { item, depth in depth.map { Choice(candidate: item.candidate, shallower: $0) } })
    }

    /// The knapsack over states (taken in − left out, loss), items in code
    /// order. A forward pass finds the largest loss within the slack at
    /// balance 0 (the least surplus); a backward pass gives, for each item
    /// and state, the most value the items after it can still add on the
    /// way to that end; a walk forward then takes, item by item, the first
    /// decision that keeps the optimum — members kept before members left
    /// out, outsiders taken in before left out, deeper before shallower — so
    /// ties keep the earlier codes, at their deepest.
    struct Search {
        struct Item {
            var candidate: Candidate
            var member: Bool
            var boundary: Int

            /// The item's decisions in order of preference, as (balance
            /// change, loss, value change, depth: nil when not selected).
            func decisions(slack: Int, step: Int) -> [(balance: Int, loss: Int, value: Double, depth: Int?)] {
                let depths = step > 0 ? min(candidate.steps, slack / step) : 0
                if member {
                    var out = (0...depths).map { t in (0, t * step, -Double(t) * candidate.stepValue, Optional(t)) }
                    let excess = candidate.gain - boundary
                    if excess <= slack { out.append((-1, excess, -candidate.value, nil)) }
                    return out
                }
                let deficit = boundary - candidate.gain
                var out: [(Int, Int, Double, Int?)] = []
                if deficit <= slack {
                    out = (0...depths).map { t in
                        (1, deficit + t * step, candidate.value - Double(t) * candidate.stepValue, Optional(t))
                    }
                }
                out.append((0, 0, 0, nil))
                return out
            }
        }

        let items: [Item]
        let slack: Int
        let swaps: Int
        let step: Int

        private var states: Int { (2 * swaps + 1) * (slack + 1) }
        private func index(_ balance: Int, _ loss: Int) -> Int { (balance + swaps) * (slack + 1) + loss }
        private func valid(_ balance: Int, _ loss: Int) -> Bool { abs(balance) <= swaps && loss >= 0 && loss <= slack }

        /// Each item's depth (nil: not selected) in the best selection.
        func solve() -> [Int?] {
            let decisions = items.map { $0.decisions(slack: slack, step: step) }
            // Forward: the value reachable in each state after all items.
            var reach = [Double](repeating: -.infinity, count: states)
            reach[index(0, 0)] = 0
            for options in decisions {
                var next = [Double](repeating: -.infinity, count: states)
                for balance in -swaps...swaps {
                    for loss in 0...slack where reach[index(balance, loss)] > -.infinity {
                        let here = reach[index(balance, loss)]
                        for option in options where valid(balance + option.balance, loss + option.loss) {
                            let at = index(balance + option.balance, loss + option.loss)
                            next[at] = max(next[at], here + option.value)
                        }
                    }
                }
                reach = next
            }
            // T at its deepest is always reachable, so some loss is found.
            let end = (0...slack).reversed().first { reach[index(0, $0)] > -.infinity } ?? 0
            // Backward: to come[i][state], the most value items i… add to reach the end.
            var come = [[Double]](repeating: [], count: items.count + 1)
            come[items.count] = [Double](repeating: -.infinity, count: states)
            come[items.count][index(0, end)] = 0
            for item in stride(from: items.count - 1, through: 0, by: -1) {
                var here = [Double](repeating: -.infinity, count: states)
                let after = come[item + 1]
                for balance in -swaps...swaps {
                    for loss in 0...slack {
                        var best = -Double.infinity
                        for option in decisions[item] where valid(balance + option.balance, loss + option.loss) {
                            let rest = after[index(balance + option.balance, loss + option.loss)]
                            if rest > -.infinity { best = max(best, option.value + rest) }
                        }
                        here[index(balance, loss)] = best
                    }
                }
                come[item] = here
            }
            // Forward walk: the first decision that keeps the optimum.
            var balance = 0
            var loss = 0
            var depths: [Int?] = []
            for item in items.indices {
                let target = come[item][index(balance, loss)]
                let option = decisions[item].first { option in
                    valid(balance + option.balance, loss + option.loss)
                        && option.value + come[item + 1][index(balance + option.balance, loss + option.loss)] == target
                }!
                balance += option.balance
                loss += option.loss
                depths.append(option.depth)
            }
            return depths
        }
    }
}
