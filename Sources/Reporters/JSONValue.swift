/// A JSON value whose objects keep their keys in the order given, so output
/// is written exactly as SPEC shows it and is the same bytes every run.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// Pretty-printed with two-space indents and a final newline.
    public func serialized() -> String {
        // Written as UTF-8 bytes: a catalog's report is mostly text copied as
        // it is, which bytes append in bulk and a String scalar by scalar.
        var out: [UInt8] = []
        write(into: &out, indent: 0)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let n): out += Self.number(n).utf8
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]".utf8
                return
            }
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                out += repeatElement(UInt8(ascii: " "), count: indent + 2)
                item.write(into: &out, indent: indent + 2)
                out += (i + 1 < items.count ? ",\n" : "\n").utf8
            }
            out += repeatElement(UInt8(ascii: " "), count: indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}".utf8
                return
            }
            out += "{\n".utf8
            for (i, (key, value)) in members.enumerated() {
                out += repeatElement(UInt8(ascii: " "), count: indent + 2)
                Self.writeString(key, into: &out)
                out += ": ".utf8
                value.write(into: &out, indent: indent + 2)
                out += (i + 1 < members.count ? ",\n" : "\n").utf8
            }
            out += repeatElement(UInt8(ascii: " "), count: indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Integers without a fraction; other numbers in the shortest form that
    /// reads back to the same double. Non-finite numbers have no JSON form.
    static func number(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }

    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole; only `"`,
            // `\` and control characters are written as escapes (multi-byte
            // UTF-8 is copied as it is, as before).
            var start = 0
            for (index, byte) in bytes.enumerated() where byte == 0x22 || byte == 0x5C || byte < 0x20 {
                out.append(contentsOf: bytes[start..<index])
                switch byte {
                case 0x22: out += "\\\"".utf8
                case 0x5C: out += "\\\\".utf8
                case 0x0A: out += "\\n".utf8
                case 0x0D: out += "\\r".utf8
                case 0x09: out += "\\t".utf8
                default:
                    let hex = String(byte, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                }
                start = index + 1
            }
            out.append(contentsOf: bytes[start...])
        }
        out.append(UInt8(ascii: "\""))
    }
}
