/// Text made safe for an XML 1.0 part we write.
enum XMLText {
    /// `&<>"'` escaped (so the same function serves element text and
    /// attribute values). Characters XML 1.0 cannot hold at all — the C0
    /// controls but tab and line feed, U+FFFE and U+FFFF — are dropped: no
    /// escape makes them legal, and a part holding one makes Excel and Word
    /// "repair" the file. A carriage return is dropped too, so `\r\n` inside a
    /// cell stays one line break.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}

/// The parts every OOXML package we write shares: document properties with
/// fixed dates (so the bytes do not change from run to run) and the package
/// relationships.
enum PackageParts {
    static let fixedTimestamp = "1980-01-01T00:00:00Z"

    static func core(title: String) -> String {
        XMLText.declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(XMLText.escape(title))</dc:title><dc:creator>tthc</dc:creator>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(fixedTimestamp)</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(fixedTimestamp)</dcterms:modified>\
            </cp:coreProperties>
            """
    }

    static func app() -> String {
        XMLText.declaration + """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
            xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>tthc</Application></Properties>
            """
    }

    /// `_rels/.rels`: the main part and the document properties.
    static func rootRelationships(main: String) -> String {
        relationships([
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", main),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ])
    }

    static func relationships(_ list: [(id: String, type: String, target: String)]) -> String {
        XMLText.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + list.map { "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\(XMLText.escape($0.target))\"/>" }.joined()
            + "</Relationships>"
    }

    /// `[Content_Types].xml` with the defaults every package needs and one override per part.
    static func contentTypes(_ overrides: [(part: String, type: String)]) -> String {
        XMLText.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + overrides.map { "<Override PartName=\"/\($0.part)\" ContentType=\"\($0.type)\"/>" }.joined()
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>"
    }
}
