import Foundation
import Vocabulary

/// The built-in functions, resolved to one overload by the type checker.
enum Function: Sendable {
    case has
    case lengthOfString, lengthOfList
    case sum, count, min, max, avg
    case abs, round, pct
    /// The pattern when it was a literal, compiled once when the rule loaded.
    case matches(Pattern?)
    case startsWith
    case containsString, containsList
    case lower, upper, trim
    case endsWith
    /// `split(s, sep)`, `replace(s, old, new)`, `join(list, sep)`.
    case split, replace, join
    /// `unique(L)`, `sort(L)`.
    case unique, sort
    case date
    /// `days_between(a, b)`, `add_days(d, n)`, `year(d)`, `month(d)`.
    case daysBetween, addDays, year, month
    /// `string(x)`: a value as a message prints it.
    case string
    /// `kind(d)`, `hours(d)`, `days(d)` of a duration (SPEC §10).
    case kind, hours, days

    /// Name and signature, for messages.
    struct Signature: Sendable {
        var name: String
        var arity: Int
        var text: String
    }

    static let signatures: [String: Signature] = Dictionary(
        uniqueKeysWithValues: [
            Signature(name: "has", arity: 1, text: "has(path) → bool"),
            Signature(name: "len", arity: 1, text: "len(string or list) → number"),
            Signature(name: "sum", arity: 1, text: "sum(list of number) → number"),
            Signature(name: "count", arity: 1, text: "count(list) → number"),
            Signature(name: "min", arity: 1, text: "min(list of number) → number or null"),
            Signature(name: "max", arity: 1, text: "max(list of number) → number or null"),
            Signature(name: "avg", arity: 1, text: "avg(list of number) → number or null"),
            Signature(name: "abs", arity: 1, text: "abs(number) → number"),
            Signature(name: "round", arity: 2, text: "round(number, digits) → number"),
            Signature(name: "pct", arity: 1, text: "pct(number) → string"),
            Signature(name: "matches", arity: 2, text: "matches(string, pattern) → bool"),
            Signature(name: "startsWith", arity: 2, text: "startsWith(string, prefix) → bool"),
            Signature(name: "contains", arity: 2, text: "contains(string, part) or contains(list of T, T) → bool"),
            Signature(name: "lower", arity: 1, text: "lower(string) → string"),
            Signature(name: "upper", arity: 1, text: "upper(string) → string"),
            Signature(name: "trim", arity: 1, text: "trim(string) → string"),
            Signature(name: "endsWith", arity: 2, text: "endsWith(string, suffix) → bool"),
            Signature(name: "split", arity: 2, text: "split(string, separator) → list of string"),
            Signature(name: "replace", arity: 3, text: "replace(string, old, new) → string"),
            Signature(name: "join", arity: 2, text: "join(list of string, separator) → string"),
            Signature(name: "unique", arity: 1, text: "unique(list of T) → list of T"),
            Signature(name: "sort", arity: 1, text: "sort(list of number, string or date) → list"),
            Signature(name: "date", arity: 1, text: "date(\"YYYY-MM-DD\") → date"),
            Signature(name: "string", arity: 1, text: "string(x) → string"),
            Signature(name: "days_between", arity: 2, text: "days_between(date, date) → number"),
            Signature(name: "add_days", arity: 2, text: "add_days(date, whole number) → date"),
            Signature(name: "year", arity: 1, text: "year(date) → number"),
            Signature(name: "month", arity: 1, text: "month(date) → number"),
            Signature(name: "kind", arity: 1, text: "kind(duration) → \"working\", \"calendar\" or null"),
            Signature(name: "hours", arity: 1, text: "hours(duration) → number"),
            Signature(name: "days", arity: 1, text: "days(duration) → number"),
        ].map { ($0.name, $0) })

    /// Applies the function to evaluated arguments (`has` is handled by its caller:
    /// it needs the path's value, not an evaluated argument that could fail).
    static func apply(
        _ function: Function, _ values: [Value], _ operands: [Operand], _ whole: Operand
    ) throws(EvaluationError) -> Value {
        guard values.count == operands.count, let first = values.first else {
            throw EvaluationError(.argumentCount(whole.text), range: whole.range)
        }
        if case .replace = function, values.count == 3 {
            let text = try Operations.string(first, operands[0])
            let old = try Operations.string(values[1], operands[1])
            let new = try Operations.string(values[2], operands[2])
            // An empty `old` would match between every two characters.
            return .string(old.isEmpty ? text : text.replacingOccurrences(of: old, with: new))
        }
        return try apply(function, first, values.count > 1 ? values[1] : .null, operands, whole)
    }

