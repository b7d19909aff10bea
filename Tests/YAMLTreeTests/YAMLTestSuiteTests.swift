import Foundation
import Testing
import YAMLTree

/// Runs every case of the YAML project's official test suite (vendored in
/// `Tests/Vendor/yaml-test-suite`, see its README) through `YAMLLoader`.
///
/// - A case with `error` must be rejected with a `YAMLError`.
/// - Otherwise a case with `in.json` must load into data equal to the JSON
///   (plain scalars typed by the YAML 1.2 core schema, numbers compared
///   numerically, mapping key order ignored).
/// - A case with neither is valid YAML that JSON cannot hold: it must load.
///
/// Cases the loader cannot match because of libyaml 0.2.5 are listed in
/// `knownMismatches`; the list can only shrink: a listed case that starts
/// matching fails the test, and so does an unlisted case that mismatches.
@Suite("yaml-test-suite")
struct YAMLTestSuiteTests {
    /// Every case the loader cannot match, with the reason. Each reason was
    /// checked against libyaml 0.2.5's own event stream, not just our tree.
    static let knownMismatches: [String: String] = [
        // libyaml 0.2.5 rejects valid input that has no in.json (it cannot be written as JSON)
        "2JQS": "libyaml 0.2.5 rejects valid input: block mapping entries with an empty implicit key (`: a`)",
        "4ABK": "libyaml 0.2.5 rejects valid input: a flow mapping entry `http://foo.com` with no value and a plain key ending in `:`",
        "6M2F": "libyaml 0.2.5 rejects valid input: an explicit block mapping entry followed by an empty-key entry (`: *a`)",
        "CFD4": "libyaml 0.2.5 rejects valid input: an empty implicit key in a single-pair flow sequence (`[ : empty key ]`)",
        "FRK4": "libyaml 0.2.5 rejects valid input: completely empty flow nodes (`? foo :,` and `: bar`)",
        "M2N8/00": "libyaml 0.2.5 rejects valid input: an explicit key whose content is an empty-key mapping (`- ? : x`)",
        "NHX8": "libyaml 0.2.5 rejects valid input: a document that is a lone `:` (empty key and value)",
        "NKF9": "libyaml 0.2.5 rejects valid input: empty keys in block and flow mappings (`: empty key`)",
        "S3PD": "libyaml 0.2.5 rejects valid input: an implicit block mapping entry with both key and value empty (`:`)",
        "SM9W/01": "libyaml 0.2.5 rejects valid input: a stream of the single character `:`",
        "UKK6/00": "libyaml 0.2.5 rejects valid input: a sequence entry that is an empty-key mapping (`- :`)",
        // libyaml 0.2.5 accepts invalid input (the case has an `error` file); its events pass straight through TreeBuilder
        "9C9N": "libyaml 0.2.5 accepts this invalid input: flow sequence continuation lines not indented past their block mapping key",
        "9HCY": "libyaml 0.2.5 accepts this invalid input: a %TAG directive after a document not ended by `...`",
        "9JBA": "libyaml 0.2.5 accepts this invalid input: a comment straight after `]` with no space before `#`",
        "CVW2": "libyaml 0.2.5 accepts this invalid input: a comment straight after `,` in a flow sequence with no space before `#`",
        "DK95/01": "libyaml 0.2.5 accepts this invalid input: a tab as the indentation of a double-quoted scalar's continuation line",
        "EB22": "libyaml 0.2.5 accepts this invalid input: a %YAML directive after a document not ended by `...`",
        "G5U8": "libyaml 0.2.5 accepts this invalid input: plain `-` entries in a flow sequence (`[-, -]`)",
        "MUS6/00": "libyaml 0.2.5 accepts this invalid input: a comment straight after a %YAML directive with no space (`%YAML 1.1#...`)",
        "MUS6/01": "libyaml 0.2.5 accepts this invalid input: a second %YAML directive after a document not ended by `...`",
        "QB6E": "libyaml 0.2.5 accepts this invalid input: double-quoted continuation lines at column 1 inside a block mapping value",
        "RHX7": "libyaml 0.2.5 accepts this invalid input: a %YAML directive after a document not ended by `...`",
        "S98Z": "libyaml 0.2.5 accepts this invalid input: a block scalar whose leading spaces-only lines are more indented than its first non-empty line",
        "SU5Z": "libyaml 0.2.5 accepts this invalid input: a comment straight after a closing double quote with no space before `#`",
        "X4QW": "libyaml 0.2.5 accepts this invalid input: a comment straight after a block scalar indicator (`>#`) with no space",
        "Y79Y/003": "libyaml 0.2.5 accepts this invalid input: a tab as the only indentation of a flow sequence entry inside a block sequence",
        "YJV2": "libyaml 0.2.5 accepts this invalid input: a plain `-` entry in a flow sequence (`[-]`)",
        // libyaml 0.2.5 rejects valid input (the case has `in.json`); the syntax error is libyaml's own
        "2LFX": "libyaml 0.2.5 rejects valid input: a reserved directive `%FOO` must be ignored with a warning, libyaml says unknown directive",
        "6LVF": "libyaml 0.2.5 rejects valid input: a reserved directive `%FOO` must be ignored with a warning, libyaml says unknown directive",
        "MUS6/05": "libyaml 0.2.5 rejects valid input: a reserved directive `%YAM` must be ignored with a warning, libyaml says unknown directive",
        "MUS6/06": "libyaml 0.2.5 rejects valid input: a reserved directive `%YAMLL` must be ignored with a warning, libyaml says unknown directive",
        "BEC7": "libyaml 0.2.5 rejects valid input: `%YAML 1.3` must be accepted with a warning, libyaml says incompatible YAML document",
        "W4TN": "libyaml 0.2.5 rejects valid input: a literal block scalar line `%!PS-Adobe-2.0` at column 1 is read as a directive",
        "7Z25": "libyaml 0.2.5 rejects valid input: a bare document (no `---`) after a `...` document-end marker",
        "M7A3": "libyaml 0.2.5 rejects valid input: a bare document (no `---`) after a `...` document-end marker",
        "HWV9": "libyaml 0.2.5 rejects valid input: a stream holding only a `...` document-end marker and no document",
        "QT73": "libyaml 0.2.5 rejects valid input: a stream holding only a comment and a `...` document-end marker",
        "DK3J": "libyaml 0.2.5 rejects valid input: a top-level folded block scalar (`--- >`) with zero-indented content",
        "FP8R": "libyaml 0.2.5 rejects valid input: a top-level folded block scalar (`--- >`) with zero-indented content",
        "4MUZ/00": "libyaml 0.2.5 rejects valid input: in a flow mapping, `:` on the line after a double-quoted key",
        "4MUZ/01": "libyaml 0.2.5 rejects valid input: in a flow mapping, `:` on the line after a double-quoted key",
        "4MUZ/02": "libyaml 0.2.5 rejects valid input: in a flow mapping, `:` on the line after a plain key",
        "5MUD": "libyaml 0.2.5 rejects valid input: in a flow mapping, `:value` on the line after a double-quoted key",
        "K3WX": "libyaml 0.2.5 rejects valid input: in a flow mapping, `:value` on the line after a double-quoted key and a comment",
        "9SA2": "libyaml 0.2.5 rejects valid input: in a flow mapping, a double-quoted key spanning two lines",
        "NJ66": "libyaml 0.2.5 rejects valid input: in a flow mapping, a plain key spanning two lines",
        "UT92": "libyaml 0.2.5 rejects valid input: in a flow mapping, a plain key spanning two lines whose second line starts with `%`",
        "VJP3/01": "libyaml 0.2.5 rejects valid input: in a flow mapping, key, `:` and value each on its own line",
        "58MP": "libyaml 0.2.5 rejects valid input: in a flow collection, a plain scalar starting with `:` (`{x: :x}`)",
        "5T43": "libyaml 0.2.5 rejects valid input: in a flow collection, a value `:value` adjacent to a double-quoted key's colon",
        "DBG4": "libyaml 0.2.5 rejects valid input: in a flow collection, a plain scalar starting with `::` (`[ ::vector, ...]`)",
        "HM87/00": "libyaml 0.2.5 rejects valid input: in a flow collection, a plain scalar starting with `:` (`[:x]`)",
        "2SXE": "libyaml 0.2.5 rejects valid input: an anchor name with `:` (libyaml allows only [0-9A-Za-z_-])",
        "8XYN": "libyaml 0.2.5 rejects valid input: an anchor name with an emoji (libyaml allows only [0-9A-Za-z_-])",
        "W5VH": "libyaml 0.2.5 rejects valid input: an anchor name with `:@*!$\"<>` (libyaml allows only [0-9A-Za-z_-])",
        "6BCT": "libyaml 0.2.5 rejects valid input: a tab as separation after `-` and after `:`",
        "6CA3": "libyaml 0.2.5 rejects valid input: tabs before a top-level flow sequence and its closing bracket",
        "A2M4": "libyaml 0.2.5 rejects valid input: a tab after a `-` sequence indicator",
        "DK95/00": "libyaml 0.2.5 rejects valid input: a tab after the indenting space before a mapping value",
        "DK95/03": "libyaml 0.2.5 rejects valid input: a line of a space and a tab before the first key",
        "DK95/04": "libyaml 0.2.5 rejects valid input: a tab-only line between two mapping entries",
        "Q5MG": "libyaml 0.2.5 rejects valid input: a tab before a top-level flow mapping",
        "Y79Y/010": "libyaml 0.2.5 rejects valid input: a tab after a `-` sequence indicator (`-\\t-1`)",
        "96NN/00": "libyaml 0.2.5 rejects valid input: a literal block scalar line whose content starts with a tab after the indentation",
        "96NN/01": "libyaml 0.2.5 rejects valid input: a literal block scalar line whose content starts with a tab after the indentation",
        "R4YG": "libyaml 0.2.5 rejects valid input: a folded block scalar line of an indenting space then a tab",
        "Y79Y/001": "libyaml 0.2.5 rejects valid input: a literal block scalar line of an indenting space then a tab",
        // libyaml 0.2.5 loads the input but its events differ from the spec's data
        "652Z": "libyaml 0.2.5 loads different data: reads `?` of the plain flow key `?foo` as the explicit-key indicator, giving key \"foo\" not \"?foo\"",
        "HM87/01": "libyaml 0.2.5 loads different data: reads `?` of the plain flow scalar `?x` as the explicit-key indicator, giving [{x: null}] not [\"?x\"]",
        "Y2GN": "libyaml 0.2.5 loads different data: ends the anchor `&an:chor` at the colon, giving anchor \"an\" and value \":chor value\" not \"value\"",
        "JEF9/02": "libyaml 0.2.5 loads different data: drops the kept final line break of a literal whose last line is spaces with no newline at end of stream",
        "L24T/01": "libyaml 0.2.5 loads different data: drops the final line break of a literal whose last line is spaces with no newline at end of stream",
    ]

