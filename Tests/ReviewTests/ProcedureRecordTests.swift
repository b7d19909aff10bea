import Catalog
import Documents
import Review
import Testing
import Vocabulary

/// The rules read each procedure from the typed catalog, field by field,
/// through the records of its file's table (issue 13): every field of the
/// schema, the nested deadline, traits and steps, and the same procedure
/// reached through `catalog.by_code` or `sector.procedures`.
@Suite struct ProcedureRecordTests {
    static let catalog = """
        sector: { id: s, name: S, agency: Sở Tư pháp }
        procedures:
          - code: "1.000001"
            name: Cấp phiếu lý lịch tư pháp
            level: province
            legal_basis: [Luật Lý lịch tư pháp 2009, Nghị định 111/2010/NĐ-CP]
            deadline: { legal: 10, current: 8, proposed: "6 working days" }
            decision: QĐ 1/2026
            steps:
              - { step: receive, by: center, days: 0.5, channel: online }
              - { step: appraise, by: agency, days: "3d", level: province }
            traits: { online: full }
            four_on_spot: true
            waivers: [{ rule: never, reason: tested, until: 2030-01-01 }]
            note: ghi chú
            dossiers_per_year: 1200
          - code: "1.000002"
            name: Thứ hai
            level: commune
            agency: UBND xã
            deadline: { legal: "same day" }

        """

    func messages(_ rule: String, id: String = "never") throws -> [String] {
        try RuleEngineTests().check(
            """
            rules:
              - id: \(id)
                severity: info
                assert: "false"
                message: "\(rule)"

            """, [source("catalog/s.yaml", Self.catalog)]
        ).filter { $0.rule == id }.map(\.text)
    }

    /// `len` of a list field is counted in place from the procedure; it must
    /// say what counting the list says, and a null list stays an error.
    @Test func listLengthsCountedInPlaceAreTheLists() throws {
        #expect(
            try messages("{len(legal_basis)}={count(legal_basis)}|{len(waivers)}|{len(sector.procedures[0].legal_basis)}", id: "counted")
                == ["2=2|1|2", "0=0|0|2"])
        #expect(
            try messages("{len(steps)}", id: "counted") == [
                "2",
                "`false` does not hold (the message could not be written: `steps` is null; guard the rule with `when: has(steps)`)",
            ])
    }

    @Test func everyFieldOfAProcedureReadsAsTheCatalogSaysIt() throws {
        #expect(
            try messages("{code}|{name}|{level}|{legal_basis}|{decision}|{four_on_spot}|{note}|{agency}|{dossiers_per_year}")
                == [
                    "1.000002|Thứ hai|commune|[]|null|false|null|UBND xã|null",
                ])
        // The first procedure waives the rule; its fields are read by the second's lookup.
        #expect(
            try messages(
                "{catalog.by_code['1.000001'].legal_basis}|{catalog.by_code['1.000001'].agency}|{catalog.by_code['1.000001'].dossiers_per_year}"
            ) == [#"["Luật Lý lịch tư pháp 2009", "Nghị định 111/2010/NĐ-CP"]|Sở Tư pháp|1200"#])
    }

    @Test func nestedRecordsAreRowsOfTheSameProcedures() throws {
        #expect(
            try messages("{deadline}|{traits}|{steps}|{waivers}")
                == [#"{legal: 1, current: null, proposed: null, in_force: 1}|{contact: null, fee_vnd: 0, field_inspection: false, interagency: false, online: "none"}|null|[]"#])
        #expect(
            try messages("{catalog.by_code['1.000001'].deadline}|{catalog.by_code['1.000001'].traits.online}")
                == [#"{legal: 10, current: 8, proposed: 6, in_force: 6}|full"#])
        #expect(
            try messages("{catalog.by_code['1.000001'].steps}|{catalog.by_code['1.000001'].waivers}")
                == [
                    #"[{step: "receive", by: "center", days: 0.5, level: null, channel: "online"}, {step: "appraise", by: "agency", days: 3, level: "province", channel: null}]|[{rule: "never", reason: "tested", until: 2030-01-01}]"#
                ])
    }

    @Test func theSameProcedureReachedTwoWaysIsOneValue() throws {
        #expect(
            try messages(
                "{catalog.by_code[code] == sector.procedures[1]}|{catalog.by_code[code].deadline == deadline}|{catalog.procedures[0] == sector.procedures[1]}"
            ) == ["true|true|false"])
    }
}
