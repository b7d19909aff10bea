/// A Word document to write: sections (each starts on a new page) of
/// paragraphs and tables, on A4 landscape in Times New Roman 13 pt.
public struct WordDocument: Sendable, Equatable {
    public var title: String
    public var sections: [[Block]]

    public init(title: String = "", sections: [[Block]]) {
        self.title = title
        self.sections = sections
    }

    public enum Block: Sendable, Equatable {
        case paragraph(Paragraph)
        case table(Table)
    }

    public enum Alignment: Sendable, Equatable {
        case left, center, right
    }

    public struct Run: Sendable, Equatable {
        /// A `\n` in the text is a line break inside the paragraph.
        public var text: String
        public var bold: Bool
        public var italic: Bool
        /// A colour as six hex digits (`C00000`, dark red); nil keeps the text black.
        public var color: String?

        public init(_ text: String, bold: Bool = false, italic: Bool = false, color: String? = nil) {
            self.text = text
            self.bold = bold
            self.italic = italic
            self.color = color
        }
    }

    public struct Paragraph: Sendable, Equatable {
        public var runs: [Run]
        public var alignment: Alignment
        /// Size in points; nil keeps the document's 13 pt.
        public var size: Double?

        public init(_ runs: [Run], alignment: Alignment = .left, size: Double? = nil) {
            self.runs = runs
            self.alignment = alignment
            self.size = size
        }
    }

    public struct Table: Sendable, Equatable {
        /// Widths in millimetres, one per column.
        public var columnWidths: [Double]
        /// Repeated at the top of each page the table runs onto.
        public var header: [Cell]
        public var rows: [Row]
        /// The text size of every cell in points; nil keeps the document's 13 pt.
        public var size: Double?

        public init(columnWidths: [Double], header: [Cell], rows: [Row], size: Double? = nil) {
            self.columnWidths = columnWidths
            self.header = header
            self.rows = rows
            self.size = size
        }
    }

    public struct Cell: Sendable, Equatable {
        public var text: String
        public var alignment: Alignment

        public init(_ text: String, alignment: Alignment = .left) {
            self.text = text
            self.alignment = alignment
        }
    }

    public enum Row: Sendable, Equatable {
        case cells([Cell])
        /// A bold heading spanning all columns (`A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH`).
        case group(String)
        /// A bold row of figures.
        case total([Cell])
    }
}
