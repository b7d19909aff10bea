/// The text being compiled as Unicode scalars, so that offsets are the
/// `SourceRange` offsets and slices for messages are cheap to cut.
struct SourceText: Sendable {
    let string: String
    let scalars: [Unicode.Scalar]

    init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    var count: Int { scalars.count }

    /// The source of `range`, clamped so that a bad range never traps.
    func slice(_ range: SourceRange) -> String {
        let lower = min(max(0, range.lowerBound), scalars.count)
        let upper = min(max(lower, range.upperBound), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }
}
