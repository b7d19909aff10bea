import Foundation
import Testing

/// SPEC §10: `level == "provice"` would always be false; comparing an enum
/// field (level, step.step, step.by, an enum trait) with a literal outside its
/// values is a load error at the literal, with a "did you mean".
@Suite("Enum literals")
struct EnumLiteralTests {
    static let rules = """
        rules:
          - id: typo-level
            assert: level != "provice"
          - id: typo-by
            assert: steps.all(s, s.by in ["center", "agnecy"])
          - id: typo-trait
            assert: traits.online != "ful"
          - id: typo-step
            when: has(steps)
            assert: steps[0].step == "recieve"
          - id: fine
            assert: level == "commune" || "receive" == steps[0].step || traits.online in ["full", "partial"]

        """

    func scratch() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory("tthc-enum-literals")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try dir.write("rules/enums.yaml", Self.rules)
        try dir.write(
            "catalog/s.yaml",
            "sector: { id: s, name: S }\nprocedures:\n"
                + "  - { code: \"1.000001\", name: P, level: province, legal_basis: [L], deadline: { legal: 10 } }\n")
        return dir
    }

    @Test("each literal outside its enum is a located load error, in English and Vietnamese; the valid ones pass")
    func literalsOutsideTheirEnum() throws {
        let dir = try scratch()
        let en = try TTHC.run(["check", "--as-of", "2026-11-26", "--lang", "en"], in: dir.url)
        #expect(en.status == 2, "\(en)")
        let expected: [String] = [
                "rules/enums.yaml:3:22: in rule `typo-level`: `provice` is not a value of `level`, which is one of "
                    + "`province`, `district`, `commune`; did you mean `province`? [schema]",
                "rules/enums.yaml:5:45: in rule `typo-by`: `agnecy` is not a value of `s.by`, which is one of "
                    + "`center`, `agency`, `external`; did you mean `agency`? [schema]",
                "rules/enums.yaml:7:30: in rule `typo-trait`: `ful` is not a value of `traits.online`, which is one of "
                    + "`full`, `partial`, `none`; did you mean `full`? [schema]",
                "rules/enums.yaml:10:30: in rule `typo-step`: `recieve` is not a value of `steps[0].step`, which is one of "
                    + "`receive`, `appraise`, `approve`, `return`, `verify`, `consult`, `other`; did you mean `receive`? [schema]",
        ]
        let lines = en.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("rules/enums.yaml") }
        #expect(lines == expected, "\(en)")
        let vi = try TTHC.run(["check", "--as-of", "2026-11-26", "--lang", "vi"], in: dir.url)
        let vietnamese: String =
            "rules/enums.yaml:3:22: trong quy tắc `typo-level`: `provice` không phải là một giá trị của `level`, "
            + "vốn là một trong `province`, `district`, `commune`; có phải là `province`? [schema]"
        #expect(vi.stderr.contains(vietnamese), "\(vi)")
    }
}