    /// The same with the (at most two) arguments passed apart, so the compiled
    /// form makes no array per call. `operands` has one entry per argument.
    static func apply(
        _ function: Function, _ first: Value, _ second: Value, _ operands: [Operand], _ whole: Operand
    ) throws(EvaluationError) -> Value {
        guard let a = operands.first else {
            throw EvaluationError(.argumentCount(whole.text), range: whole.range)
        }
        let b = operands.count > 1 ? operands[1] : a
        switch function {
        case .has:
            return .bool(first != .null)
        case .lengthOfString:
            return .number(Double(try Operations.string(first, a).count))
        case .lengthOfList, .count:
            return .number(Double(try Operations.list(first, a).count))
        case .sum:
            var total = DaySum()
            for element in try numbers(first, a) { try total.add(element, a, whole) }
            return try total.result(whole)
        case .min, .max:
            let list = try numbers(first, a)
            // Summed only to refuse calendar and working days in one list.
            var kinds = DaySum()
            for element in list { try kinds.add(element, a, whole) }
            let pick: Value?
            if case .min = function { pick = list.min(by: Operations.ascending) } else { pick = list.max(by: Operations.ascending) }
            return pick ?? .null
        case .avg:
            let list = try numbers(first, a)
            guard !list.isEmpty else { return .null }
            var total = DaySum()
            for element in list { try total.add(element, dividedBy: Double(list.count), a, whole) }
            return try total.result(whole)
        case .abs:
            return .number(Swift.abs(try Operations.number(first, a)))
        case .round:
            let digits = try Operations.number(second, b)
            guard digits == digits.rounded(), (-15...15).contains(digits) else {
                throw EvaluationError(.roundDigits(digits), range: b.range)
            }
            return .number(DecimalRounding.round(try Operations.number(first, a), digits: Int(digits)))
        case .pct:
            return .string(DecimalRounding.fixed(try Operations.number(first, a), digits: 2, shift: 2) + "%")
        case .matches(let compiled):
            let subject = try Operations.string(first, a)
            let pattern: Pattern
            if let compiled {
                pattern = compiled
            } else {
                let source = try Operations.string(second, b)
                do throws(LanguageError) {
                    pattern = try Pattern(source)
                } catch {
                    throw EvaluationError(error.message, range: b.range)
                }
            }
            do throws(Pattern.Failure) {
                return .bool(try pattern.matches(subject))
            } catch {
                let problem: EvaluationMessage.MatchProblem =
                    switch error {
                    case .tooManySteps(let steps): .steps(steps)
                    case .engineLimit: .memory
                    }
                throw EvaluationError(
                    .matchTooCostly(pattern: pattern.source, characters: subject.count, problem), range: whole.range)
            }
        case .startsWith:
            return .bool(try Operations.string(first, a).hasPrefix(try Operations.string(second, b)))
        case .containsString:
            let whole = try Operations.string(first, a)
            let part = try Operations.string(second, b)
            return .bool(part.isEmpty || whole.contains(part))
        case .containsList:
            let list = try Operations.list(first, a)
            if second == .null { throw Operations.nullError(b) }
            return .bool(list.contains { Operations.equal($0, second) })
        case .string:
            return .string(ValueText.format(first))
        case .lower:
            return .string(try Operations.string(first, a).lowercased())
        case .upper:
            return .string(try Operations.string(first, a).uppercased())
        case .trim:
            return .string(try Operations.string(first, a).trimmingCharacters(in: .whitespacesAndNewlines))
        case .endsWith:
            return .bool(try Operations.string(first, a).hasSuffix(try Operations.string(second, b)))
        case .split:
            let text = try Operations.string(first, a)
            let separator = try Operations.string(second, b)
            guard !separator.isEmpty else { throw EvaluationError(.emptySeparator(whole.text), range: b.range) }
            return .list(text.components(separatedBy: separator).map(Value.string))
        case .join:
            var parts: [String] = []
            for element in try Operations.list(first, a) {
                guard case .string(let part) = element else {
                    throw element == .null
                        ? EvaluationError(.nullElement(a.text), range: a.range)
                        : Operations.typeError(a, first, expected: .list)
                }
                parts.append(part)
            }
            return .string(parts.joined(separator: try Operations.string(second, b)))
        case .replace:
            throw EvaluationError(.argumentCount(whole.text), range: whole.range)
        case .unique:
            var seen = Set<Value>()
            return .list(try Operations.list(first, a).filter { seen.insert($0).inserted })
        case .sort:
            let list = try Operations.list(first, a)
            if list.contains(.null) { throw EvaluationError(.nullElement(a.text), range: a.range) }
            return .list(list.sorted(by: Operations.ascending))
        case .date:
            let text = try Operations.string(first, a)
            guard let date = LocalDate(text) else {
                throw EvaluationError(.type(.notDate(text)), range: a.range)
            }
            return .date(date)
        case .daysBetween:
            let from = try Operations.date(first, a)
            return .number(Double(try Operations.date(second, b).dayNumber - from.dayNumber))
        case .addDays:
            let start = try Operations.date(first, a)
            let days = try Operations.number(second, b)
            guard days == days.rounded(), days.magnitude < 1e7 else {
                throw EvaluationError(.daysNotWhole(days), range: b.range)
            }
            guard let date = LocalDate(dayNumber: start.dayNumber + Int(days)) else {
                throw EvaluationError(.dateOutOfRange(whole.text), range: whole.range)
            }
            return .date(date)
        case .year:
            return .number(Double(try Operations.date(first, a).year))
        case .month:
            return .number(Double(try Operations.date(first, a).month))
        case .kind:
            switch first {
            case .duration(_, .workingDays): return .string("working")
            case .duration(_, .calendarDays): return .string("calendar")
            default:
                _ = try Operations.number(first, a)
                return .null
            }
        case .hours:
            if case .duration(_, .calendarDays) = first {
                throw EvaluationError(.hoursOfCalendarDays(whole.text), range: whole.range)
            }
            return try Operations.finite(try Operations.number(first, a) * 8, whole)
        case .days:
            return .number(try Operations.number(first, a))
        }
    }

