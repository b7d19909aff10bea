/// The text being compiled as Unicode scalars, so that offsets are the
/// `SourceRange` offsets and slices for messages are cheap to cut.
struct SourceText: Sendable {
    let string: String
    let scalars: [Unicode.Scalar]
    /// The UTF-8 bytes of `string`, and where each scalar starts in them (one
    /// more entry for the end): a slice is one copy of bytes, not a String
    /// grown a scalar at a time.
    private let utf8: [UInt8]
    private let starts: [Int]

    init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
        self.utf8 = Array(string.utf8)
        var starts: [Int] = []
        starts.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            starts.append(offset)
            offset += UTF8.width(scalar)
        }
        starts.append(offset)
        self.starts = starts
    }

    var count: Int { scalars.count }

    /// The source of `range`, clamped so that a bad range never traps.
    func slice(_ range: SourceRange) -> String {
        let lower = min(max(0, range.lowerBound), scalars.count)
        let upper = min(max(lower, range.upperBound), scalars.count)
        return String(decoding: utf8[starts[lower]..<starts[upper]], as: UTF8.self)
    }
}
