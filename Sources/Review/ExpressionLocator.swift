import YAMLTree

/// Maps an offset inside a YAML scalar's value back to the line and column of
/// the file, so an error inside a rule's expression points at its token —
/// whether the scalar is plain, quoted or a block, on one line or several.
///
/// The value and the source are walked side by side: characters that match
/// advance both; a run of whitespace in the value (a folded line break, an
/// indentation) matches a run of whitespace in the source; source characters
/// that have no counterpart in the value (quotes, escapes' backslashes, block
/// indicators) are skipped.
public enum ExpressionLocator {
    public static func mark(ofOffset offset: Int, in value: String, scalar node: Node, fileText: String) -> Mark {
        let lines = fileText.split(separator: "\n", omittingEmptySubsequences: false)
        guard node.mark.line - 1 < lines.count else { return node.mark }
        // The source from the scalar's first character to the end of the file,
        // as scalars with their marks.
        var source: [(Unicode.Scalar, Mark)] = []
        for lineIndex in (node.mark.line - 1)..<lines.count {
            var column = 1
            for scalar in lines[lineIndex].unicodeScalars {
                if lineIndex > node.mark.line - 1 || column >= node.mark.column {
                    source.append((scalar, Mark(line: lineIndex + 1, column: column)))
                }
                column += 1
            }
            source.append(("\n", Mark(line: lineIndex + 1, column: column)))
            if source.count > value.unicodeScalars.count * 4 + 4096 { break }
        }
        var j = 0
        switch node.scalarStyle {
        case .singleQuoted?, .doubleQuoted?:
            j = 1
        case .literal?, .folded?:
            // Content starts on the line after the `|` or `>` header.
            while j < source.count && source[j].0 != "\n" { j += 1 }
        default:
            break
        }
        let target = Array(value.unicodeScalars)
        var i = 0
        let end = min(offset, target.count)
        while i < end && j < source.count {
            if target[i].properties.isWhitespace {
                while i < end && target[i].properties.isWhitespace { i += 1 }
                while j < source.count && source[j].0.properties.isWhitespace { j += 1 }
                continue
            }
            while j < source.count && source[j].0 != target[i] { j += 1 }
            i += 1
            j += 1
        }
        if offset < target.count {
            while j < source.count && source[j].0 != target[offset] { j += 1 }
        }
        return j < source.count ? source[j].1 : node.mark
    }
}
