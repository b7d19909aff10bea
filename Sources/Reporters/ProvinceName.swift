/// The province a plan's name names: the capitalised words after `tỉnh`
/// (`Đề án … tỉnh Lạng Sơn giai đoạn …` → `Lạng Sơn`), for the line a
/// decision's annex carries; nil when the name names none.
enum ProvinceName {
    static func from(planName: String?) -> String? {
        guard let planName else { return nil }
        let words = planName.split(whereSeparator: { $0.isWhitespace })
        for (index, word) in words.enumerated() where word.lowercased() == "tỉnh" {
            let name = words[(index + 1)...].prefix { $0.first?.isUppercase == true }
            if !name.isEmpty { return name.joined(separator: " ") }
        }
        return nil
    }
}
