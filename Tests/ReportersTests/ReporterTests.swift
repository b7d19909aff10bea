import Reporters
import Review
import Testing
import Vocabulary

@Suite struct ReporterTests {
    let report = CheckReport(
        asOf: LocalDate("2026-11-26")!,
        plan: "lang-son-2021-2030",
        files: 2, sectors: 2, procedures: 3,
        findings: [
            Finding(
                rule: "duplicate-code", severity: .error,
                message: .review(.duplicateCode("1.000001")),
                location: Location(file: "catalog/b.yaml", line: 5, column: 11),
                sector: "b", procedure: "1.000001", procedureName: "Đăng ký khai sinh",
                related: [Location(file: "catalog/a.yaml", line: 5, column: 11)]),
            Finding(
                rule: "cut-depth", severity: .warning, message: "cut of 90% on \"Đăng ký\"",
                location: Location(file: "catalog/b.yaml", line: 9, column: 17),
                basis: "Nghị định 61/2018/NĐ-CP"),
        ])

    @Test func jsonHasTheKeysOfTheSpecInOrderAndLeavesOutEmptyOnes() {
        #expect(
            JSONReporter().render(report) == """
                {
                  "version": 1,
                  "as_of": "2026-11-26",
                  "plan": "lang-son-2021-2030",
                  "summary": {
                    "files": 2,
                    "sectors": 2,
                    "procedures": 3,
                    "error": 1,
                    "warning": 1,
                    "info": 0
                  },
                  "findings": [
                    {
                      "rule": "duplicate-code",
                      "severity": "error",
                      "message": "procedure code `1.000001` appears twice in the catalog; keep one entry per code",
                      "file": "catalog/b.yaml",
                      "line": 5,
                      "column": 11,
                      "sector": "b",
                      "procedure": "1.000001",
                      "procedure_name": "Đăng ký khai sinh",
                      "related": [
                        {
                          "file": "catalog/a.yaml",
                          "line": 5,
                          "column": 11
                        }
                      ]
                    },
                    {
                      "rule": "cut-depth",
                      "severity": "warning",
                      "message": "cut of 90% on \\"Đăng ký\\"",
                      "file": "catalog/b.yaml",
                      "line": 9,
                      "column": 17,
                      "basis": "Nghị định 61/2018/NĐ-CP"
                    }
                  ]
                }

                """)
    }

    @Test func textPrintsLocatedLinesRelatedNotesAndASummary() {
        #expect(
            TextReporter(colors: false).render(report) == """
                catalog/b.yaml:5:11: error: procedure code `1.000001` appears twice in the catalog; keep one entry per code [duplicate-code]
                    1.000001 Đăng ký khai sinh
                    catalog/a.yaml:5:11: note: related location
                catalog/b.yaml:9:17: warning: cut of 90% on "Đăng ký" [cut-depth]
                    basis: Nghị định 61/2018/NĐ-CP
                2 files, 2 sectors, 3 procedures checked against lang-son-2021-2030 as of 2026-11-26: 1 error, 1 warning, 0 info

                """)
    }

    @Test func textColorsSeveritiesOnlyWhenAsked() {
        let colored = TextReporter(colors: true).render(report)
        #expect(colored.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[1;33mwarning\u{1B}[0m"))
        #expect(!TextReporter(colors: false).render(report).contains("\u{1B}"))
    }

    @Test func jsonEscapesControlCharactersAndKeepsUnicode() {
        let value = JSONValue.object([("s", .string("a\"b\\c\nd\u{1}é")), ("n", .number(0.5)), ("i", .number(7))])
        #expect(value.serialized() == "{\n  \"s\": \"a\\\"b\\\\c\\nd\\u0001é\",\n  \"n\": 0.5,\n  \"i\": 7\n}\n")
    }

    @Test func failsAtTheThresholdOrAbove() {
        #expect(report.fails(at: .error))
        #expect(report.fails(at: .warning))
        #expect(report.fails(at: .info))
        #expect(!report.fails(at: nil))
        let clean = CheckReport(asOf: report.asOf, plan: "p", files: 0, sectors: 0, procedures: 0, findings: [])
        #expect(!clean.fails(at: .info))
    }
}
