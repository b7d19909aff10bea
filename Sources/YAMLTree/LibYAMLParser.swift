import CYAML
import Vocabulary

/// One libyaml event as a Swift value; no C type leaves this file. A scalar's
/// bytes are libyaml's own, valid until the parser's next `next()`.
public enum ParserEvent {
    case streamStart
    case streamEnd
    case documentStart(Mark)
    case documentEnd
    case alias(anchor: String, Mark)
    /// `source`: the bytes of the scalar's token in the input (after any anchor
    /// or tag).
    case scalar(UnsafeBufferPointer<UInt8>, Node.ScalarStyle, anchor: String?, tag: String?, Mark, source: Range<Int>)
    /// `flow`: written in `[ ]`; `at`: the byte offset where it starts.
    case sequenceStart(anchor: String?, tag: String?, Mark, flow: Bool, at: Int)
    case sequenceEnd
    case mappingStart(anchor: String?, tag: String?, Mark, flow: Bool, at: Int)
    case mappingEnd
}

/// Owns a libyaml parser, frees it on deinit. It reads the caller's buffer in
/// place (no copy), so it must not outlive that buffer: `YAMLLoader` creates
/// and drops it inside `withUnsafeBufferPointer`. Non-copyable, so the one
/// owner is checked at compile time and its state needs no run-time
/// exclusivity checks.
struct LibYAMLParser: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeBufferPointer<UInt8>
    private var finished = false
    /// The last event returned, kept until the next call so that a scalar's
    /// bytes can be read in place.
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    private var offsets: SourceOffsets

    /// Whether events carry byte offsets into the input (`source`, `at`):
    /// a tree keeps them for fixes; a reader without one leaves them at 0.
    private let measuresSource: Bool

    /// `bytes` must not be empty (libyaml asserts a non-null input). Bytes
    /// that are not UTF-8 end the events with a reader error where libyaml
    /// meets them; the loader checks them first, to say where precisely.
    init(bytes: UnsafeBufferPointer<UInt8>, measuresSource: Bool = true) {
        self.measuresSource = measuresSource
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        input = bytes
        offsets = SourceOffsets(bytes)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    mutating func next() throws(YAMLError) -> ParserEvent {
        guard !finished else { return .streamEnd }
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
        guard yaml_parser_parse(parser, event) == 1 else { throw currentError() }
        holdsEvent = true
        // Read in place: the event is a hundred bytes, and most of it is not read.
        let mark = Mark(line: Int(event.pointee.start_mark.line) + 1, column: Int(event.pointee.start_mark.column) + 1)
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_STREAM_END_EVENT:
            finished = true
            return .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(mark)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: Self.string(event.pointee.data.alias.anchor) ?? "", mark)
        case YAML_SCALAR_EVENT:
            let s = event.pointee.data.scalar
            let text = UnsafeBufferPointer(start: s.value, count: s.value == nil ? 0 : Int(s.length))
            var source = 0..<0
            if measuresSource {
                let start = offsets.offset(ofIndex: Int(event.pointee.start_mark.index))
                let end = max(start, offsets.offset(ofIndex: Int(event.pointee.end_mark.index)))
                source = (s.anchor == nil && s.tag == nil ? start : offsets.tokenStart(from: start, to: end))..<end
            }
            return .scalar(
                text, Self.style(s.style), anchor: Self.string(s.anchor), tag: Self.string(s.tag), mark,
                source: source)
        case YAML_SEQUENCE_START_EVENT:
            let s = event.pointee.data.sequence_start
            return .sequenceStart(
                anchor: Self.string(s.anchor), tag: Self.string(s.tag), mark, flow: s.style == YAML_FLOW_SEQUENCE_STYLE,
                at: measuresSource ? offsets.offset(ofIndex: Int(event.pointee.start_mark.index)) : 0)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let m = event.pointee.data.mapping_start
            return .mappingStart(
                anchor: Self.string(m.anchor), tag: Self.string(m.tag), mark, flow: m.style == YAML_FLOW_MAPPING_STYLE,
                at: measuresSource ? offsets.offset(ofIndex: Int(event.pointee.start_mark.index)) : 0)
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            throw YAMLError(.syntax, .unexpectedEvent, at: mark)
        }
    }

    private func currentError() -> YAMLError {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "invalid YAML"
        if p.error == YAML_READER_ERROR {
            let mark = UTF8Validation.mark(ofOffset: Int(p.problem_offset), in: input)
            return YAMLError(.syntax, .libyaml(problem: problem, context: nil, contextLine: nil, contextColumn: nil, hint: nil), at: mark)
        }
        if p.error == YAML_MEMORY_ERROR {
            return YAMLError(.limit, .outOfMemory, at: Mark(line: 1, column: 1))
        }
        let mark = Mark(line: Int(p.problem_mark.line) + 1, column: Int(p.problem_mark.column) + 1)
        let context = p.context.map { String(cString: $0) }
        let hint = SyntaxHints.hint(
            problem: problem, isScanner: p.error == YAML_SCANNER_ERROR, at: mark, in: input)
        return YAMLError(
            .syntax,
            .libyaml(
                problem: problem, context: context,
                contextLine: context == nil ? nil : Int(p.context_mark.line) + 1,
                contextColumn: context == nil ? nil : Int(p.context_mark.column) + 1, hint: hint),
            at: mark)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> Node.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
