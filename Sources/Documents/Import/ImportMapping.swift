import Review
import YAMLTree

/// A `--mapping` file of `tthc import`: the headers a table gives its
/// columns besides the built-in ones, `columns: {code: "Số hiệu", name:
/// ["Nội dung", "Tên"]}`.
public enum ImportMapping {
    /// The headers by column; nil when the bytes are not such a mapping (not
    /// YAML, no `columns:`, a key that is no column, a column without a header).
    public static func read(_ bytes: [UInt8]) -> [ImportColumn: [String]]? {
        guard let yaml = try? YAMLLoader.load(bytes), let root = yaml.documents.first,
            let columns = root.mapping?.first(where: { $0.key.isScalar("columns") })?.value.mapping
        else { return nil }
        var mapping: [ImportColumn: [String]] = [:]
        for pair in columns {
            guard let key = pair.key.scalar, let column = ImportColumn(rawValue: key) else { return nil }
            let names = pair.value.scalar.map { [$0] } ?? pair.value.sequence?.compactMap(\.scalar) ?? []
            guard !names.isEmpty else { return nil }
            mapping[column] = names
        }
        return mapping
    }
}
