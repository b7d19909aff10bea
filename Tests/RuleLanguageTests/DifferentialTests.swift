import Testing

@testable import RuleLanguage

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator, so that the
/// differential test is the same on every run and needs no dependency.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Writes random well-typed expressions over `TestScope.procedure`. Each
/// production names its result type; macro variables come and go with depth.
struct ExpressionGenerator {
    enum Kind { case number, string, bool, numbers, strings }

    var random: SplitMix64
    /// Bound number variables and bound step variables.
    private var numberVariables: [String] = []
    private var stepVariables: [String] = []
    private var fresh = 0

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func expression(_ kind: Kind, depth: Int = 0) -> String {
        let leaf = depth >= 4 || random.chance(25)
        switch kind {
        case .number: return leaf ? numberLeaf() : number(depth + 1)
        case .string: return leaf ? stringLeaf() : string(depth + 1)
        case .bool: return leaf ? boolLeaf() : bool(depth + 1)
        case .numbers: return leaf ? random.pick(["[]", "[1, 2, 3]", "[0.5]", "steps.map(s, s.days)"]) : numbers(depth + 1)
        case .strings: return leaf ? random.pick(["legal_basis", "[]", "['a', 'center']"]) : strings(depth + 1)
        }
    }

    private mutating func numberLeaf() -> String {
        var options = [
            String(random.below(21)), random.pick(["0.5", "2.25", "0.1", "3.75", "-1"]),
            "deadline.legal", "traits.fee_vnd", "deadline.proposed", "deadline.current", "plan.targets.reduction_rate",
        ]
        options += numberVariables
        options += stepVariables.map { "\($0).days" }
        return random.pick(options)
    }

    private mutating func stringLeaf() -> String {
        var options = ["'a'", "\"center\"", "'1.000001'", "''", "code", "level", "traits.online"]
        options += stepVariables.map { "\($0).by" }
        return random.pick(options)
    }

    private mutating func boolLeaf() -> String {
        random.pick(["true", "false", "four_on_spot", "traits.interagency", "has(deadline.proposed)",
                     "has(steps)", "(deadline.current == null)"])
    }

    private mutating func number(_ depth: Int) -> String {
        let a = { (g: inout ExpressionGenerator) in g.expression(.number, depth: depth) }
        switch random.below(16) {
        case 0, 1, 2: return "(\(a(&self)) \(random.pick(["+", "-", "*", "/", "%"])) \(a(&self)))"
        case 3: return "-\(a(&self))"
        case 4: return "len(\(random.chance(50) ? expression(.string, depth: depth) : expression(.numbers, depth: depth)))"
        case 5: return "\(random.pick(["sum", "count"]))(\(expression(.numbers, depth: depth)))"
        case 6: return "\(random.pick(["min", "max", "avg"]))(\(expression(.numbers, depth: depth)))"
        case 7: return "abs(\(a(&self)))"
        case 8: return "round(\(a(&self)), \(random.below(4)))"
        case 9: return "(\(expression(.bool, depth: depth)) ? \(a(&self)) : \(a(&self)))"
        case 10: return "\(expression(.numbers, depth: depth))[\(random.below(3))]"
        case 11: return "steps[\(random.below(3))].days"
        case 12: return "sum(\(macro(.numbers, depth)))"
        case 13: return "[\(a(&self)), \(a(&self))][\(random.below(2))]"
        case 14: return macro(.number, depth)
        default: return numberLeaf()
        }
    }

    private mutating func string(_ depth: Int) -> String {
        switch random.below(11) {
        case 6: return "\(random.pick(["upper", "trim"]))(\(expression(.string, depth: depth)))"
        case 7: return "replace(\(expression(.string, depth: depth)), \(stringLeaf()), \(stringLeaf()))"
        case 8: return "join(\(expression(.strings, depth: depth)), \(stringLeaf()))"
        case 0: return "(\(expression(.string, depth: depth)) + \(expression(.string, depth: depth)))"
        case 1: return "lower(\(expression(.string, depth: depth)))"
        case 2: return "pct(\(expression(.number, depth: depth)))"
        case 3: return "(\(expression(.bool, depth: depth)) ? \(expression(.string, depth: depth)) : \(expression(.string, depth: depth)))"
        case 4: return "\(expression(.strings, depth: depth))[\(random.below(2))]"
        case 5: return "steps[\(random.below(3))].step"
        default: return stringLeaf()
        }
    }

    private mutating func bool(_ depth: Int) -> String {
        let n = { (g: inout ExpressionGenerator) in g.expression(.number, depth: depth) }
        let s = { (g: inout ExpressionGenerator) in g.expression(.string, depth: depth) }
        let b = { (g: inout ExpressionGenerator) in g.expression(.bool, depth: depth) }
        switch random.below(18) {
        case 0, 1: return "(\(n(&self)) \(random.pick(["<", "<=", ">", ">=", "==", "!="])) \(n(&self)))"
        case 2: return "(\(s(&self)) \(random.pick(["<", "==", "!=", ">="])) \(s(&self)))"
        case 3: return "(\(b(&self)) \(random.pick(["&&", "||", "and", "or", "==", "!="])) \(b(&self)))"
        case 4: return "\(random.pick(["!", "not "]))\(b(&self))"
        case 5: return "(\(n(&self)) in \(expression(.numbers, depth: depth)))"
        case 6: return "(\(s(&self)) in \(expression(.strings, depth: depth)))"
        case 7: return "contains(\(s(&self)), \(s(&self)))"
        case 8: return "contains(\(expression(.numbers, depth: depth)), \(n(&self)))"
        case 9: return "startsWith(\(s(&self)), \(s(&self)))"
        case 10: return "matches(\(s(&self)), \(random.pick(["'^[0-9]'", "'c'", "'^$'"])))"
        case 11: return macro(.bool, depth)
        case 12: return "(\(b(&self)) ? \(b(&self)) : \(b(&self)))"
        case 13: return "(as_of \(random.pick(["<", ">=", "=="])) date('2025-\(random.pick(["01-01", "06-01", "12-31"]))'))"
        case 14: return "(\(n(&self)) == null)"
        case 15: return "(has(deadline.current) && deadline.current > \(n(&self)))"
        case 16: return "endsWith(\(s(&self)), \(s(&self)))"
        default: return boolLeaf()
        }
    }

