/// How outputs name a procedure beside its code: its name cut to 60
/// characters, so a finding's line stays readable.
public enum ProcedureLabel {
    public static let maxNameLength = 60

    /// `name`, cut to `maxNameLength` characters with `…` when longer.
    public static func name(_ name: String) -> String {
        guard name.count > maxNameLength else { return name }
        return String(name.prefix(maxNameLength - 1)) + "…"
    }
}
