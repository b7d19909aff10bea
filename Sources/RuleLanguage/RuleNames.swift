/// The names a rule's expressions may use beyond its scope's fields: its own
/// `let`s and the `define:` entries of rules/.
public struct RuleNames: Sendable {
    public var lets: LetBindings
    public var definitions: Definitions

    public init(lets: LetBindings = LetBindings(), definitions: Definitions = Definitions()) {
        self.lets = lets
        self.definitions = definitions
    }
}
