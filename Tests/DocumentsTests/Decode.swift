import Catalog
@testable import Documents
import Testing
import Vocabulary
import YAMLTree

/// Decodes inline YAML as a catalog file named `t.yaml`.
enum Decode {
    static let traits: [String: TraitDeclaration] = [
        "field_inspection": TraitDeclaration(
            name: "field_inspection", kind: .bool, defaultValue: .bool(false), description: nil,
            mark: Mark(line: 1, column: 1)),
        "interagency": TraitDeclaration(
            name: "interagency", kind: .bool, defaultValue: .bool(false), description: nil, mark: Mark(line: 2, column: 1)),
        "online": TraitDeclaration(
            name: "online", kind: .enumeration(["full", "partial", "none"]), defaultValue: .string("none"),
            description: nil, mark: Mark(line: 3, column: 1)),
        "fee_vnd": TraitDeclaration(
            name: "fee_vnd", kind: .number, defaultValue: .number(0), description: nil, mark: Mark(line: 4, column: 1)),
        "contact": TraitDeclaration(
            name: "contact", kind: .string, defaultValue: nil, description: nil, mark: Mark(line: 5, column: 1)),
    ]

    static func catalog(
        _ yaml: String, traits: [String: TraitDeclaration] = traits, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CatalogFile {
        let loaded: LoadedYAML
        do {
            loaded = try YAMLLoader.load(yaml)
        } catch {
            Issue.record("the YAML does not load: \(error)", sourceLocation: sourceLocation)
            throw error
        }
        return CatalogDecoder(traits: traits).decode(loaded, path: "t.yaml").file
    }

    /// `line:column: [rule] message` of each finding, in the order they came.
    static func findings(_ file: CatalogFile) -> [String] {
        file.findings.map { "\($0.location.line):\($0.location.column): [\($0.rule)] \($0.text)" }
    }
}

extension Mark {
    init(_ line: Int, _ column: Int) {
        self.init(line: line, column: column)
    }
}
