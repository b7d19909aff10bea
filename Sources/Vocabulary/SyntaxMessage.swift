/// Why a file could not be read as YAML: libyaml's own problem, an encoding
/// that is not UTF-8, or one of the limits that keep hostile input harmless.
public enum SyntaxMessage: Hashable, Sendable {
    /// What the common libyaml errors usually mean in a hand-written file.
    public enum Hint: Hashable, Sendable {
        /// A tab where YAML wants spaces.
        case tab
        /// `%YAML 1.3` or another version libyaml does not read.
        case yamlVersion
        /// `key:value` without a space, or a line that is not `key: value`.
        case missingSpaceAfterColon
        /// `name: a: b`: a `:` inside an unquoted value.
        case colonInPlainValue
        /// A key or list item out of line with its neighbours.
        case indentation
    }

    /// libyaml's words (English) with where the construct began, and a hint.
    case libyaml(problem: String, context: String?, contextLine: Int?, contextColumn: Int?, hint: Hint?)
    case utf16
    case invalidUTF8(byte: UInt8)
    case tooLarge(size: Int, limit: Int)
    case tooDeep(limit: Int)
    case tooManyNodes(limit: Int, aliased: Bool)
    case tooManyTextBytes(limit: Int, aliased: Bool)
    case recursiveAlias(String)
    case undefinedAlias(String)
    /// `<<` whose value is not a mapping or list of mappings; `found` is what it is.
    case mergeNeedsMapping(found: NodeKind, inList: Bool)
    case outOfMemory
    case unexpectedEvent
    /// A file or directory name under the catalog that is not UTF-8, shown
    /// escaped (`bad\xFF.yaml`); the directory's files are not read.
    case nameNotUTF8(String, isDirectory: Bool)
}
