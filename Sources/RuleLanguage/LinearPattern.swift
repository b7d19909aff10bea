/// A regular expression written in a small part of ICU's syntax, matched
/// without ICU: compiled once to a Thompson automaton and run over the text's
/// bytes with the set of states it may be in, so a match takes time linear in
/// the text and allocates nothing (the state sets live on the stack).
///
/// The part: ASCII literals and escaped punctuation (`\.`), classes of ASCII
/// literals and ranges (`[0-9]`, `[.]`, `[^A-Z_]`), groups (`(…)`, `(?:…)`),
/// alternation, `?`, `{n}` and `{n,m}` (greedy or lazy), `^` and `$` as ICU
/// reads them without flags. That is what format checks such as the default
/// pack's `code-format` are written in; any other pattern is left to
/// NSRegularExpression (`init` returns nil).
///
/// Unbounded repetitions (`*`, `+`, `{n,}`) are left to ICU on purpose: ICU
/// counts its backtracking steps against a budget and reports a rule error
/// when a match needs more (SPEC §6), which an automaton never would. Without
/// them the steps ICU could take are bounded (`icuSteps`), and this matcher is
/// used only where that bound is far inside the budget, so both give the same
/// answer on every text.
struct LinearPattern: Sendable {
    /// ASCII characters as two 64-bit halves; a non-ASCII character is in a
    /// set only when the set is negated.
    struct CharSet: Sendable, Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var negated = false

