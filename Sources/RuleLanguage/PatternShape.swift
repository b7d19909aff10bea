/// A look at the shape of a regular expression (ICU syntax, already accepted
/// by NSRegularExpression) for the two shapes that make a backtracking engine
/// take exponential time on a long text that does not match:
///
/// - a repetition inside a repetition, where the outer group can be nothing but
///   the inner repetition: `(a+)+`, `(a*)*`, `(\w+\s*)+`, `(\d+(\.\d+)?)+`;
/// - a repeated group whose alternatives match the same text: `(a|a)*`,
///   `(a|aa)+`.
///
/// The look is conservative and cheap: one pass with an explicit stack (so no
/// pattern can overflow the call stack), no recursion. What it misses (`(a|[ab])*`,
/// `a*a*a*b`) is still bounded when matched: see `Pattern.matches(_:)`.
struct PatternShape {
    /// The catastrophic fragment, as written, and why; nil when none was found.
    var problem: (fragment: String, reason: Reason)?
    /// The pattern ends inside `\Q…` (no closing `\E`).
    var endsQuoted = false
    /// The pattern ends in free-spacing mode (`(?x)`), where `#` starts a comment.
    var endsExtended = false

    enum Reason: Sendable, Equatable {
        case nestedRepetition
        case overlappingAlternatives
    }

    private struct Quantifier {
        var min: Int
        var max: Int?
        var possessive: Bool
        /// Repeated without bound, or often enough (`{3}`) to be polynomial of a high degree.
        var repeats: Bool { !possessive && (max == nil || max! > 2) }
        var variable: Bool { !possessive && max != min }
    }

    private struct Item {
        var key: String
        var start: Int
        var end: Int
        var isGroup = false
        /// `(?>…)` or a lookaround: the engine does not backtrack into it.
        var atomic = false
        var zeroWidth = false
        /// A group one of whose alternatives is only variable repetitions.
        var onlyRepetition = false
        /// A group one of whose alternatives can match nothing.
        var nullableGroup = false
        var alternativeKeys: [[String]] = []
        var quantifier: Quantifier?

        var isVariable: Bool {
            if zeroWidth { return false }
            if let quantifier, quantifier.variable { return true }
            if quantifier?.possessive == true { return false }
            return isGroup && !atomic && onlyRepetition
        }

        var isNullable: Bool {
            zeroWidth || quantifier?.min == 0 || (isGroup && nullableGroup)
        }
    }

    private enum GroupKind {
        case root, plain, atomic, lookaround
    }

    private struct Frame {
        var start: Int
        var kind: GroupKind
        var extended: Bool
        var alternatives: [[Item]] = []
        var current: [Item] = []
    }

