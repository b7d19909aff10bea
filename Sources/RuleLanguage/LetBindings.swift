import Vocabulary

/// The `let:` names of one rule (SPEC §10), in order: each compiled against
/// the scope and the names before it. A rule's `when`, `assert` and message
/// read them by index.
public struct LetBindings: Sendable {
    struct Binding: Sendable {
        var name: String
        var expression: CompiledExpression
    }

    private(set) var bindings: [Binding] = []

    public init() {}

    /// The `let` names a rule may have.
    public static let maxCount = 128

    public var isEmpty: Bool { bindings.isEmpty }
    public var names: [String] { bindings.map(\.name) }
    public var expressions: [CompiledExpression] { bindings.map(\.expression) }

    public mutating func append(_ name: String, _ expression: CompiledExpression) {
        bindings.append(Binding(name: name, expression: expression))
    }

    func index(of name: String) -> Int? { bindings.firstIndex { $0.name == name } }

    /// The values of these names for one item, computed when first read:
    /// nil when the rule has none, so a rule without `let` allocates nothing.
    public func values() -> LetValues? {
        isEmpty ? nil : LetValues(bindings.map(\.expression))
    }
}

/// The `let` values of one rule on one item. Each is computed the first time
/// an expression reads it, and kept (value or error) for the item's other
/// reads: a `let` behind a false `when` is never computed, so it cannot fail.
/// Messages write numbers in their language's style, so each style keeps
/// its own values. Used by one thread, for one item.
public final class LetValues {
    private let expressions: [CompiledExpression]
    private var plain: [Result<Value, EvaluationError>?]
    private var vietnamese: [Result<Value, EvaluationError>?]

    init(_ expressions: [CompiledExpression]) {
        self.expressions = expressions
        plain = Array(repeating: nil, count: expressions.count)
        vietnamese = plain
    }

    func value(_ index: Int, _ context: Context) throws(EvaluationError) -> Value {
        let known = context.numbers == .plain ? plain[index] : vietnamese[index]
        if let known { return try known.get() }
        // A let sees the item and the lets before it, not the reader's macro variables.
        var own = context
        own.variables = []
        let result: Result<Value, EvaluationError>
        do {
            result = .success(try expressions[index].run(own))
        } catch {
            result = .failure(error)
        }
        if context.numbers == .plain { plain[index] = result } else { vietnamese[index] = result }
        return try result.get()
    }

    /// Forgets every value, to be used for the next item by the same thread:
    /// one set of `let` values a rule and thread, not one an item.
    public func reset() {
        for index in plain.indices {
            plain[index] = nil
            vietnamese[index] = nil
        }
    }
}
