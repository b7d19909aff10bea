import Foundation
import Testing

/// Lines and columns as the user's editor shows them, whatever the file's
/// line endings, byte-order mark or non-ASCII text.
@Suite("Locations")
struct LocationTests {
    @Test("CRLF line endings, a UTF-8 byte-order mark, and Vietnamese letters counted as one column each")
    func lineEndingsAndMultibyte() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write(
            "catalog/a-crlf.yaml",
            "sector:\r\n  id: a\r\n  name: A\r\nprocedures:\r\n  - code: a\r\n    name: A\r\n    level: provincial\r\n    deadline: { legal: 1 }\r\n")
        try dir.write("catalog/b-bom.yaml", Data([0xEF, 0xBB, 0xBF]) + Data("extra: 1\nsector: { id: b, name: B }\nprocedures: []\n".utf8))
        var latin1CRLF = Data("sector:\r\n  id: c\r\n  name: \"T".utf8)
        latin1CRLF.append(0xE0)
        latin1CRLF.append(Data("\"\r\nprocedures: []\r\n".utf8))
        try dir.write("catalog/c-crlf-latin1.yaml", latin1CRLF)
        try dir.write(
            "catalog/d-vietnamese.yaml",
            "sector: { id: d, name: Hộ tịch }\nprocedures:\n  - { code: x, name: \"Đăng ký hộ tịch\", level: province, deadline: { legal: 1 }, four_on_spot: yes }\n")
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        #expect(result.status == 1)
        let output = try CheckOutput.decode(result.stdoutBytes)
        expectFindings(
            output.findings,
            [
                Expected("catalog/a-crlf.yaml:7:12", "schema", says: "`provincial`"),
                Expected("catalog/b-bom.yaml:1:1", "schema", says: "`extra`"),
                Expected("catalog/c-crlf-latin1.yaml:3:11", "syntax", says: "0xE0"),
                Expected("catalog/d-vietnamese.yaml:3:96", "schema", says: "`yes`"),
            ])
        #expect(output.summary.sectors == 3)
    }

    @Test("a procedure finding points at the value it is about, in block and flow style")
    func valuePlaces() throws {
        let dir = try TemporaryDirectory()
        try dir.copyFixture("rules", to: "rules")
        try dir.write(
            "catalog/s.yaml",
            """
            sector: { id: s, name: S }
            procedures:
              - code: "1.000001"
                name: Block
                level: province
                deadline:
                  legal: 10
                  proposed: 0
              - { code: "1.000002", name: Flow, level: province, deadline: { legal: 10, proposed: -1 } }

            """)
        let result = try TTHC.check(["--catalog", "catalog", "--format", "json"], in: dir.url)
        let output = try CheckOutput.decode(result.stdoutBytes)
        expectFindings(
            output.findings,
            [
                Expected("catalog/s.yaml:8:17", "schema", says: "`deadline.proposed`"),
                Expected("catalog/s.yaml:9:87", "schema", says: "`deadline.proposed`"),
            ])
        #expect(output.findings.map(\.procedure) == ["1.000001", "1.000002"])
    }
}
