import Synchronization
import Vocabulary

/// The values of the hoisted sub-expressions of every rule for one run:
/// each is computed the first time an item needs it and kept, value or
/// error, for every other item and thread. It is computed under a budget of
/// its own, not the item's, so which item (or thread) comes first never
/// changes a result: the output stays the same whatever the thread count.
public final class SharedValues: Sendable {
    private struct Key: Hashable {
        var slot: ObjectIdentifier
        /// `pct` and `string` write numbers in the message's style.
        var numbers: NumberStyle
    }

    private let budget: EvaluationBudget
    private let table = Mutex<[Key: Result<Value, EvaluationError>]>([:])

    /// `budget` is what one hoisted sub-expression may spend: a rule's budget on one item.
    public init(budget: EvaluationBudget = .standard) {
        self.budget = budget
    }

    func value(_ slot: HoistedSlot, _ context: Context, _ closure: CompiledClosure) throws(EvaluationError) -> Value {
        let key = Key(slot: ObjectIdentifier(slot), numbers: context.numbers)
        let result = table.withLock { table -> Result<Value, EvaluationError> in
            if let known = table[key] { return known }
            var spent = budget
            let computed = withUnsafeMutablePointer(to: &spent) { pointer -> Result<Value, EvaluationError> in
                var own = Context(root: context.root, budget: pointer)
                own.numbers = context.numbers
                do throws(EvaluationError) {
                    return .success(try closure(own))
                } catch {
                    return .failure(error)
                }
            }
            table[key] = computed
            return computed
        }
        return try result.get()
    }
}