        mutating func insert(_ byte: UInt8) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }

        /// `byte` is an ASCII byte, or nil for a non-ASCII character.
        func contains(_ byte: UInt8?) -> Bool {
            guard let byte else { return negated }
            let bit = byte < 64 ? (low >> UInt64(byte)) & 1 : (high >> UInt64(byte - 64)) & 1
            return (bit == 1) != negated
        }
    }

    private indirect enum Node {
        case set(CharSet)
        case begin
        case end
        case sequence([Node])
        case alternatives([Node])
        case repetition(Node, min: Int, max: Int)
    }

    private enum State {
        case set(CharSet, next: Int)
        case split(Int, Int)
        case begin(next: Int)
        case end(next: Int)
        case match
    }

    private let states: [State]
    private let start: Int
    /// How many ways through the pattern a backtracking matcher may try from
    /// one place in the text, at most.
    private let paths: Double

    /// Largest automaton kept; beyond it (long `{n,m}` expansions) ICU matches.
    static let maxStates = 2_000
    /// Deepest group nesting read; deeper patterns are left to ICU.
    static let maxDepth = 32
    /// The most backtracking steps ICU may be credited with for this matcher
    /// to stand in for it: a tenth of its smallest budget (`Pattern`).
    static let maxICUSteps = Double(Pattern.baseReports * Pattern.stepsPerReport) / 10

    init?(_ source: String) {
        var parser = Parser(Array(source.utf8))
        guard let node = parser.parse() else { return nil }
        var builder = Builder()
        let match = builder.add(.match)
        guard let first = builder.compile(node, then: match), builder.states.count <= Self.maxStates else { return nil }
        states = builder.states
        start = first
        paths = Self.paths(node)
    }

    /// An upper bound of the steps ICU's backtracking matcher takes to search
    /// a text of `length` UTF-16 units: from each start, each way through the
    /// pattern, each state at most a few times.
    func icuSteps(length: Int) -> Double {
        Double(length + 1) * paths * 4 * Double(states.count + 1)
    }

    /// Whether this matcher answers for ICU on a text of `length` UTF-16 units.
    func decides(length: Int) -> Bool {
        icuSteps(length: length) <= Self.maxICUSteps
    }

    private static func paths(_ node: Node) -> Double {
        switch node {
        case .set, .begin, .end: return 1
        case .sequence(let nodes): return nodes.reduce(1) { $0 * paths($1) }
        case .alternatives(let nodes): return nodes.reduce(0) { $0 + paths($1) }
        case .repetition(let inner, let min, let max):
            let each = paths(inner)
            var total = 0.0
            for count in min...max { total += pow(each, count) }
            return total
        }
    }

    private static func pow(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= base }
        return result
    }

    // MARK: Matching

    /// True when the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // 32-bit slots: a format check's automaton (some 30 states) then
            // fits in the kilobyte the standard library puts on the stack. A
            // slot holds a byte offset; `decides(length:)` keeps long texts away.
            precondition(bytes.count < Int(Int32.max), "a text too long for the automaton")
            return withUnsafeTemporaryAllocation(of: Int32.self, capacity: states.count * 5 + 2) { buffer in
                run(bytes, buffer)
            }
        }
    }

    /// `buffer` holds the current and next state lists, the stack of the
    /// closure (each state pushes at most two, once) and the position each
    /// state was last added at, so it enters a position's list once.
    private func run(_ bytes: UnsafeBufferPointer<UInt8>, _ buffer: UnsafeMutableBufferPointer<Int32>) -> Bool {
        let n = states.count
        var current = UnsafeMutableBufferPointer(rebasing: buffer[0..<n])
        var next = UnsafeMutableBufferPointer(rebasing: buffer[n..<2 * n])
        let stack = UnsafeMutableBufferPointer(rebasing: buffer[2 * n..<4 * n + 2])
        let marks = UnsafeMutableBufferPointer(rebasing: buffer[4 * n + 2..<5 * n + 2])
        marks.initialize(repeating: -1)
        var currentCount = 0
        var position = 0
        /// Adds `state` and the states it reaches without reading a character
        /// to the list of position `offset`; true when that reaches the match.
        func add(_ state: Int, to list: UnsafeMutableBufferPointer<Int32>, count: inout Int, at offset: Int) -> Bool {
            let mark = Int32(offset)
            var depth = 0
            stack[depth] = Int32(state)
            depth += 1
            while depth > 0 {
                depth -= 1
                let index = Int(stack[depth])
                if marks[index] == mark { continue }
                marks[index] = mark
                switch states[index] {
                case .match:
                    return true
                case .set:
                    list[count] = Int32(index)
                    count += 1
                case .split(let first, let second):
                    // The second first on the stack, so the first is taken first.
                    stack[depth] = Int32(second)
                    stack[depth + 1] = Int32(first)
                    depth += 2
                case .begin(let to):
                    if offset == 0 {
                        stack[depth] = Int32(to)
                        depth += 1
                    }
                case .end(let to):
                    if Self.isEnd(bytes, at: offset) {
                        stack[depth] = Int32(to)
                        depth += 1
                    }
                }
            }
            return false
        }
        while true {
            if add(start, to: current, count: &currentCount, at: position) { return true }
            guard position < bytes.count else { return false }
            // One character: an ASCII byte, or a whole non-ASCII sequence.
            let lead = bytes[position]
            let character: UInt8? = lead < 0x80 ? lead : nil
            var after = position + 1
            if lead >= 0x80 {
                while after < bytes.count, bytes[after] & 0xC0 == 0x80 { after += 1 }
            }
            var nextCount = 0
            for slot in 0..<currentCount {
                guard case .set(let set, let to) = states[Int(current[slot])], set.contains(character) else { continue }
                if add(to, to: next, count: &nextCount, at: after) { return true }
            }
            swap(&current, &next)
            currentCount = nextCount
            position = after
        }
    }

    /// `$` without flags: at the end of the text, or before one line
    /// terminator that ends it (LF, VT, FF, CR, CR LF, NEL, LS or PS).
    private static func isEnd(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let rest = bytes.count - offset
        switch rest {
        case 0: return true
        case 1: return (0x0A...0x0D).contains(bytes[offset])
        case 2: return (bytes[offset] == 0x0D && bytes[offset + 1] == 0x0A) || (bytes[offset] == 0xC2 && bytes[offset + 1] == 0x85)
        case 3: return bytes[offset] == 0xE2 && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9)
        default: return false
        }
    }

    // MARK: Compiling

    private struct Builder {
        var states: [State] = []

        mutating func add(_ state: State) -> Int {
            states.append(state)
            return states.count - 1
        }

        /// The entry of `node`'s states, which continue to `next`; nil when
        /// the automaton would grow past its limit.
        mutating func compile(_ node: Node, then next: Int) -> Int? {
            guard states.count <= LinearPattern.maxStates else { return nil }
            switch node {
            case .set(let set): return add(.set(set, next: next))
            case .begin: return add(.begin(next: next))
            case .end: return add(.end(next: next))
            case .sequence(let nodes):
                var entry = next
                for node in nodes.reversed() {
                    guard let before = compile(node, then: entry) else { return nil }
                    entry = before
                }
                return entry
            case .alternatives(let nodes):
                var entries: [Int] = []
                for node in nodes {
                    guard let entry = compile(node, then: next) else { return nil }
                    entries.append(entry)
                }
                var entry = entries[entries.count - 1]
                for other in entries.dropLast().reversed() { entry = add(.split(other, entry)) }
                return entry
            case .repetition(let inner, let min, let max):
                // The optional copies from the last back, each able to stop.
                var entry = next
                for _ in min..<max {
                    guard let body = compile(inner, then: entry) else { return nil }
                    entry = add(.split(body, next))
                }
                for _ in 0..<min {
                    guard let body = compile(inner, then: entry) else { return nil }
                    entry = body
                }
                return entry
            }
        }
    }

    // MARK: Reading the pattern

    private struct Parser {
        let bytes: [UInt8]
        var at = 0
        var depth = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

        mutating func parse() -> Node? {
            guard let node = alternatives(), at == bytes.count else { return nil }
            return node
        }

        mutating func alternatives() -> Node? {
            var options: [Node] = []
            while true {
                guard let option = sequence() else { return nil }
                options.append(option)
                guard peek == UInt8(ascii: "|") else { break }
                at += 1
            }
            return options.count == 1 ? options[0] : .alternatives(options)
        }

        mutating func sequence() -> Node? {
            var items: [Node] = []
            while let byte = peek, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                guard let atom = atom() else { return nil }
                guard let item = quantified(atom) else { return nil }
                items.append(item)
            }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func atom() -> Node? {
            guard let byte = peek else { return nil }
            at += 1
            switch byte {
            case UInt8(ascii: "^"): return .begin
            case UInt8(ascii: "$"): return .end
            case UInt8(ascii: "["): return charClass()
            case UInt8(ascii: "("):
                if peek == UInt8(ascii: "?") {
                    guard at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: ":") else { return nil }
                    at += 2
                }
                depth += 1
                guard depth <= LinearPattern.maxDepth, let inner = alternatives(), peek == UInt8(ascii: ")") else { return nil }
                at += 1
                depth -= 1
                return inner
            case UInt8(ascii: "\\"):
                guard let escaped = peek, Self.isEscapablePunctuation(escaped) else { return nil }
                at += 1
                return .set(Self.single(escaped))
            default:
                guard Self.isLiteral(byte) else { return nil }
                return .set(Self.single(byte))
            }
        }

        /// `?`, `{n}`, `{n,m}`, each maybe lazy (`??`, `{n,m}?`): lazy or
        /// greedy, a match is found or not all the same. Possessive forms and
        /// unbounded ones are left to ICU.
        mutating func quantified(_ atom: Node) -> Node? {
            guard let byte = peek else { return atom }
            var bounds: (min: Int, max: Int)
            switch byte {
            case UInt8(ascii: "?"):
                at += 1
                bounds = (0, 1)
            case UInt8(ascii: "{"):
                at += 1
                guard let min = number() else { return nil }
                var max = min
                if peek == UInt8(ascii: ",") {
                    at += 1
                    guard let upper = number() else { return nil }
                    max = upper
                }
                guard peek == UInt8(ascii: "}"), min <= max else { return nil }
                at += 1
                bounds = (min, max)
            case UInt8(ascii: "*"), UInt8(ascii: "+"):
                return nil
            default:
                return atom
            }
            switch atom {
            case .begin, .end: return nil
            default: break
            }
            if peek == UInt8(ascii: "?") { at += 1 }
            if let next = peek, next == UInt8(ascii: "+") || next == UInt8(ascii: "?") || next == UInt8(ascii: "*")
                || next == UInt8(ascii: "{")
            {
                return nil
            }
            return .repetition(atom, min: bounds.min, max: bounds.max)
        }

        /// Up to four digits.
        mutating func number() -> Int? {
            var value = 0
            var digits = 0
            while let byte = peek, (0x30...0x39).contains(byte), digits < 4 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                at += 1
            }
            return digits > 0 && !(peek.map { (0x30...0x39).contains($0) } ?? false) ? value : nil
        }

        /// After `[`: literals and ranges up to `]`, maybe negated.
        mutating func charClass() -> Node? {
            var set = CharSet()
            if peek == UInt8(ascii: "^") {
                set.negated = true
                at += 1
            }
            var members = 0
            while peek != nil, peek != UInt8(ascii: "]") {
                guard let low = classMember() else { return nil }
                var high = low
                if peek == UInt8(ascii: "-") {
                    at += 1
                    guard let upper = classMember(), low <= upper else { return nil }
                    high = upper
                }
                for member in low...high { set.insert(member) }
                members += 1
            }
            guard members > 0, peek == UInt8(ascii: "]") else { return nil }
            at += 1
            return .set(set)
        }

        mutating func classMember() -> UInt8? {
            guard let byte = peek else { return nil }
            at += 1
            if byte == UInt8(ascii: "\\") {
                guard let escaped = peek, Self.isEscapablePunctuation(escaped) else { return nil }
                at += 1
                return escaped
            }
            return Self.isClassLiteral(byte) ? byte : nil
        }

        static func single(_ byte: UInt8) -> CharSet {
            var set = CharSet()
            set.insert(byte)
            return set
        }

        static func isAlphanumeric(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }

        /// Outside a class: letters, digits, the space and punctuation ICU
        /// gives no meaning to without flags.
        static func isLiteral(_ byte: UInt8) -> Bool {
            isAlphanumeric(byte) || " -_:/,;'\"!@%&=<>~`".utf8.contains(byte)
        }

        /// Inside a class, also `.`; never `[`, `&` or `-` (ICU's set operations and ranges).
        static func isClassLiteral(_ byte: UInt8) -> Bool {
            isAlphanumeric(byte) || " _:/,;'\"!@%=<>~`.".utf8.contains(byte)
        }

        /// `\.`, `\-`, `\(`…: the punctuation a backslash makes literal.
        static func isEscapablePunctuation(_ byte: UInt8) -> Bool {
            "\\.-[](){}|?*+^$/".utf8.contains(byte)
        }
    }
}
