import Foundation

/// `xl/sharedStrings.xml`: the texts cells refer to by index. A rich-text
/// string's runs are concatenated; phonetic guides (`rPh`) are not part of
/// the text.
enum SharedStrings {
    static func read(_ bytes: [UInt8], part: String, limits: OfficeLimits) throws(OfficeError) -> [String] {
        var strings: [String] = []
        var current = ""
        var inItem = false
        var inText = false
        var phonetic = 0
        var total = 0
        try XMLEvents.parse(bytes, part: part, start: { name, _ in
            switch name {
            case "si": inItem = true; current = ""
            case "rPh": phonetic += 1
            case "t": inText = inItem && phonetic == 0
            default: break
            }
        }, end: { name throws(OfficeError) in
            switch name {
            case "si":
                total += current.utf8.count
                // Decoded strings can outgrow the part (entities); keep them bounded too.
                if total > limits.partBytes { throw .partTooLarge(part: part, limit: limits.partBytes) }
                strings.append(CellText.unescape(current))
                inItem = false
            case "rPh": phonetic -= 1
            case "t": inText = false
            default: break
            }
        }, text: { text in
            if inText { current += text }
        })
        return strings
    }
}

/// Text as cells store it: Excel escapes characters XML cannot hold as
/// `_xHHHH_` (a carriage return is `_x000D_`); line breaks come out as `\n`.
enum CellText {
    static func unescape(_ text: String) -> String {
        var result = text
        if result.contains("_x") { result = decodeEscapes(result) }
        if result.contains("\r") {
            result = result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return result
    }

    private static func decodeEscapes(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(scalars[index + 2...index + 5])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }
}
