import Vocabulary
import YAMLTree

/// The recognised keys of one mapping; empty values read as absent.
struct Fields {
    var mark: Mark
    var values: [(key: String, node: Node)]

    subscript(key: String) -> Node? {
        // Lengths first: most keys tried are not the one asked for.
        values.first { $0.key.utf8.count == key.utf8.count && $0.key == key }?.node
    }
}
