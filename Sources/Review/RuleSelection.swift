/// Which rules of rules/ a run evaluates (`--only`, `--disable`). Built-in
/// checks are always on.
public struct RuleSelection: Sendable {
    public var only: Set<String>
    public var disable: Set<String>

    public init(only: Set<String> = [], disable: Set<String> = []) {
        self.only = only
        self.disable = disable
    }

    public static let all = RuleSelection()

    public func includes(_ id: String) -> Bool {
        (only.isEmpty || only.contains(id)) && !disable.contains(id)
    }
}
