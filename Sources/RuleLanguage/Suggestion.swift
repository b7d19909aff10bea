/// "Did you mean" for a misspelt name, by edit distance (the same measure the
/// Catalog module uses for keys; copied, as this module depends on no other).
enum Suggestion {
    /// The closest of `candidates` to `name`, if it is close enough to be a typo.
    static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased())
        var best: (distance: Int, candidate: String)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if let current = best, distance > current.distance || (distance == current.distance && candidate >= current.candidate) {
                continue
            }
            best = (distance, candidate)
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, (target.count + 2) / 4))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// `; did you mean `x`?` or nothing, for the end of a message.
    static func phrase(for name: String, in candidates: some Sequence<String>) -> String {
        closest(to: name, in: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
