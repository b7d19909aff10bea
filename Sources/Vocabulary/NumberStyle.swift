/// How numbers are written for people in a language: `2325.5` and `37.03%` in
/// English as the catalog writes them, `2.325,5` and `37,03%` in Vietnamese as
/// official documents do. Machine outputs (JSON numbers, SARIF, CSV numbers,
/// YAML) never use it.
public enum NumberStyle: Sendable {
    case plain, vietnamese

    /// `text`, a plain decimal as `NumberText` or a percent rounding writes it,
    /// with this style's decimal mark and thousands grouping.
    public func localize(_ text: String) -> String {
        guard self == .vietnamese else { return text }
        var integer = Substring(text)
        var rest = Substring("")
        if let point = text.firstIndex(of: ".") {
            integer = text[..<point]
            rest = "," + text[text.index(after: point)...]
        } else if let suffix = text.firstIndex(where: { !$0.isNumber && $0 != "-" }) {
            integer = text[..<suffix]
            rest = text[suffix...]
        }
        let negative = integer.hasPrefix("-")
        let digits = Array(negative ? integer.dropFirst() : integer)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        return (negative ? "-" : "") + grouped + rest
    }

    public func format(_ value: Double) -> String {
        localize(NumberText.format(value))
    }
}

extension Language {
    public var numberStyle: NumberStyle { self == .vi ? .vietnamese : .plain }

    /// A date as people of this language write it: `2026-12-01`, `01/12/2026`.
    public func date(_ date: LocalDate) -> String {
        guard self == .vi else { return date.description }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(pad(date.day))/\(pad(date.month))/\(date.year)"
    }
}
