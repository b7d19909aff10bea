/// The selection at the heart of `tthc suggest` (SPEC §12), as a pure
/// problem: each candidate change brings a positive *gain* towards a target
/// (a whole number of units) and a *value* for citizens; pick the changes
/// that reach `need` gain, ordered by
///
/// 1. the fewest changes,
/// 2. then the least gain beyond `need` (the surplus: days cut beyond what
///    reaches the target),
/// 3. then the most value (citizen-days saved),
/// 4. then a fixed order of codes among selections equal in all three.
///
/// **(1)** The fewest changes is the smallest k whose k largest gains reach
/// `need`, since no k-selection gains more than the k largest. Call T those
/// k (largest gain first, then most value, then code), g their smallest gain
/// (the boundary) and D = gain(T) − need < g (dropping T's last member falls
/// short).
///
/// **(2, 3)** Any other k-selection S is T with r members removed and r
/// outsiders added. A removed member and an added outsider of equal gain can
/// be swapped back without changing (1) or (2) and without losing value (T
/// holds the best of the boundary class, and all of every larger class), so
/// an optimum exists where every removed gain exceeds every added one: each
/// such pair loses at least one unit, so r ≤ D. The loss is then
/// L = Σ(removed − g) + Σ(g − added), two sums of non-negative *excesses*
/// and *deficits*, and S reaches `need` exactly when L ≤ D. So the optimum
/// is: the largest L ≤ D, then the most value, over r ≤ D removals of total
/// excess X and r additions of total deficit L − X — two knapsacks with
/// states (r ≤ min(D, k), sum ≤ D), in O(n·min(D, k)·D) time and memory.
public enum FewestChanges {
    public struct Candidate: Sendable, Equatable {
        public var code: String
        /// Units of gain, > 0 (others can never help and are left out).
        public var gain: Int
        /// Value for citizens, ≥ 0.
        public var value: Double

        public init(code: String, gain: Int, value: Double) {
            self.code = code
            self.gain = gain
            self.value = value
        }
    }

    public enum Outcome: Sendable, Equatable {
        /// Nothing to change: the target holds.
        case reached
        /// The chosen candidates, in code order.
        case selection([Candidate])
        /// Even every useful candidate falls short by `shortfall` units.
        case unreachable(shortfall: Int)
    }

    public static func choose(_ candidates: [Candidate], need: Int) -> Outcome {
        guard need > 0 else { return .reached }
        let ranked = candidates.filter { $0.gain > 0 }.sorted {
            ($0.gain, $0.value) != ($1.gain, $1.value) ? ($0.gain, $0.value) > ($1.gain, $1.value) : $0.code < $1.code
        }
        var k = 0
        var ceiling = 0
        while ceiling < need && k < ranked.count {
            ceiling += ranked[k].gain
            k += 1
        }
        guard ceiling >= need else { return .unreachable(shortfall: need - ceiling) }
        let chosen = Array(ranked[..<k])
        let slack = ceiling - need
        guard slack > 0 else { return .selection(chosen.sorted { $0.code < $1.code }) }
        let boundary = chosen[k - 1].gain

        // Members of T whose excess fits, and outsiders whose deficit does.
        let removable = chosen.filter { $0.gain - boundary <= slack }
        let addable = ranked[k...].filter { boundary - $0.gain <= slack }
        // As many removals as additions: neither side needs more than the other has.
        let swaps = min(slack, removable.count, addable.count)
        let removal = Knapsack(removable, weight: { $0.gain - boundary }, value: { -$0.value }, limit: slack, maxCount: swaps)
        let addition = Knapsack(addable, weight: { boundary - $0.gain }, value: { $0.value }, limit: slack, maxCount: swaps)

        // The largest loss within the slack, then the most value.
        for loss in stride(from: slack, through: 0, by: -1) {
            var best: (value: Double, r: Int, excess: Int)?
            for r in 0...min(loss, removal.maxCount, addition.maxCount) {
                for excess in 0...loss {
                    guard let lost = removal.best(count: r, weight: excess),
                        let gained = addition.best(count: r, weight: loss - excess)
                    else { continue }
                    let value = lost + gained
                    if best.map({ value > $0.value }) ?? true { best = (value, r, excess) }
                }
            }
            guard let best else { continue }
            let removed = Set(removal.items(count: best.r, weight: best.excess).map(\.code))
            let added = addition.items(count: best.r, weight: loss - best.excess)
            let selection = chosen.filter { !removed.contains($0.code) } + added
            return .selection(selection.sorted { $0.code < $1.code })
        }
        return .selection(chosen.sorted { $0.code < $1.code })
    }

    /// A 0/1 knapsack over items of small whole weights: for each count of
    /// items and total weight up to `limit`, the best total value, with the
    /// choices kept to name the items. Items are tried in code order and only
    /// a strictly better value replaces a kept one, so ties keep earlier codes.
    struct Knapsack {
        let limit: Int
        let maxCount: Int
        private let items: [Candidate]
        private let weights: [Int]
        /// best[count][weight] after all items.
        private var table: [Double]
        /// taken[item][count][weight]: whether the item is in that state's best.
        private var taken: [[Bool]]

        init(_ pool: [Candidate], weight: (Candidate) -> Int, value: (Candidate) -> Double, limit: Int, maxCount: Int) {
            let items = pool.sorted { $0.code < $1.code }
            self.items = items
            self.weights = items.map(weight)
            self.limit = limit
            let maxCount = min(maxCount, items.count)
            self.maxCount = maxCount
            let width = limit + 1
            var table = [Double](repeating: -.infinity, count: (maxCount + 1) * width)
            table[0] = 0
            var taken: [[Bool]] = []
            taken.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                let w = weights[index]
                let v = value(item)
                var mark = [Bool](repeating: false, count: (maxCount + 1) * width)
                guard maxCount > 0 else {
                    taken.append(mark)
                    continue
                }
                // Downwards, so that each item is used at most once.
                for count in stride(from: maxCount, through: 1, by: -1) {
                    for total in stride(from: limit, through: w, by: -1) {
                        let before = table[(count - 1) * width + total - w]
                        guard before > -.infinity else { continue }
                        let candidate = before + v
                        if candidate > table[count * width + total] {
                            table[count * width + total] = candidate
                            mark[count * width + total] = true
                        }
                    }
                }
                taken.append(mark)
            }
            self.table = table
            self.taken = taken
        }

        func best(count: Int, weight: Int) -> Double? {
            guard count <= maxCount, weight <= limit else { return nil }
            let value = table[count * (limit + 1) + weight]
            return value > -.infinity ? value : nil
        }

        /// The items of the best state, walked back from the last item.
        func items(count: Int, weight: Int) -> [Candidate] {
            var (count, weight) = (count, weight)
            var found: [Candidate] = []
            for index in stride(from: items.count - 1, through: 0, by: -1) where count > 0 {
                if taken[index][count * (limit + 1) + weight] {
                    found.append(items[index])
                    count -= 1
                    weight -= weights[index]
                }
            }
            return found
        }
    }
}
