import Catalog

/// A `define:` entry as written (SPEC §10): `cut_rate(p): (p.deadline.legal
/// - p.deadline.proposed) / p.deadline.legal`. The body keeps the place of
/// each character, so that an error inside it is placed at its token.
public struct DefinitionSource: Sendable {
    public var name: Located<String>
    public var parameters: [String]
    public var body: LocatedText
    public var file: String

    public init(name: Located<String>, parameters: [String], body: LocatedText, file: String) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.file = file
    }
}
