/// What a YAML value turned out to be, for messages that say what was found
/// instead of what was expected.
public enum NodeKind: Hashable, Sendable {
    case empty, scalar, list, mapping
}
