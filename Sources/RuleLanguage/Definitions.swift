import Vocabulary

/// The `define:` entries of rules/ (SPEC §10): named expressions and
/// functions shared by every rule. Each is parsed once when the rules load;
/// its types are checked where a rule uses it, with the types of that use's
/// arguments, as a template is. A call evaluates its arguments once and the
/// body sees only its parameters, other definitions and the names of the
/// rule's scope — never the caller's macro variables or `let`s.
public struct Definitions: Sendable {
    struct Definition: Sendable {
        var name: String
        var parameters: [String]
        var text: SourceText
        var syntax: Syntax

        /// How the definition is written, for messages: `cut_rate(p)`.
        var signature: String {
            parameters.isEmpty ? name : name + "(" + parameters.joined(separator: ", ") + ")"
        }
    }

    private(set) var entries: [String: Definition] = [:]

    public init() {}

    public var names: [String] { entries.keys.sorted() }

    /// Parses `source` as the body of `name`; a parse error is located in
    /// `source` and names the definition.
    public mutating func add(name: String, parameters: [String], source: String) throws(LanguageError) {
        let text = SourceText(source)
        do {
            let syntax = try Parser.parse(text, range: SourceRange(lowerBound: 0, upperBound: text.count))
            entries[name] = Definition(name: name, parameters: parameters, text: text, syntax: syntax)
        } catch {
            var located = error
            located.definition = name
            throw located
        }
    }

    func definition(_ name: String) -> Definition? { entries[name] }

    public func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The definitions that use themselves, directly or through others, each
    /// with the shortest chain that comes back to it (`a → b → a`), in name
    /// order. Recursion is refused when the rules load, before any rule is
    /// checked. Linear in the definitions but for the cycles found (Tarjan's
    /// components, without recursion: a file may chain thousands of them).
    public func cycles() -> [(name: String, chain: [String])] {
        let order = names
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let uses: [[Int]] = order.map { name in
            (entries[name]?.syntax.referencedNames ?? []).compactMap { position[$0] }.sorted()
        }
        var found: [(String, [String])] = []
        for component in Self.components(uses) {
            let members = Set(component)
            guard component.count > 1 || uses[component[0]].contains(component[0]) else { continue }
            // A large ring is reported once, at its first name, its chain cut short.
            let starts = component.count <= Self.maxReportedRing ? component.sorted() : [component.min() ?? component[0]]
            for start in starts {
                // The shortest way back to `start` inside its component.
                var previous: [Int: Int] = [:]
                var queue = [start]
                var head = 0
                search: while head < queue.count {
                    let current = queue[head]
                    head += 1
                    for next in uses[current] where members.contains(next) && previous[next] == nil {
                        previous[next] = current
                        if next == start { break search }
                        queue.append(next)
                    }
                }
                var chain = [order[start]]
                var step = previous[start] ?? start
                while step != start {
                    chain.append(order[step])
                    step = previous[step] ?? start
                }
                chain.append(order[start])
                chain.reverse()
                if chain.count > Self.maxReportedRing {
                    chain = Array(chain.prefix(Self.maxReportedRing / 2)) + ["…"] + Array(chain.suffix(2))
                }
                found.append((order[start], chain))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// Strongly connected components of a graph given as adjacency lists,
    /// by Tarjan's algorithm with an explicit stack.
    static func components(_ edges: [[Int]]) -> [[Int]] {
        var index = [Int](repeating: -1, count: edges.count)
        var low = [Int](repeating: 0, count: edges.count)
        var onStack = [Bool](repeating: false, count: edges.count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var counter = 0
        for root in edges.indices where index[root] < 0 {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            while let (node, next) = work.last {
                if next < edges[node].count {
                    work[work.count - 1].next += 1
                    let target = edges[node][next]
                    if index[target] < 0 {
                        index[target] = counter
                        low[target] = counter
                        counter += 1
                        stack.append(target)
                        onStack[target] = true
                        work.append((target, 0))
                    } else if onStack[target] {
                        low[node] = min(low[node], index[target])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                if low[node] == index[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    result.append(component)
                }
            }
        }
        return result
    }

    /// Rings of definitions longer than this are reported once, not per member.
    static let maxReportedRing = 16

    /// How deep definitions may use one another (a use inside a use…): the
    /// type checker goes down one level per use.
    static let maxDepth = 64
}

extension Syntax {
    /// Every name read or called in the expression.
    var referencedNames: Set<String> {
        var names: Set<String> = []
        func walk(_ node: Syntax) {
            switch node.kind {
            case .number, .string, .bool, .null: break
            case .name(let name): names.insert(name)
            case .list(let elements): elements.forEach(walk)
            case .member(let base, _, _): walk(base)
            case .index(let base, let position):
                walk(base)
                walk(position)
            case .call(let name, _, let arguments):
                names.insert(name)
                arguments.forEach(walk)
            case .method(let receiver, _, _, let arguments):
                walk(receiver)
                arguments.forEach(walk)
            case .unary(_, _, let operand): walk(operand)
            case .binary(_, _, let left, let right):
                walk(left)
                walk(right)
            case .conditional(let condition, let then, let otherwise):
                walk(condition)
                walk(then)
                walk(otherwise)
            }
        }
        walk(self)
        return names
    }
}
