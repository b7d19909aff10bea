import Foundation
import Testing

/// libyaml names its parser's state, not the mistake; the common mistakes of
/// a hand-written file get a hint saying what to do, in the run's language.
@Suite("YAML mistakes, said plainly")
struct SyntaxHintTests {
    static let cases: [(name: String, yaml: String, english: String, vietnamese: String)] = [
        (
            "colon", "sector:\n  id: s\n  name: S\nprocedures:\n  - code: \"1.000001\"\n    name: Cấp phép: lần đầu\n",
            "a.yaml:6:19: error: mapping values are not allowed in this context; a value that contains `: ` must be quoted",
            "a.yaml:6:19: lỗi: YAML không hợp lệ: không được đặt cặp khóa: giá trị ở đây; giá trị có chứa `: ` phải đặt trong nháy kép"
        ),
        (
            "space", "sector:\n  name: S\n  id:s\nprocedures: []\n",
            "a.yaml:4:1: error: could not find expected ':' (while scanning a simple key started at 3:3); is a space missing after a `:`? Write `key: value`",
            "a.yaml:4:1: lỗi: YAML không hợp lệ: không tìm thấy dấu `:` cần có (trong khóa bắt đầu ở dòng 3, cột 3); có thể thiếu dấu cách sau dấu `:`"
        ),
        (
            "indentation", "sector:\n  id: s\n  name: S\nprocedures:\n  - code: \"1.000001\"\n  name: N\n",
            "a.yaml:6:3: error: did not find expected '-' indicator (while parsing a block collection started at 5:3); check the indentation",
            "a.yaml:6:3: lỗi: YAML không hợp lệ: không tìm thấy dấu `-` của mục danh sách (trong tập hợp khối bắt đầu ở dòng 5, cột 3); hãy kiểm tra thụt lề"
        ),
        (
            "tab", "sector:\n\tid: s\n",
            "a.yaml:2:1: error: found character that cannot start any token (while scanning for the next token started at 2:1); it is a tab: indent YAML with spaces",
            "a.yaml:2:1: lỗi: YAML không hợp lệ: gặp ký tự không thể mở đầu một giá trị"
        ),
    ]

    @Test("each mistake: libyaml's words and a hint in English, plain Vietnamese with the hint", arguments: cases.map(\.name))
    func hint(_ name: String) throws {
        let item = try #require(Self.cases.first { $0.name == name })
        let dir = try TemporaryDirectory("tthc-syntax")
        try dir.copyFixture("rules", to: "rules")
        try dir.write("catalog/a.yaml", item.yaml)
        let english = try TTHC.run(["check", "--lang", "en", "--as-of", "2026-11-26"], in: dir.url)
        #expect(english.status == 1)
        #expect(english.stdout.hasPrefix("catalog/" + item.english), "\(english.stdout)")
        let vietnamese = try TTHC.run(["check", "--lang", "vi", "--as-of", "2026-11-26"], in: dir.url)
        #expect(vietnamese.stdout.hasPrefix("catalog/" + item.vietnamese), "\(vietnamese.stdout)")
    }
}
