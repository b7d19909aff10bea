/// A unified diff of two versions of a text file (`diff -u`, three lines of
/// context), as `tthc fix` prints what it would change. Lines are compared
/// whole, with their line endings, by Myers' O(ND) algorithm: the edits of
/// `fix` touch a few scalars, so D is small whatever the file's size.
public enum UnifiedDiff {
    public static let context = 3

    /// The diff of `old` to `new` under the headers `--- a/PATH` and
    /// `+++ b/PATH`; empty when the two are the same.
    public static func render(path: String, old: String, new: String) -> String {
        let a = lines(old)
        let b = lines(new)
        let edits = script(a, b)
        guard edits.contains(where: { $0 != .keep }) else { return "" }
        // Each edit with its text and the line numbers before and after it.
        var rows: [Row] = []
        var i = 0
        var j = 0
        for edit in edits {
            switch edit {
            case .keep:
                rows.append(Row(edit: edit, text: a[i], old: i, new: j))
                i += 1
                j += 1
            case .delete:
                rows.append(Row(edit: edit, text: a[i], old: i, new: j))
                i += 1
            case .insert:
                rows.append(Row(edit: edit, text: b[j], old: i, new: j))
                j += 1
            }
        }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        for hunk in hunks(rows) {
            let oldCount = hunk.count { $0.edit != .insert }
            let newCount = hunk.count { $0.edit != .delete }
            let oldStart = (hunk.first?.old ?? 0) + (oldCount == 0 ? 0 : 1)
            let newStart = (hunk.first?.new ?? 0) + (newCount == 0 ? 0 : 1)
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for row in hunk {
                let prefix = row.edit == .keep ? " " : row.edit == .delete ? "-" : "+"
                out += prefix + row.text
                if row.text.unicodeScalars.last != "\n" { out += "\n\\ No newline at end of file\n" }
            }
        }
        return out
    }

    /// `start,count`, or `start` alone for one line, as diff writes it.
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }

    struct Row {
        var edit: Edit
        var text: String
        /// 0-based line numbers of the old and new file at this row.
        var old: Int
        var new: Int
    }

    enum Edit: Equatable {
        case keep, delete, insert
    }

    /// The lines of `text`, each with its line break.
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            // "\r\n" is one Character, and ends with a line feed too.
            if character == "\n" || character == "\r\n" {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The shortest edit script from `a` to `b`, in order.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count
        let m = b.count
        let max = n + m
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        outer: for d in 0...max {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max]) {
                    x = v[k + 1 + max]
                } else {
                    x = v[k - 1 + max] + 1
                }
                var y = x - k
                while x < n && y < m && a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[k + max] = x
                if x >= n && y >= m { break outer }
            }
        }
        // Walk back through the trace to recover the path.
        var edits: [Edit] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previous: Int
            if k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max]) {
                previous = k + 1
            } else {
                previous = k - 1
            }
            let px = v[previous + max]
            let py = px - previous
            while x > px && y > py {
                edits.append(.keep)
                x -= 1
                y -= 1
            }
            if d > 0 {
                edits.append(x == px ? .insert : .delete)
                x = px
                y = py
            }
        }
        return edits.reversed()
    }

    /// The rows grouped into hunks: each change with `context` unchanged
    /// lines around it, changes closer than twice that in one hunk.
    static func hunks(_ rows: [Row]) -> [[Row]] {
        let changed = rows.indices.filter { rows[$0].edit != .keep }
        var hunks: [[Row]] = []
        var index = 0
        while index < changed.count {
            let start = Swift.max(0, changed[index] - context)
            var end = changed[index]
            while index + 1 < changed.count, changed[index + 1] - end <= 2 * context {
                index += 1
                end = changed[index]
            }
            hunks.append(Array(rows[start...Swift.min(rows.count - 1, end + context)]))
            index += 1
        }
        return hunks
    }
}
