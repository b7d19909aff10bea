import Vocabulary

/// The characters of one file, each with its mark, lines and columns counted
/// as libyaml counts them: CRLF, CR and LF each end a line (and read as one
/// `\n`), and a byte-order mark takes no column. Made once per file of rules/,
/// so that placing each of its expressions starts at the expression rather
/// than walking the file again.
struct SourceCharacters {
    private(set) var characters: [(Unicode.Scalar, Mark)] = []

    init(_ text: String) {
        characters.reserveCapacity(text.utf8.count)
        var line = 1
        var column = 1
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\u{FEFF}" && line == 1 && column == 1 { continue }
            if scalar == "\n" && previous == "\r" { continue }
            let isBreak = scalar == "\n" || scalar == "\r"
            characters.append((isBreak ? "\n" : scalar, Mark(line: line, column: column)))
            if isBreak {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
    }

    /// At most `count` characters from the first at or after `mark` (marks
    /// only grow along the file, so it is found by halving).
    func from(_ mark: Mark, count: Int) -> ArraySlice<(Unicode.Scalar, Mark)> {
        var low = 0
        var high = characters.count
        while low < high {
            let middle = (low + high) / 2
            if characters[middle].1 < mark { low = middle + 1 } else { high = middle }
        }
        return characters[low..<min(low + max(count, 0), characters.count)]
    }
}
