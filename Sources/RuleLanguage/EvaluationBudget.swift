import Vocabulary

/// What one rule may cost on one item (SPEC §8.7): evaluation steps and bytes
/// of values built. A rule that needs more is stopped with an evaluation error
/// naming the budget, and the run goes on with the next rule.
///
/// A **step** is one element that a macro (`all`, `exists`, `filter`, `map`)
/// or a function or operator over a list (`sum`, `min`, `max`, `avg`,
/// `contains`, `in`, `==` of lists) goes through, or 64 bytes of text that a
/// string function (`len`, `contains`, `startsWith`, `lower`) reads. Only these
/// repeat: everything else costs a fixed amount per evaluation of the
/// expression, so steps bound the time of a rule. **Bytes** are those of the
/// lists a rule builds (`[…]`, `map`, `filter`: 16 bytes an element), the
/// strings it builds (`+`, `lower`) and the text its message writes, so they
/// bound its memory.
///
/// The value is also the running count: a copy starts with the whole budget,
/// and evaluating with it (`CompiledExpression.evaluate(_:budget:)`) spends
/// from it, so one copy shared by a rule's `when`, `assert` and message is the
/// budget of that rule on that item.
public struct EvaluationBudget: Sendable, Equatable {
    /// The budget's size, as the user may set it.
    public let steps: Int
    public let bytes: Int
    /// What is left of it.
    public private(set) var stepsLeft: Int
    public private(set) var bytesLeft: Int

    /// Far above what the default rules need on the benchmark's national
    /// catalog of 70,722 procedures (at most about 325,000 steps and 0.7 MB,
    /// for a catalog rule, which goes through every procedure a few times),
    /// far below what hangs a run or exhausts memory.
    public static let standard = EvaluationBudget(steps: 10_000_000, bytes: 64 << 20)

    public init(steps: Int, bytes: Int) {
        self.steps = max(0, steps)
        self.bytes = max(0, bytes)
        stepsLeft = self.steps
        bytesLeft = self.bytes
    }

    /// Which budget ran out, with its size.
    public enum Exhausted: Sendable, Equatable {
        case steps(Int)
        case bytes(Int)
    }

    /// Bytes a list element is counted for: the size of a `Value`, rounded.
    static let elementBytes = 16
    /// Bytes of text a string function reads for one step.
    static let textBytesPerStep = 64

    @inline(__always)
    mutating func step(_ range: SourceRange) throws(EvaluationError) {
        stepsLeft &-= 1
        if stepsLeft < 0 { throw exhausted(.steps(steps), range) }
    }

    mutating func steps(_ count: Int, _ range: SourceRange) throws(EvaluationError) {
        if count > stepsLeft {
            stepsLeft = -1
            throw exhausted(.steps(steps), range)
        }
        stepsLeft &-= count
    }

    /// Steps for reading `text`: one per 64 bytes, at least one.
    mutating func reading(_ text: String, _ range: SourceRange) throws(EvaluationError) {
        try steps(1 + text.utf8.count / Self.textBytesPerStep, range)
    }

    mutating func bytes(_ count: Int, _ range: SourceRange) throws(EvaluationError) {
        if count > bytesLeft {
            bytesLeft = -1
            throw exhausted(.bytes(bytes), range)
        }
        bytesLeft &-= count
    }

    private func exhausted(_ which: Exhausted, _ range: SourceRange) -> EvaluationError {
        EvaluationError(.evaluation(.stopped(which.budget)), range: range, exhausted: which)
    }
}

extension EvaluationBudget.Exhausted {
    /// The budget as messages name it.
    public var budget: ReviewMessage.Budget {
        switch self {
        case .steps(let size): .steps(size)
        case .bytes(let size): .bytes(size)
        }
    }
}
