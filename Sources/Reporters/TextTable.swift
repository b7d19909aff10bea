/// A table for the terminal: aligned columns, long cells wrapped at word
/// boundaries. Widths count Characters (grapheme clusters), so Vietnamese
/// letters with their marks — precomposed or not — take one column each.
struct TextTable {
    enum Alignment {
        case left, right
    }

    struct Column {
        var title: String
        var alignment: Alignment = .left
        /// Wrap the cells of this column to at most this many characters.
        var maxWidth: Int?
    }

    enum Row {
        case cells([String])
        /// A line of its own across the table (a group's title in the annex).
        case caption(String)
    }

    var columns: [Column]
    var rows: [Row] = []

    /// Colors a cell after it is padded (row index among `rows`, column);
    /// the padding is measured on the plain text.
    var paint: ((_ row: Int, _ column: Int, _ padded: String) -> String)?

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func add(_ cells: [String]) { rows.append(.cells(cells)) }
    mutating func caption(_ text: String) { rows.append(.caption(text)) }

    func render(indent: Int = 0) -> String {
        let wrapped: [[[String]]?] = rows.map { row in
            guard case .cells(let cells) = row else { return nil }
            return columns.indices.map { index in
                let text = index < cells.count ? cells[index] : ""
                return Self.wrap(text, width: columns[index].maxWidth)
            }
        }
        // A title breaks at its spaces only: its longest word widens the column.
        let titleWidths = columns.map { column in
            column.maxWidth.map { max($0, column.title.split(separator: " ").map(\.count).max() ?? 0) }
        }
        var widths = columns.indices.map { index in
            Self.wrap(columns[index].title, width: titleWidths[index]).map(\.count).max() ?? 0
        }
        for cells in wrapped.compactMap({ $0 }) {
            for (index, lines) in cells.enumerated() {
                widths[index] = max(widths[index], lines.map(\.count).max() ?? 0)
            }
        }
        let margin = String(repeating: " ", count: indent)
        let totalWidth = widths.reduce(0, +) + 2 * max(0, widths.count - 1)

        func line(_ cells: [[String]], row: Int?) -> [String] {
            let height = cells.map(\.count).max() ?? 1
            return (0..<max(height, 1)).map { lineIndex in
                let parts = cells.enumerated().map { column, lines -> String in
                    let text = lineIndex < lines.count ? lines[lineIndex] : ""
                    let padding = String(repeating: " ", count: widths[column] - text.count)
                    let padded = columns[column].alignment == .left ? text + padding : padding + text
                    if let row, let paint, !text.isEmpty { return paint(row, column, padded) }
                    return padded
                }
                return Self.trimmingTrailingSpaces(margin + parts.joined(separator: "  "))
            }
        }

        var out = line(columns.indices.map { Self.wrap(columns[$0].title, width: titleWidths[$0]) }, row: nil)
        out.append(margin + String(repeating: "-", count: totalWidth))
        for (index, row) in rows.enumerated() {
            switch row {
            case .caption(let text): out.append(margin + text)
            case .cells: out += line(wrapped[index] ?? [], row: index)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Greedy word wrap of each line of `text` to `width` characters; a word
    /// longer than the width is broken.
    static func wrap(_ text: String, width: Int?) -> [String] {
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let width, width > 0 else { return paragraphs.isEmpty ? [""] : paragraphs }
        var lines: [String] = []
        for paragraph in paragraphs {
            // Lengths are kept as counts: counting a String's characters walks it.
            var current = ""
            var currentCount = 0
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                var wordCount = word.count
                while wordCount > width {
                    if currentCount > 0 {
                        lines.append(current)
                        current = ""
                        currentCount = 0
                    }
                    lines.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                    wordCount -= width
                }
                if currentCount == 0 {
                    current = String(word)
                    currentCount = wordCount
                } else if currentCount + 1 + wordCount <= width {
                    current += " " + word
                    currentCount += 1 + wordCount
                } else {
                    lines.append(current)
                    current = String(word)
                    currentCount = wordCount
                }
            }
            lines.append(current)
        }
        return lines
    }

    /// `text` without its trailing spaces, found on bytes: a space ends any
    /// character before it, so the cut is always between characters.
    private static func trimmingTrailingSpaces(_ text: String) -> String {
        guard let last = text.utf8.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
        return String(text[...last])
    }
}
