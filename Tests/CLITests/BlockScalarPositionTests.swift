import Foundation
import Testing

/// SPEC §10: an error at the end of a `|` block scalar is placed after its
/// last character, not on the next rule's line (the block keeps a final line
/// break, written where the next key starts).
@Suite("Errors at the end of block scalars")
struct BlockScalarPositionTests {
    @Test("the end of a | block, a > block, a quoted and a plain scalar: each after its last character")
    func endsOfScalars() throws {
        let dir = try TemporaryDirectory("tthc-block-end")
        try dir.write("catalog/s.yaml", "sector: { id: s, name: S }\nprocedures: []\n")
        try dir.write(
            "rules/r.yaml",
            """
            plans:
              - id: p
            rules:
              - id: literal
                assert: |
                  deadline.legal > 0 &&
                    deadline.legal <
              - id: folded
                assert: >
                  deadline.legal > 0 &&
                  deadline.legal <
              - id: quoted
                assert: "deadline.legal >"
              - id: plain
                assert: deadline.legal >

            """)
        let result = try TTHC.run(["check"], in: dir.url)
        #expect(result.status == 2, "\(result)")
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("rules/") }
        #expect(
            lines == [
                "rules/r.yaml:7:25: in rule `literal`: the expression ends too early; expected an operand [schema]",
                "rules/r.yaml:11:23: in rule `folded`: the expression ends too early; expected an operand [schema]",
                "rules/r.yaml:13:30: in rule `quoted`: the expression ends too early; expected an operand [schema]",
                "rules/r.yaml:15:29: in rule `plain`: the expression ends too early; expected an operand [schema]",
            ], "\(result)")
    }
}
