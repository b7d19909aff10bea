/// Finds the sub-expressions that read nothing of the item — only names the
/// scope marks shared (`plan`, `as_of`, `catalog`), their own macro
/// variables and literals — and do real work (a macro or a call), and marks
/// the largest of them to be computed once per run (SPEC §10): a procedure
/// rule that reads `catalog.procedures.filter(…)` then filters the catalog
/// once, not once per procedure.
enum Hoisting {
    static func hoist(_ node: TypedExpression, scope: RecordType) -> TypedExpression {
        rewrite(node, scope, parentShared: false)
    }

    /// What a node reads that it does not bind itself.
    struct Reads {
        /// Reads a name of the item (or a rule's `let`).
        var item = false
        /// Macro variables and definition parameters bound outside the node.
        var slots: Set<Int> = []
        /// Holds a macro or a call: worth computing once.
        var work = false

        var isShared: Bool { !item && slots.isEmpty }
    }

    static func reads(_ node: TypedExpression, _ scope: RecordType) -> Reads {
        var reads = Reads()
        switch node.kind {
        case .path(let path):
            switch path.root {
            case .scope(let index): reads.item = !(scope.fields.indices.contains(index) && scope.fields[index].isShared)
            case .variable(let slot): reads.slots = [slot]
            case .binding: reads.item = true
            }
            return reads
        case .hoisted:
            return reads
        default:
            break
        }
        for child in node.children {
            let inner = Self.reads(child, scope)
            reads.item = reads.item || inner.item
            reads.slots.formUnion(inner.slots)
            reads.work = reads.work || inner.work
        }
        switch node.kind {
        case .call: reads.work = true
        case .macro(_, _, _, let slot, _):
            reads.slots.remove(slot)
            reads.work = true
        case .inline(_, let arguments, let slot, _):
            reads.slots.subtract(slot..<(slot + arguments.count))
        default: break
        }
        return reads
    }

    private static func rewrite(_ node: TypedExpression, _ scope: RecordType, parentShared: Bool) -> TypedExpression {
        let own = reads(node, scope)
        if own.isShared && own.work && !parentShared {
            var wrapped = node
            wrapped.kind = .hoisted(HoistedSlot(), node)
            return wrapped
        }
        let shared = own.isShared
        func go(_ child: TypedExpression) -> TypedExpression { rewrite(child, scope, parentShared: shared) }
        var result = node
        switch node.kind {
        case .constant, .path, .hoisted: return node
        case .list(let elements): result.kind = .list(elements.map(go))
        case .member(let base, let field): result.kind = .member(go(base), field)
        case .index(let base, let position): result.kind = .index(go(base), go(position))
        case .unary(let op, let operand): result.kind = .unary(op, go(operand))
        case .binary(let op, let left, let right): result.kind = .binary(op, go(left), go(right))
        case .conditional(let condition, let then, let otherwise):
            result.kind = .conditional(go(condition), go(then), go(otherwise))
        case .call(let function, let arguments): result.kind = .call(function, arguments.map(go))
        case .macro(let macro, let list, let variable, let slot, let body):
            result.kind = .macro(macro, go(list), variable: variable, slot: slot, go(body))
        case .inline(let name, let arguments, let slot, let body):
            result.kind = .inline(name: name, arguments: arguments.map(go), slot: slot, body: go(body))
        }
        return result
    }
}

/// The identity of one hoisted sub-expression: the key of its value in a
/// run's `SharedValues`.
final class HoistedSlot: Sendable {}
