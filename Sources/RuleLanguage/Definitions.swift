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
    /// with the chain that comes back to it (`a → b → a`), in name order.
    /// Recursion is refused when the rules load, before any rule is checked.
    public func cycles() -> [(name: String, chain: [String])] {
        var found: [(String, [String])] = []
        for name in names {
            if let chain = path(from: name, to: name, seen: []) { found.append((name, [name] + chain)) }
        }
        return found
    }

    private func path(from start: String, to target: String, seen: Set<String>) -> [String]? {
        guard let definition = entries[start] else { return nil }
        for used in definition.syntax.referencedNames.sorted() where entries[used] != nil {
            if used == target { return [used] }
            guard !seen.contains(used) else { continue }
            if let rest = path(from: used, to: target, seen: seen.union([start])) { return [used] + rest }
        }
        return nil
    }
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
