import Vocabulary

/// A message with `{expression}` holes, e.g.
/// "proposed {deadline.proposed} is not below the legal {deadline.legal}".
/// `{{` and `}}` write literal braces; values print with `ValueText.format`.
public struct CompiledTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        case hole(CompiledExpression)
    }

    public let source: String
    let parts: [Part]

    /// The compiled holes, in order.
    public var expressions: [CompiledExpression] {
        parts.compactMap {
            if case .hole(let expression) = $0 { return expression }
            return nil
        }
    }

    public func render(_ environment: Record, numbers: NumberStyle = .plain) throws(EvaluationError) -> String {
        var budget = EvaluationBudget.standard
        return try render(environment, budget: &budget, numbers: numbers)
    }

    /// The message, its holes evaluated and written under `budget` (the
    /// rule's budget on the item): the bytes written count as values built.
    /// Numbers are written in `numbers`' style (a Vietnamese message says `37,03%`).
    public func render(
        _ environment: Record, lets: LetValues? = nil, shared: SharedValues? = nil, budget: inout EvaluationBudget,
        numbers: NumberStyle = .plain
    ) throws(EvaluationError) -> String {
        try segments(environment, lets: lets, shared: shared, budget: &budget, numbers: numbers).map(\.text).joined()
    }

    /// The message as the author's text and the values of its holes, apart:
    /// an output medium escapes the values and keeps the author's markup.
    public func segments(
        _ environment: Record, lets: LetValues? = nil, shared: SharedValues? = nil, budget: inout EvaluationBudget,
        numbers: NumberStyle = .plain
    ) throws(EvaluationError) -> [RuleText.Segment] {
        var result: [RuleText.Segment] = []
        result.reserveCapacity(parts.count)
        for part in parts {
            switch part {
            case .text(let text): result.append(RuleText.Segment(text, isValue: false))
            case .hole(let expression):
                let value = try expression.evaluate(
                    environment, lets: lets, shared: shared, budget: &budget, numbers: numbers)
                let text = try ValueText.format(value, budget: &budget, range: expression.range)
                if value.numeric != nil {
                    result.append(RuleText.Segment(numbers.localize(text), isValue: true))
                } else {
                    result.append(RuleText.Segment(text, isValue: true))
                }
            }
        }
        return result
    }

    init(_ source: String, in scope: RecordType, names: RuleNames) throws(LanguageError) {
        self.source = source
        let text = SourceText(source)
        let scalars = text.scalars
        var parts: [Part] = []
        var literal = String.UnicodeScalarView()
        var i = 0
        func flush() {
            if !literal.isEmpty { parts.append(.text(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        while i < scalars.count {
            let scalar = scalars[i]
            let following = i + 1 < scalars.count ? scalars[i + 1] : nil
            if scalar == "{" && following == "{" || scalar == "}" && following == "}" {
                literal.append(scalar)
                i += 2
            } else if scalar == "}" {
                throw LanguageError(.parse(.unmatchedBrace), range: SourceRange(lowerBound: i, upperBound: i + 1))
            } else if scalar == "{" {
                let close = try Self.holeEnd(scalars, from: i)
                let hole = SourceRange(lowerBound: i + 1, upperBound: close)
                if text.slice(hole).allSatisfy(\.isWhitespace) {
                    throw LanguageError(.parse(.emptyHole), range: SourceRange(lowerBound: i, upperBound: close + 1))
                }
                flush()
                parts.append(.hole(try RuleCompiler.compile(text, hole, in: scope, expecting: nil, names: names)))
                i = close + 1
            } else {
                literal.append(scalar)
                i += 1
            }
        }
        flush()
        self.parts = parts
    }

    /// The offset of the `}` closing the hole opened at `open`, skipping
    /// strings so that `{lower("}")}` is one hole.
    private static func holeEnd(_ scalars: [Unicode.Scalar], from open: Int) throws(LanguageError) -> Int {
        var quote: Unicode.Scalar?
        var j = open + 1
        while j < scalars.count {
            let scalar = scalars[j]
            if let current = quote {
                if scalar == "\\" {
                    j += 2
                    continue
                }
                if scalar == current { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == "}" {
                return j
            } else if scalar == "{" {
                break
            }
            j += 1
        }
        throw LanguageError(.parse(.unclosedHole), range: SourceRange(lowerBound: open, upperBound: min(j, scalars.count)))
    }
}
