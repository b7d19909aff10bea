import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One pass of Foundation's `XMLParser` over a part, handing element starts,
/// ends and text to closures. Names and attribute names lose their prefix
/// (`x:c` → `c`, `r:id` → `id`): files from different writers use different
/// prefixes for the same namespaces, and no OOXML part we read mixes two
/// namespaces under one local name.
final class XMLEvents: NSObject, XMLParserDelegate {
    typealias Start = (String, [String: String]) throws(OfficeError) -> Void
    typealias End = (String) throws(OfficeError) -> Void
    typealias Text = (String) -> Void
    private let start: Start
    private let end: End
    private let text: Text
    /// What a closure threw (a limit): the parse stops and `parse` throws it.
    private var stop: OfficeError?

    private let part: String

    private init(part: String, start: @escaping Start, end: @escaping End, text: @escaping Text) {
        self.part = part
        self.start = start
        self.end = end
        self.text = text
    }

    static func parse(
        _ bytes: [UInt8], part: String,
        start: @escaping Start,
        end: @escaping End = { _ in },
        text: @escaping Text = { _ in }
    ) throws(OfficeError) {
        // OOXML parts never carry a DTD; refusing one keeps entity expansion
        // (a "billion laughs" part) out of reach. A DOCTYPE must come before the
        // root element, so the first bytes tell.
        if containsDoctype(bytes.prefix(4096)) {
            throw .malformedXML(part: part, line: 1, reason: "a DOCTYPE is not allowed in an OOXML part")
        }
        let events = XMLEvents(part: part, start: start, end: end, text: text)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        let ok = parser.parse()
        if let stop = events.stop { throw stop }
        guard ok else {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "not well-formed"
            throw .malformedXML(part: part, line: max(parser.lineNumber, 1), reason: reason)
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard stop == nil else { return }
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[Self.local(key)] = value }
        do throws(OfficeError) { try start(Self.local(elementName), attributes) } catch {
            stop = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard stop == nil else { return }
        do throws(OfficeError) { try end(Self.local(elementName)) } catch {
            stop = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard stop == nil else { return }
        text(string)
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        guard stop == nil else { return }
        text(whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard stop == nil else { return }
        text(String(decoding: CDATABlock, as: UTF8.self))
    }

    // libxml2 under corelibs' XMLParser may recover from some errors and
    // still report success; a part that is not well-formed is refused anyway.
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard stop == nil else { return }
        stop = .malformedXML(part: part, line: max(parser.lineNumber, 1), reason: (parseError as NSError).localizedDescription)
        parser.abortParsing()
    }

    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    private static func containsDoctype(_ bytes: ArraySlice<UInt8>) -> Bool {
        let needle = Array("<!DOCTYPE".utf8)
        guard bytes.count >= needle.count else { return false }
        var index = bytes.startIndex
        while index + needle.count <= bytes.endIndex {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
