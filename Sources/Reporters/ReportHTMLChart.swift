import Vocabulary

/// A horizontal bar chart as inline SVG (no script, no external reference):
/// a bar per row, the value at its end, and dashed vertical target lines.
struct ReportHTMLChart {
    struct Bar {
        var label: String
        /// nil: no figure for this row (drawn as a dash, e.g. a sector with no cut).
        var value: Double?
        var met: Bool
        /// The total row: drawn bold, after a rule.
        var isTotal = false
    }

    struct TargetLine {
        var label: String
        var value: Double
        /// The main line is the one the bars' colors measure against.
        var isMain: Bool
    }

    var title: String
    var bars: [Bar]
    var lines: [TargetLine]
    /// Shown in place of a bar with no value.
    var none: String
    /// How the values are written (`37,03%` in Vietnamese); the axis keeps whole tens.
    var style: NumberStyle

    private let width = 1000.0
    private let labelWidth = 300.0
    private let valueRoom = 70.0
    private let rowHeight = 24.0
    private let top = 34.0
    private let bottom = 26.0

    init(title: String, bars: [Bar], lines: [TargetLine], none: String, style: NumberStyle = .plain) {
        self.title = title
        self.bars = bars
        self.lines = lines
        self.none = none
        self.style = style
    }

    /// The axis runs from 0 to the next 10% at or above every value and line.
    var axisMaximum: Double {
        let highest = (bars.compactMap(\.value) + lines.map(\.value)).max() ?? 0
        return max(0.1, (highest * 10 - 1e-9).rounded(.up) / 10)
    }

    func svg() -> String {
        let plotWidth = width - labelWidth - valueRoom
        let maximum = axisMaximum
        let totalGap = bars.contains(where: \.isTotal) ? 8.0 : 0
        let height = top + Double(bars.count) * rowHeight + totalGap + bottom
        func x(_ value: Double) -> Double { labelWidth + plotWidth * min(max(value, 0), maximum) / maximum }
        func f(_ value: Double) -> String { ReportNumbers.fixed(value, shift: 0, digits: 1) }

        var out = "<svg class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\">\n"
        out += "<title>\(HTML.escape(title))</title>\n"
        // Grid and axis labels every 10%.
        let steps = Int((maximum * 10).rounded())
        for step in 0...steps {
            let value = Double(step) / 10
            let gx = x(value)
            out += "<line class=\"grid\" x1=\"\(f(gx))\" y1=\"\(f(top - 6))\" x2=\"\(f(gx))\" y2=\"\(f(height - bottom + 4))\"/>"
            out += "<text class=\"axis\" x=\"\(f(gx))\" y=\"\(f(height - 8))\" text-anchor=\"middle\">\(step * 10)%</text>\n"
        }
        var y = top
        // Values are written after the target lines, so that their white halo keeps them legible over a line.
        var values = ""
        for bar in bars {
            if bar.isTotal {
                out += "<line class=\"rule\" x1=\"0\" y1=\"\(f(y + totalGap / 2))\" x2=\"\(f(width))\" y2=\"\(f(y + totalGap / 2))\"/>\n"
                y += totalGap
            }
            let middle = y + rowHeight / 2
            let classes = bar.isTotal ? " total" : ""
            out += "<text class=\"label\(classes)\" x=\"\(f(labelWidth - 10))\" y=\"\(f(middle + 4.5))\" text-anchor=\"end\">"
                + "\(HTML.escape(Self.shortened(bar.label, to: 40)))</text>"
            if let value = bar.value {
                let end = x(value)
                let kind = bar.met ? "met" : "unmet"
                out += "<rect class=\"bar \(kind)\(classes)\" x=\"\(f(labelWidth))\" y=\"\(f(y + 4))\" "
                    + "width=\"\(f(max(end - labelWidth, 1)))\" height=\"\(f(rowHeight - 8))\" rx=\"2\"/>\n"
                values += "<text class=\"value\(classes)\" x=\"\(f(end + 6))\" y=\"\(f(middle + 4.5))\">"
                    + "\(ReportNumbers.percent(value, style))</text>\n"
            } else {
                values += "<text class=\"value none\" x=\"\(f(labelWidth + 6))\" y=\"\(f(middle + 4.5))\">\(HTML.escape(none))</text>\n"
            }
            y += rowHeight
        }
        // Target lines over the bars, labelled above the plot.
        for (index, line) in lines.enumerated() {
            let lx = x(line.value)
            let kind = line.isMain ? "target" : "target secondary"
            out += "<line class=\"\(kind)\" x1=\"\(f(lx))\" y1=\"\(f(top - 4))\" x2=\"\(f(lx))\" y2=\"\(f(height - bottom))\"/>"
            let anchor = index == 0 ? "end" : "start"
            let dx = index == 0 ? -4.0 : 4.0
            out += "<text class=\"\(kind) note\" x=\"\(f(lx + dx))\" y=\"\(f(top - 12))\" text-anchor=\"\(anchor)\">"
                + "\(HTML.escape(line.label)) \(ReportNumbers.percent(line.value, style))</text>\n"
        }
        out += values + "</svg>\n"
        return out
    }

    /// A label cut with an ellipsis, so that it stays left of its bar.
    static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}

/// Escaping for HTML text and attribute values.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
