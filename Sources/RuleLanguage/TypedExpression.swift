import Vocabulary

/// The type-checked expression: names resolved to field indices and variable
/// slots, functions to their overloads. The compiler turns it into closures;
/// the reference evaluator walks it for traces.
struct TypedExpression: Sendable {
    indirect enum Kind: Sendable {
        /// A literal (also a folded `-1`, `date("…")` or list of literals).
        case constant(Value)
        case list([TypedExpression])
        /// `name.field.field`: read as one unit; null propagates along it.
        case path(Path)
        /// A field of something that is not a path (`steps[0].by`).
        case member(TypedExpression, FieldAccess)
        case index(TypedExpression, TypedExpression)
        case unary(UnaryOperator, TypedExpression)
        case binary(BinaryOperator, TypedExpression, TypedExpression)
        case conditional(TypedExpression, TypedExpression, TypedExpression)
        case call(Function, [TypedExpression])
        case macro(Macro, TypedExpression, variable: String, slot: Int, TypedExpression)
        /// A `define:` entry used: its arguments are evaluated into the slots
        /// from `slot` on, then its body (checked for these arguments) runs.
        case inline(name: String, arguments: [TypedExpression], slot: Int, body: TypedExpression)
        /// A sub-expression that reads nothing of the item: computed once
        /// per run when a run's `SharedValues` is given.
        case hoisted(HoistedSlot, TypedExpression)
    }

    var kind: Kind
    var type: ValueType
    var range: SourceRange
    /// The source slice, for messages and trace entries.
    var text: String
    /// The operator as written (`and` or `&&`), for the power-assert line.
    var operatorText: String = ""
    /// The values of the enum field this reads, if it reads one.
    var values: [String]?

    /// How run-time errors name this sub-expression.
    var operand: Operand {
        var nullGuard = EvaluationMessage.NullGuard.none
        if case .path(let path) = kind {
            switch path.root {
            case .scope: nullGuard = .rule
            case .variable, .binding: nullGuard = .variable
            }
        }
        return Operand(text: text, range: range, nullGuard: nullGuard)
    }

    var isConstant: Bool {
        if case .constant = kind { return true }
        return false
    }

    /// The direct sub-expressions, in source order.
    var children: [TypedExpression] {
        switch kind {
        case .constant, .path: []
        case .list(let elements): elements
        case .member(let base, _): [base]
        case .index(let base, let position): [base, position]
        case .unary(_, let operand): [operand]
        case .binary(_, let left, let right): [left, right]
        case .conditional(let condition, let then, let otherwise): [condition, then, otherwise]
        case .call(_, let arguments): arguments
        case .macro(_, let list, _, _, let body): [list, body]
        case .inline(_, let arguments, _, let body): arguments + [body]
        case .hoisted(_, let inner): [inner]
        }
    }

    /// The same node with its direct sub-expressions replaced, in the order
    /// of `children`.
    func replacingChildren(_ new: [TypedExpression]) -> TypedExpression {
        var result = self
        switch kind {
        case .constant, .path, .hoisted: return self
        case .list: result.kind = .list(new)
        case .member(_, let field): result.kind = .member(new[0], field)
        case .index: result.kind = .index(new[0], new[1])
        case .unary(let op, _): result.kind = .unary(op, new[0])
        case .binary(let op, _, _): result.kind = .binary(op, new[0], new[1])
        case .conditional: result.kind = .conditional(new[0], new[1], new[2])
        case .call(let function, _): result.kind = .call(function, new)
        case .macro(let macro, _, let variable, let slot, _):
            result.kind = .macro(macro, new[0], variable: variable, slot: slot, new[1])
        case .inline(let name, let arguments, let slot, _):
            result.kind = .inline(name: name, arguments: Array(new.prefix(arguments.count)), slot: slot, body: new[arguments.count])
        }
        return result
    }

    /// The indices of the scope's fields the expression reads.
    var scopeFieldsRead: Set<Int> {
        var read: Set<Int> = []
        func walk(_ node: TypedExpression) {
            if case .path(let path) = node.kind, case .scope(let index) = path.root { read.insert(index) }
            node.children.forEach(walk)
        }
        walk(self)
        return read
    }

    /// The first scope path read, in source order (variables are not scope names).
    var firstScopePath: [String]? {
        if case .path(let path) = kind {
            switch path.root {
            case .scope: return path.names
            case .binding(_, let reads): return reads
            case .variable: break
            }
        }
        for child in children {
            if let found = child.firstScopePath { return found }
        }
        return nil
    }
}

/// A sub-expression as run-time errors name it.
struct Operand: Sendable {
    var text: String
    var range: SourceRange
    /// What "`x` is null" advises: how to guard the rule.
    var nullGuard: EvaluationMessage.NullGuard
}

/// One `.field` step, resolved against the record type the checker saw.
struct FieldAccess: Sendable {
    var index: Int
    var name: String
    var record: RecordType
}

struct Path: Sendable {
    enum Root: Sendable {
        case scope(index: Int)
        case variable(slot: Int)
        /// A rule's `let`; `reads` is the first scope path its expression reads.
        case binding(index: Int, reads: [String]?)
    }

    var root: Root
    var fields: [FieldAccess]
    /// The names as written: root name then fields.
    var names: [String]
}

enum Macro: String, Sendable, CaseIterable {
    case all, exists, filter, map
    case existsOne = "exists_one"
    /// `L.sum(x, e)`, the same as `sum(L.map(x, e))` without the list between.
    case sum
}
