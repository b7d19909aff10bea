import Foundation

/// The names rules/ writes as keys: a `let:` or `params:` name, and a
/// `define:` entry's `name` or `name(a, b)`. Checked as the rules are read,
/// so that a bad key is a `schema` finding at the key.
enum NameSyntax {
    /// `name` or `name(a, b)` as a definition's key writes it; nil for anything else.
    static func signature(_ key: String) -> (name: String, parameters: [String])? {
        let trimmed = key.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.firstIndex(of: "(") else {
            return isName(trimmed) ? (trimmed, []) : nil
        }
        guard trimmed.hasSuffix(")") else { return nil }
        let name = String(trimmed[..<open]).trimmingCharacters(in: .whitespaces)
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let parameters =
            inside.trimmingCharacters(in: .whitespaces).isEmpty
            ? [] : inside.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        guard isName(name), parameters.allSatisfy(isName), Set(parameters).count == parameters.count else { return nil }
        return (name, parameters)
    }

    /// A name of the rule language: letters, digits and `_`, not starting with a digit.
    static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.isASCIILetter else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || $0.isASCIILetter || ("0"..."9").contains($0) }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
