/// A target rate as a fraction p/q in lowest terms, so that "the figure
/// reaches the target" is a comparison of whole numbers (q·cut ≥ p·legal)
/// and never a matter of floating-point rounding.
struct TargetRatio: Sendable, Equatable {
    var p: Int
    var q: Int

    /// The fraction with the smallest denominator up to 100,000 that equals
    /// `value` to 1e-9 (0.4 → 2/5, 0.3333 → 3333/10000); nil outside [0, 1].
    init?(_ value: Double) {
        guard value.isFinite, value >= 0, value <= 1 else { return nil }
        for q in 1...100_000 {
            let p = (value * Double(q)).rounded()
            if abs(value * Double(q) - p) < 1e-9 * Double(q) {
                self.p = Int(p)
                self.q = q
                return
            }
        }
        return nil
    }
}
