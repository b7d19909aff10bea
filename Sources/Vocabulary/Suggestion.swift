/// "Did you mean" for a misspelt name, by edit distance as swift-argument-parser
/// suggests options, counting a swap of two neighbouring letters (`levle`) as
/// one edit.
public enum Suggestion {
    /// The closest of `candidates` to `name`, if it is close enough to be a typo.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased())
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance < (best?.distance ?? Int.max) || (distance == best?.distance && candidate < best!.candidate) {
                best = (distance, candidate)
            }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, (target.count + 2) / 4))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// `; did you mean `x`?` or nothing, for the end of a message.
    public static func phrase(for name: String, in candidates: some Sequence<String>) -> String {
        closest(to: name, in: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions
    /// and transpositions of adjacent characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
