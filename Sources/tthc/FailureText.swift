import Vocabulary

/// The text of a `RunFailure`, written as a string literal: its literal parts
/// as they are, every interpolated value (a path, a code, a message read from
/// the rules) escaped by `HarmlessText`, line breaks included.
struct FailureText: ExpressibleByStringInterpolation {
    var text: String

    init(stringLiteral value: String) {
        text = value
    }

    init(stringInterpolation: Interpolation) {
        text = stringInterpolation.text
    }

    struct Interpolation: StringInterpolationProtocol {
        var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity)
        }

        mutating func appendLiteral(_ literal: String) {
            text += literal
        }

        mutating func appendInterpolation(_ value: some Any) {
            text += HarmlessText.escape(String(describing: value))
        }
    }
}