    private mutating func numbers(_ depth: Int) -> String {
        switch random.below(6) {
        case 0: return "[\(expression(.number, depth: depth)), \(expression(.number, depth: depth))]"
        case 1, 2: return macro(.numbers, depth)
        case 3: return "\(random.pick(["sort", "unique"]))(\(expression(.numbers, depth: depth)))"
        default: return "(\(expression(.bool, depth: depth)) ? \(expression(.numbers, depth: depth)) : [])"
        }
    }

    private mutating func strings(_ depth: Int) -> String {
        switch random.below(5) {
        case 0: return "[\(expression(.string, depth: depth))]"
        case 1: return "steps.map(s\(fresh), s\(fresh).by)"
        case 2: return "split(\(expression(.string, depth: depth)), \(stringLeaf()))"
        case 3: return "\(random.pick(["sort", "unique"]))(\(expression(.strings, depth: depth)))"
        default: return "legal_basis.filter(b, \(expression(.bool, depth: depth)))"
        }
    }

    /// A macro giving `kind` (bool or numbers), over numbers or steps.
    private mutating func macro(_ kind: Kind, _ depth: Int) -> String {
        fresh += 1
        let variable = "v\(fresh)"
        let overSteps = random.chance(50)
        let receiver = overSteps ? "steps" : expression(.numbers, depth: depth)
        if overSteps { stepVariables.append(variable) } else { numberVariables.append(variable) }
        defer { if overSteps { stepVariables.removeLast() } else { numberVariables.removeLast() } }
        if kind == .bool {
            return "\(receiver).\(random.pick(["all", "exists", "exists_one"]))(\(variable), \(expression(.bool, depth: depth)))"
        }
        if kind == .number {
            return "\(receiver).sum(\(variable), \(overSteps ? "\(variable).days" : expression(.number, depth: depth)))"
        }
        if random.chance(50) {
            return "\(receiver).map(\(variable), \(expression(.number, depth: depth)))"
        }
        let filtered = "\(receiver).filter(\(variable), \(expression(.bool, depth: depth)))"
        return overSteps ? "\(filtered).map(\(variable), \(variable).days)" : filtered
    }
}

@Suite struct DifferentialTests {
    static func environment(_ random: inout SplitMix64) -> Record {
        func maybe(_ value: Double) -> Double? { random.chance(30) ? nil : value }
        let steps: [TestScope.Step]? = random.chance(30) ? nil : (0..<random.below(4)).map { _ in
            TestScope.Step(
                step: random.pick(["receive", "appraise", "return"]), by: random.pick(["center", "department"]),
                days: Double(random.below(6)))
        }
        return TestScope.record(
            code: random.pick(["1.000001", "2.000123.H37", "X"]),
            level: random.pick(["province", "district", "commune"]),
            legal: Double(random.below(21)),
            current: maybe(Double(random.below(21))),
            proposed: maybe(Double(random.below(21)) / 2),
            steps: steps,
            interagency: random.chance(50),
            online: random.pick(["full", "partial", "none"]),
            fee: Double(random.below(3)) * 50_000,
            fourOnSpot: random.chance(50),
            legalBasis: random.chance(20) ? [] : ["Luật 1", "Nghị định 61/2018/NĐ-CP"],
            asOf: random.pick(["2024-12-31", "2025-06-01", "2026-01-01"]),
            reductionRate: maybe(0.3))
    }

    @Test func compiledClosuresAgreeWithTheReferenceEvaluator() throws {
        var random = SplitMix64(seed: 0x7474_6863)
        let environments = (0..<6).map { _ in Self.environment(&random) }
        var generator = ExpressionGenerator(seed: 20_251_231)
        var counts = (expressions: 0, values: 0, errors: 0)
        let kinds: [ExpressionGenerator.Kind] = [.bool, .number, .string, .numbers, .strings]
        for round in 0..<3_000 {
            let source = generator.expression(kinds[round % kinds.count])
            let compiled = try #require(TestScope.compile(source), "\(source)")
            counts.expressions += 1
            for environment in environments {
                let fast: Result<Value, EvaluationError>
                do {
                    fast = .success(try compiled.evaluate(environment))
                } catch {
                    fast = .failure(error)
                }
                let trace = compiled.trace(environment)
                switch (fast, trace.result) {
                case (.success(let a), .success(let b)):
                    #expect(a == b, "\(source)")
                    counts.values += 1
                case (.failure(let a), .failure(let b)):
                    #expect(a == b, "\(source)")
                    counts.errors += 1
                default:
                    Issue.record("\(source): compiled \(fast), reference \(trace.result)")
                }
                // The rendered line always ends with the result.
                let tail: String
                switch trace.result {
                case .success(let value): tail = " → " + ValueText.literal(value)
                case .failure(let error): tail = " → error: " + error.text
                }
                #expect(trace.rendered.hasSuffix(tail), "\(source)")
            }
        }
        // The generator must exercise both outcomes, not only one.
        #expect(counts.expressions == 3_000)
        #expect(counts.values > 5_000)
        #expect(counts.errors > 500)
    }
}