    // MARK: - Locating the suite

    /// `$TTHC_YAML_TEST_SUITE`, or the copy vendored in
    /// `Tests/Vendor/yaml-test-suite`, found from this file's place in
    /// `Tests/YAMLTreeTests/`.
    static func suiteDirectory(filePath: String = #filePath) -> URL {
        if let override = ProcessInfo.processInfo.environment["TTHC_YAML_TEST_SUITE"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        return URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // YAMLTreeTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Vendor/yaml-test-suite", isDirectory: true)
    }

    struct Case {
        var id: String
        var directory: URL
    }

    /// Every folder holding an `in.yaml`: `XXXX` or `XXXX/NN`. Anything else
    /// (upstream's `name/` and `tags/` index folders, where a copy has them)
    /// holds no `in.yaml` and is skipped.
    static func cases(in root: URL) throws -> [Case] {
        let fm = FileManager.default
        var result: [Case] = []
        for top in try fm.contentsOfDirectory(atPath: root.path).sorted() {
            let topURL = root.appendingPathComponent(top, isDirectory: true)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: topURL.path, isDirectory: &isDir), isDir.boolValue else { continue }
            if fm.fileExists(atPath: topURL.appendingPathComponent("in.yaml").path) {
                result.append(Case(id: top, directory: topURL))
                continue
            }
            for sub in try fm.contentsOfDirectory(atPath: topURL.path).sorted() {
                let subURL = topURL.appendingPathComponent(sub, isDirectory: true)
                if fm.fileExists(atPath: subURL.appendingPathComponent("in.yaml").path) {
                    result.append(Case(id: "\(top)/\(sub)", directory: subURL))
                }
            }
        }
        return result
    }