    /// Looks at `source`; never fails, whatever the text.
    init(_ source: String) {
        let s = Array(source.unicodeScalars)
        let n = s.count
        func text(_ lower: Int, _ upper: Int) -> String {
            var result = String.UnicodeScalarView()
            result.append(contentsOf: s[max(0, lower)..<min(n, max(lower, upper))])
            return String(result)
        }
        func isHex(_ c: Unicode.Scalar) -> Bool {
            ("0"..."9").contains(c) || ("a"..."f").contains(c) || ("A"..."F").contains(c)
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        /// Index just past the first `close` at or after `from`, or `n`.
        func past(_ close: Unicode.Scalar, from: Int) -> Int {
            var j = from
            while j < n && s[j] != close { j += 1 }
            return min(n, j + 1)
        }

        var stack = [Frame(start: 0, kind: .root, extended: false)]
        var quoted = false
        var i = 0
        scanning: while i < n {
            let c = s[i]
            if quoted {
                if c == "\\" && i + 1 < n && s[i + 1] == "E" {
                    quoted = false
                    i += 2
                } else {
                    stack[stack.count - 1].current.append(Item(key: text(i, i + 1), start: i, end: i + 1))
                    i += 1
                }
                continue
            }
            if stack[stack.count - 1].extended {
                if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}" {
                    i += 1
                    continue
                }
                if c == "#" {
                    while i < n && s[i] != "\n" { i += 1 }
                    continue
                }
            }
            switch c {
            case "\\":
                guard i + 1 < n else {
                    stack[stack.count - 1].current.append(Item(key: "\\", start: i, end: i + 1))
                    i += 1
                    continue
                }
                let e = s[i + 1]
                var end = i + 2
                var zeroWidth = false
                switch e {
                case "Q":
                    quoted = true
                    i += 2
                    continue scanning
                case "E":
                    i += 2
                    continue scanning
                case "b", "B", "A", "z", "Z", "G":
                    zeroWidth = true
                case "x":
                    if end < n && s[end] == "{" {
                        end = past("}", from: end)
                    } else {
                        while end < n && end < i + 4 && isHex(s[end]) { end += 1 }
                    }
                case "p", "P", "N":
                    if end < n && s[end] == "{" { end = past("}", from: end) } else { end = min(n, end + 1) }
                case "k":
                    if end < n && s[end] == "<" { end = past(">", from: end) }
                case "u", "U":
                    let limit = i + 2 + (e == "u" ? 4 : 8)
                    while end < n && end < limit && isHex(s[end]) { end += 1 }
                case "0":
                    while end < n && end < i + 5 && ("0"..."7").contains(s[end]) { end += 1 }
                case "c":
                    end = min(n, end + 1)
                case "1"..."9":
                    while end < n && isDigit(s[end]) { end += 1 }
                default:
                    break
                }
                stack[stack.count - 1].current.append(Item(key: text(i, end), start: i, end: end, zeroWidth: zeroWidth))
                i = end
            case "[":
                var j = i + 1
                if j < n && s[j] == "^" { j += 1 }
                if j < n && s[j] == "]" { j += 1 }
                var depth = 1
                while j < n {
                    let d = s[j]
                    if d == "\\" {
                        j += 2
                        continue
                    }
                    if d == "[" { depth += 1 }
                    if d == "]" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    j += 1
                }
                let end = min(n, j + 1)
                stack[stack.count - 1].current.append(Item(key: text(i, end), start: i, end: end))
                i = end
            case "(":
                var j = i + 1
                var kind = GroupKind.plain
                var extended = stack[stack.count - 1].extended
                if j < n && s[j] == "?" {
                    j += 1
                    let k: Unicode.Scalar = j < n ? s[j] : " "
                    switch k {
                    case "#":
                        i = past(")", from: j)
                        continue scanning
                    case ":":
                        j += 1
                    case ">":
                        kind = .atomic
                        j += 1
                    case "=", "!":
                        kind = .lookaround
                        j += 1
                    case "<":
                        if j + 1 < n && (s[j + 1] == "=" || s[j + 1] == "!") {
                            kind = .lookaround
                            j += 2
                        } else {
                            j = past(">", from: j)
                        }
                    default:
                        // Flags: `(?ix)` sets them for the rest of the group,
                        // `(?ix:…)` for a group of its own.
                        var on = true
                        var flagExtended = extended
                        while j < n, "ismwx-".unicodeScalars.contains(s[j]) {
                            if s[j] == "-" { on = false } else if s[j] == "x" { flagExtended = on }
                            j += 1
                        }
                        if j < n && s[j] == ")" {
                            stack[stack.count - 1].extended = flagExtended
                            i = j + 1
                            continue scanning
                        }
                        extended = flagExtended
                        if j < n && s[j] == ":" { j += 1 }
                    }
                }
                stack.append(Frame(start: i, kind: kind, extended: extended))
                i = j
            case ")":
                guard stack.count > 1 else {
                    stack[stack.count - 1].current.append(Item(key: ")", start: i, end: i + 1))
                    i += 1
                    continue
                }
                var frame = stack.removeLast()
                frame.alternatives.append(frame.current)
                // A long group's text is not needed to compare it: its place is.
                let key = i + 1 - frame.start <= 256 ? text(frame.start, i + 1) : "\u{0}\(frame.start)"
                var item = Item(key: key, start: frame.start, end: i + 1, isGroup: true)
                item.atomic = frame.kind == .atomic || frame.kind == .lookaround
                item.zeroWidth = frame.kind == .lookaround
                item.onlyRepetition = frame.alternatives.contains { alternative in
                    alternative.contains(where: \.isVariable) && alternative.allSatisfy { $0.isVariable || $0.isNullable }
                }
                item.nullableGroup = frame.alternatives.contains { $0.allSatisfy(\.isNullable) }
                item.alternativeKeys = frame.alternatives.map { $0.map(\.key) }
                stack[stack.count - 1].current.append(item)
                i += 1
            case "|":
                let current = stack[stack.count - 1].current
                stack[stack.count - 1].alternatives.append(current)
                stack[stack.count - 1].current = []
                i += 1
            case "*", "+", "?", "{":
                var quantifier: Quantifier
                var end = i + 1
                switch c {
                case "*": quantifier = Quantifier(min: 0, max: nil, possessive: false)
                case "+": quantifier = Quantifier(min: 1, max: nil, possessive: false)
                case "?": quantifier = Quantifier(min: 0, max: 1, possessive: false)
                default:
                    guard let counted = Self.counted(s, from: i) else {
                        stack[stack.count - 1].current.append(Item(key: "{", start: i, end: i + 1))
                        i += 1
                        continue scanning
                    }
                    (quantifier, end) = counted
                }
                if end < n && s[end] == "+" {
                    quantifier.possessive = true
                    end += 1
                } else if end < n && s[end] == "?" {
                    end += 1
                }
                i = end
                guard var item = stack[stack.count - 1].current.popLast() else { continue }
                guard item.quantifier == nil else {
                    stack[stack.count - 1].current.append(item)
                    continue
                }
                item.quantifier = quantifier
                if quantifier.repeats && item.isGroup && !item.atomic && !item.zeroWidth {
                    if item.onlyRepetition {
                        problem = (text(item.start, end), .nestedRepetition)
                        break scanning
                    }
                    if Self.overlapping(item.alternativeKeys) {
                        problem = (text(item.start, end), .overlappingAlternatives)
                        break scanning
                    }
                }
                item.key += text(item.end, end)
                item.end = end
                stack[stack.count - 1].current.append(item)
            case "^", "$":
                stack[stack.count - 1].current.append(Item(key: text(i, i + 1), start: i, end: i + 1, zeroWidth: true))
                i += 1
            default:
                stack[stack.count - 1].current.append(Item(key: text(i, i + 1), start: i, end: i + 1))
                i += 1
            }
        }
        endsQuoted = quoted
        endsExtended = stack.last?.extended ?? false
    }

    /// `{n}`, `{n,}` or `{n,m}` at `from`, and the index past it.
    private static func counted(_ s: [Unicode.Scalar], from: Int) -> (Quantifier, Int)? {
        var j = from + 1
        func number() -> Int? {
            var value: Int?
            while j < s.count, ("0"..."9").contains(s[j]) {
                value = min((value ?? 0) * 10 + Int(s[j].value - 0x30), 1_000_000_000)
                j += 1
            }
            return value
        }
        guard let low = number() else { return nil }
        var high: Int? = low
        if j < s.count && s[j] == "," {
            j += 1
            high = number()
        }
        guard j < s.count && s[j] == "}" else { return nil }
        return (Quantifier(min: low, max: high, possessive: false), j + 1)
    }

    /// Two alternatives that are the same, or one the other written several
    /// times over: `a|a`, `a|aa`, `\d|\d\d`.
    private static func overlapping(_ alternatives: [[String]]) -> Bool {
        guard alternatives.count > 1 else { return false }
        var seen: Set<[String]> = []
        for alternative in alternatives where !alternative.isEmpty {
            guard seen.insert(alternative).inserted else { return true }
        }
        for alternative in alternatives where alternative.count > 1 {
            for length in 1..<alternative.count where alternative.count % length == 0 {
                let unit = Array(alternative[0..<length])
                guard seen.contains(unit) else { continue }
                if stride(from: length, to: alternative.count, by: length).allSatisfy({
                    Array(alternative[$0..<($0 + length)]) == unit
                }) {
                    return true
                }
            }
        }
        return false
    }
}
