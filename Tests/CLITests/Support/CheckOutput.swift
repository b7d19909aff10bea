import Foundation
import Testing

/// `check --format json` as SPEC §5.1 shows it.
struct CheckOutput: Decodable {
    struct Summary: Decodable, Equatable {
        var files: Int
        var sectors: Int
        var procedures: Int
        var error: Int
        var warning: Int
        var info: Int
    }

    struct Place: Decodable, Equatable, CustomStringConvertible {
        var file: String
        var line: Int
        var column: Int

        var description: String { "\(file):\(line):\(column)" }
    }

    struct Finding: Decodable, CustomStringConvertible {
        var rule: String
        var severity: String
        var message: String
        var file: String
        var line: Int
        var column: Int
        var sector: String?
        var procedure: String?
        var basis: String?
        var related: [Place]?

        var place: String { "\(file):\(line):\(column)" }
        var description: String { "\(place): \(severity): \(message) [\(rule)]" }
    }

    var version: Int
    var as_of: String
    var plan: String
    var summary: Summary
    var findings: [Finding]

    static func decode(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> CheckOutput {
        do {
            return try JSONDecoder().decode(CheckOutput.self, from: data)
        } catch {
            Issue.record(
                "stdout is not the JSON of SPEC §5.1: \(error)\n\(String(decoding: data, as: UTF8.self))",
                sourceLocation: sourceLocation)
            throw error
        }
    }

    /// The raw objects, to check which keys are present.
    static func rawFindings(_ data: Data) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["findings"] as? [[String: Any]])
    }
}

/// One finding a test expects: where, which rule, and words its message must hold.
struct Expected: CustomStringConvertible {
    var place: String
    var rule: String
    var severity: String
    var says: [String]

    init(_ place: String, _ rule: String, _ severity: String = "error", says: String...) {
        self.place = place
        self.rule = rule
        self.severity = severity
        self.says = says
    }

    var description: String { "\(place) \(severity) [\(rule)] \(says)" }
}

/// Checks that `actual` is exactly `expected`, in order: same places, rule ids
/// and severities, each message holding the expected words.
func expectFindings(
    _ actual: [CheckOutput.Finding], _ expected: [Expected], sourceLocation: SourceLocation = #_sourceLocation
) {
    let actualText = actual.map(\.description).joined(separator: "\n")
    #expect(
        actual.count == expected.count,
        "expected \(expected.count) findings, got \(actual.count):\n\(actualText)", sourceLocation: sourceLocation)
    for (index, want) in expected.enumerated() {
        guard index < actual.count else {
            Issue.record("missing finding \(want)\nactual:\n\(actualText)", sourceLocation: sourceLocation)
            continue
        }
        let got = actual[index]
        #expect(got.place == want.place, "finding \(index): \(got) — expected at \(want.place)", sourceLocation: sourceLocation)
        #expect(got.rule == want.rule, "finding \(index): \(got) — expected rule \(want.rule)", sourceLocation: sourceLocation)
        #expect(
            got.severity == want.severity, "finding \(index): \(got) — expected \(want.severity)",
            sourceLocation: sourceLocation)
        for words in want.says {
            #expect(
                got.message.contains(words), "finding \(index): \(got) — message should say \(words)",
                sourceLocation: sourceLocation)
        }
    }
}