    /// The numbers (and durations) of a list; a null element is an error, not skipped.
    private static func numbers(_ value: Value, _ operand: Operand) throws(EvaluationError) -> [Value] {
        var result: [Value] = []
        for element in try Operations.list(value, operand) {
            switch element {
            case .number, .duration: result.append(element)
            case .null:
                throw EvaluationError(.nullElement(operand.text), range: operand.range)
            default:
                throw Operations.typeError(operand, value, expected: .numbers)
            }
        }
        return result
    }
}

/// A compiled regular expression; NSRegularExpression is immutable and
/// documented thread-safe, so sharing one across rule evaluations is fine.
///
/// Hostile patterns are bounded twice. When the rules load, the shapes that
/// backtrack exponentially (`(a+)+`, `(a|aa)*`, see `PatternShape`) are refused
/// with a message. When a pattern is matched, the engine gets a fixed budget of
/// backtracking steps (counted by ICU, not by a clock, so the outcome is the
/// same on every machine); a match that needs more is an evaluation error.
struct Pattern: Sendable {
    let source: String
    private let regex: NSRegularExpression
    /// `[\s\S]*?(?:source)`, matched anchored at the start: the search for a
    /// match anywhere happens inside one match attempt, so ICU's progress
    /// callback counts all of its work (an unanchored search also reports each
    /// start position, which is not work). Nil if the wrapped text does not
    /// compile, in which case the budget also covers the start positions.
    private let searching: NSRegularExpression?
    /// The same pattern matched without ICU, when it is written in the part
    /// of the syntax `LinearPattern` reads.
    private let linear: LinearPattern?

    /// Backtracking steps a match may take: ICU reports progress every 10,000
    /// steps; this many reports, plus one per 5,000 UTF-16 units of the text
    /// (a plain scan takes about one step per character).
    static let baseReports = 100
    static let unitsPerReport = 5_000
    static let stepsPerReport = 10_000

    init(_ source: String) throws(LanguageError) {
        do {
            regex = try NSRegularExpression(pattern: source)
        } catch {
            throw LanguageError(.type(.invalidPattern(source)), range: .empty(at: 0))
        }
        let shape = PatternShape(source)
        if let problem = shape.problem {
            let why: TypeMessage.PatternProblem =
                switch problem.reason {
                case .nestedRepetition: .nestedRepetition
                case .overlappingAlternatives: .overlappingAlternatives
                }
            throw LanguageError(.type(.exponentialPattern(source, fragment: problem.fragment, why)), range: .empty(at: 0))
        }
        let wrapped = "[\\s\\S]*?(?:" + source + (shape.endsQuoted ? "\\E" : "") + (shape.endsExtended ? "\n" : "") + ")"
        searching = try? NSRegularExpression(pattern: wrapped)
        linear = LinearPattern(source)
        self.source = source
    }

    /// Why a match was abandoned.
    enum Failure: Error {
        case tooManySteps(Int)
        case engineLimit
    }

    /// True when the pattern matches anywhere in `text`.
    func matches(_ text: String) throws(Failure) -> Bool {
        // UTF-8 bytes are never fewer than UTF-16 units: a bound known without a walk.
        if let linear, linear.decides(length: text.utf8.count) { return linear.matches(text) }
        let length = text.utf16.count
        var budget = Self.baseReports + length / Self.unitsPerReport
        let regex: NSRegularExpression
        var options: NSRegularExpression.MatchingOptions = [.reportProgress, .reportCompletion]
        if let searching {
            regex = searching
            options.insert(.anchored)
        } else {
            regex = self.regex
            budget += length + 1
        }
        var reports = 0
        var found = false
        var exhausted = false
        var engineFailed = false
        regex.enumerateMatches(in: text, options: options, range: NSRange(location: 0, length: length)) {
            result, flags, stop in
            if result != nil {
                found = true
                stop.pointee = true
            } else if flags.contains(.completed) {
                engineFailed = flags.contains(.internalError)
            } else if flags.contains(.progress) {
                reports += 1
                if reports > budget {
                    exhausted = true
                    stop.pointee = true
                }
            }
        }
        if found { return true }
        if exhausted { throw .tooManySteps(budget * Self.stepsPerReport) }
        if engineFailed { throw .engineLimit }
        return false
    }
}
