/// Finds the sub-expressions that read nothing of the item — only names the
/// scope marks shared (`plan`, `as_of`, `catalog`), their own macro
/// variables and literals — and do real work (a macro or a call), and marks
/// the largest of them to be computed once per run (SPEC §10): a procedure
/// rule that reads `catalog.procedures.filter(…)` then filters the catalog
/// once, not once per procedure.
enum Hoisting {
    static func hoist(_ node: TypedExpression, scope: RecordType) -> TypedExpression {
        let (rewritten, reads) = visit(node, scope)
        return reads.isWorthSharing ? wrapped(rewritten) : rewritten
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
        var isWorthSharing: Bool { isShared && work }
    }

    /// One pass, from the leaves up: a node's reads are its children's and
    /// its own; once they are known, the children worth sharing under a node
    /// that is not shared are wrapped — the largest shared pieces, and only
    /// those.
    private static func visit(_ node: TypedExpression, _ scope: RecordType) -> (TypedExpression, Reads) {
        var reads = Reads()
        switch node.kind {
        case .constant, .hoisted:
            return (node, reads)
        case .path(let path):
            switch path.root {
            case .scope(let index): reads.item = !(scope.fields.indices.contains(index) && scope.fields[index].isShared)
            case .variable(let slot): reads.slots = [slot]
            case .binding: reads.item = true
            }
            return (node, reads)
        default:
            break
        }
        let children = node.children.map { visit($0, scope) }
        for (_, inner) in children {
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
        // A shared node is wrapped whole by its parent (or `hoist`): its
        // children stay as they are.
        let kids =
            reads.isShared ? children.map(\.0) : children.map { $0.1.isWorthSharing ? wrapped($0.0) : $0.0 }
        return (node.replacingChildren(kids), reads)
    }

    private static func wrapped(_ node: TypedExpression) -> TypedExpression {
        var wrapped = node
        wrapped.kind = .hoisted(HoistedSlot(), node)
        return wrapped
    }
}

/// The identity of one hoisted sub-expression: the key of its value in a
/// run's `SharedValues`.
final class HoistedSlot: Sendable {}