    // MARK: - Running a case

    enum Outcome {
        /// The loader did what the case asks.
        case matched
        case mismatched(String)
    }

    static func run(_ testCase: Case) throws -> Outcome {
        let dir = testCase.directory
        let fm = FileManager.default
        let yaml = try [UInt8](Data(contentsOf: dir.appendingPathComponent("in.yaml")))
        let result: Result<LoadedYAML, YAMLError>
        do {
            result = .success(try YAMLLoader.load(yaml))
        } catch {
            result = .failure(error)
        }

        if fm.fileExists(atPath: dir.appendingPathComponent("error").path) {
            switch result {
            case .failure: return .matched
            case .success(let loaded):
                return .mismatched("accepted invalid input (\(loaded.documents.count) document(s)); expected a YAMLError")
            }
        }

        let jsonURL = dir.appendingPathComponent("in.json")
        guard fm.fileExists(atPath: jsonURL.path) else {
            // Valid YAML that JSON cannot hold (complex keys, empty keys): it must load.
            switch result {
            case .success: return .matched
            case .failure(let error):
                return .mismatched("rejected valid input: \(error.kind) at \(error.mark): \(error.message)")
            }
        }

        let loaded: LoadedYAML
        switch result {
        case .failure(let error):
            return .mismatched("rejected valid input: \(error.kind) at \(error.mark): \(error.message)")
        case .success(let value):
            loaded = value
        }
        let expected = try JSONStream.values(Data(contentsOf: jsonURL))
        let actual: [JSONValue]
        do {
            actual = try loaded.documents.map(JSONValue.init(node:))
        } catch {
            return .mismatched("cannot express the loaded data as JSON: \(error)")
        }
        guard actual == expected else {
            return .mismatched("loaded \(actual) but in.json says \(expected)")
        }
        return .matched
    }

    // MARK: - The test

    @Test("every case of the official YAML test suite")
    func officialSuite() throws {
        let root = Self.suiteDirectory()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
            Issue.record("""
                yaml-test-suite not found at \(root.path); it is vendored in Tests/Vendor/yaml-test-suite \
                (TTHC_YAML_TEST_SUITE, when set, names another copy)
                """)
            return
        }
        let cases = try Self.cases(in: root)
        #expect(cases.count == 402, "expected the suite's 402 cases, found \(cases.count) in \(root.path)")

        var matched = 0
        var listed = 0
        let ids = Set(cases.map(\.id))
        for stale in Self.knownMismatches.keys.sorted() where !ids.contains(stale) {
            Issue.record("knownMismatches lists \(stale), which is not a case of the suite")
        }
        for testCase in cases {
            let outcome = try Self.run(testCase)
            let reason = Self.knownMismatches[testCase.id]
            switch (outcome, reason) {
            case (.matched, nil):
                matched += 1
            case (.matched, let reason?):
                Issue.record("""
                    \(testCase.id) now matches the suite; remove it from knownMismatches \
                    (listed because: \(reason))
                    """)
            case (.mismatched, _?):
                listed += 1
            case (.mismatched(let problem), nil):
                Issue.record("\(testCase.id) (\(Self.name(of: testCase))): \(problem)")
            }
        }
        print("yaml-test-suite: \(matched) matched, \(listed) listed, \(cases.count) total")
    }

    static func name(of testCase: Case) -> String {
        let url = testCase.directory.appendingPathComponent("name")
        return (try? String(contentsOf: url, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    }
}

// MARK: - Comparable data

/// JSON-shaped data: what both in.json and our tree reduce to.
fileprivate enum JSONValue: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a == b
        default: return false
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .number(let n): return "\(n)"
        case .string(let s): return "\"\(s)\""
        case .array(let items): return "[\(items.map(\.description).joined(separator: ", "))]"
        case .object(let dict):
            return "{\(dict.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", "))}"
        }
    }

    struct NotJSON: Error, CustomStringConvertible {
        var description: String
    }

    private static let core = "tag:yaml.org,2002:"

    /// Our tree as JSON data: untagged plain scalars typed by the YAML 1.2
    /// core schema; quoted, block and otherwise-tagged scalars are strings;
    /// `!!int`, `!!float`, `!!bool`, `!!null` honoured.
    init(node: Node) throws {
        switch node.content {
        case .scalar(let text, let style):
            if node.tag == nil && style == .plain {
                self = Self.resolvePlain(text)
                return
            }
            switch node.tag {
            case Self.core + "null":
                self = .null
            case Self.core + "bool":
                guard let b = Self.bool(text) else { throw NotJSON(description: "!!bool \(text)") }
                self = .bool(b)
            case Self.core + "int", Self.core + "float":
                guard let n = Self.int(text) ?? Self.float(text) else {
                    throw NotJSON(description: "\(node.tag ?? "") \(text)")
                }
                self = .number(n)
            default:
                self = .string(text)
            }
        case .sequence(let items):
            self = .array(try items.map(JSONValue.init(node:)))
        case .mapping(let pairs):
            var dict: [String: JSONValue] = [:]
            for pair in pairs {
                guard let key = pair.key.scalar else {
                    throw NotJSON(description: "a mapping key that is \(pair.key.nodeKind) at \(pair.key.mark)")
                }
                guard dict[key] == nil else {
                    throw NotJSON(description: "duplicate key \(key) at \(pair.key.mark)")
                }
                dict[key] = try JSONValue(node: pair.value)
            }
            self = .object(dict)
        }
    }

    static func resolvePlain(_ text: String) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        default: break
        }
        if let b = bool(text) { return .bool(b) }
        if let n = int(text) ?? float(text) { return .number(n) }
        return .string(text)
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// Core schema ints: `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    static func int(_ text: String) -> Double? {
        if text.wholeMatch(of: /[-+]?[0-9]+/) != nil { return Double(text) }
        if text.wholeMatch(of: /0o[0-7]+/) != nil { return UInt64(text.dropFirst(2), radix: 8).map { Double($0) } }
        if text.wholeMatch(of: /0x[0-9a-fA-F]+/) != nil { return UInt64(text.dropFirst(2), radix: 16).map { Double($0) } }
        return nil
    }

    /// Core schema floats: decimal/exponent, `.inf` and `.nan` spellings.
    static func float(_ text: String) -> Double? {
        if text.wholeMatch(of: /[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?/) != nil {
            return Double(text)
        }
        if text.wholeMatch(of: /[-+]?\.(inf|Inf|INF)/) != nil {
            return text.hasPrefix("-") ? -.infinity : .infinity
        }
        if text.wholeMatch(of: /\.(nan|NaN|NAN)/) != nil { return .nan }
        return nil
    }

    /// A value from `JSONSerialization`.
    init(json: Any) throws {
        switch json {
        case is NSNull:
            self = .null
        case let s as String:
            self = .string(s)
        case let n as NSNumber:
            // JSONSerialization gives true/false as boolean NSNumbers ("c").
            if String(cString: n.objCType) == "c" {
                self = .bool(n.boolValue)
            } else {
                self = .number(n.doubleValue)
            }
        case let a as [Any]:
            self = .array(try a.map(JSONValue.init(json:)))
        case let d as [String: Any]:
            self = .object(try d.mapValues(JSONValue.init(json:)))
        default:
            throw NotJSON(description: "unexpected JSON value \(json)")
        }
    }
}

// MARK: - Concatenated JSON

/// Splits an in.json holding zero or more concatenated JSON values (one per
/// YAML document) and parses each with `JSONSerialization`.
fileprivate enum JSONStream {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func values(_ data: Data) throws -> [JSONValue] {
        try split([UInt8](data)).map { chunk in
            let object = try JSONSerialization.jsonObject(with: Data(chunk), options: [.fragmentsAllowed])
            return try JSONValue(json: object)
        }
    }

    /// The byte ranges of the top-level values: a bracketed value ends at its
    /// matching bracket (brackets inside strings skipped), a string at its
    /// closing quote, a bare literal (number, true, false, null) at the next
    /// whitespace or bracket.
    static func split(_ bytes: [UInt8]) throws -> [ArraySlice<UInt8>] {
        var chunks: [ArraySlice<UInt8>] = []
        var i = 0
        let n = bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
        while true {
            while i < n && isSpace(bytes[i]) { i += 1 }
            guard i < n else { break }
            let start = i
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                var inString = false
                while i < n {
                    let b = bytes[i]
                    if inString {
                        if b == UInt8(ascii: "\\") { i += 1 } else if b == UInt8(ascii: "\"") { inString = false }
                    } else if b == UInt8(ascii: "\"") {
                        inString = true
                    } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                        depth += 1
                    } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                        depth -= 1
                        if depth == 0 { i += 1; break }
                    }
                    i += 1
                }
                guard depth == 0 else { throw Malformed(description: "unbalanced brackets at byte \(start)") }
            case UInt8(ascii: "\""):
                i += 1
                var closed = false
                while i < n {
                    let b = bytes[i]
                    i += 1
                    if b == UInt8(ascii: "\\") { i += 1 } else if b == UInt8(ascii: "\"") { closed = true; break }
                }
                guard closed else { throw Malformed(description: "unterminated string at byte \(start)") }
            default:
                while i < n && !isSpace(bytes[i]) && bytes[i] != UInt8(ascii: "{") && bytes[i] != UInt8(ascii: "[")
                    && bytes[i] != UInt8(ascii: "\"") {
                    i += 1
                }
            }
            chunks.append(bytes[start..<min(i, n)])
        }
        return chunks
    }
}
