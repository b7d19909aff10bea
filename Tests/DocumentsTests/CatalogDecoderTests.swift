import Catalog
@testable import Documents
import Foundation
import Testing
import Vocabulary
import YAMLTree

/// `CatalogDecoder` on inline YAML: the values it decodes, the marks they
/// keep, and the `schema` findings for what does not fit SPEC §3.
@Suite("CatalogDecoder")
struct CatalogDecoderTests {
    static let full = """
        sector:
          id: tu-phap
          name: Tư pháp
          agency: Sở Tư pháp
          declared:
            procedures: 24
            legal_days: 595
            cut_days: 292
            rate: 0.4908
        procedures:
          - code: "1.001234.000.00.00.H37"
            name: Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam
            level: province
            legal_basis:
              - Luật Lý lịch tư pháp số 28/2009/QH12, Điều 48
              - Nghị định 111/2010/NĐ-CP
            deadline:
              legal: 10
              current: 9
              proposed: 7
            decision: 881/QĐ-UBND
            steps:
              - { step: receive,  by: center, days: "4h" }
              - { step: appraise, by: agency, days: 5 }
              - { step: approve,  by: external, days: 1 }
              - { step: return,   by: center, days: 0.5 }
            traits:
              field_inspection: false
              interagency: true
              online: partial
              fee_vnd: 200000
              contact: Phòng Hành chính
            four_on_spot: true
            waivers:
              - rule: four-on-spot-max-deadline
                reason: Đã được UBND tỉnh chấp thuận
                until: 2026-12-31
              - { rule: cut-depth, reason: Tạm thời }
            note: free text
          - { code: "1.000002", name: Chứng thực, level: commune, deadline: { legal: "same day", proposed: "4h" } }
        """

    @Test("a full sector decodes with no finding")
    func fullNoFindings() throws {
        let file = try Decode.catalog(Self.full)
        #expect(Decode.findings(file) == [])
        #expect(file.path == "t.yaml")
        #expect(file.procedures.count == 2)
        #expect(file.procedureEntries == 2)
    }

    @Test("sector values and marks")
    func sector() throws {
        let file = try Decode.catalog(Self.full)
        let sector = try #require(file.sector)
        #expect(sector.id == Located("tu-phap", at: Mark(2, 7)))
        #expect(sector.name == Located("Tư pháp", at: Mark(3, 9)))
        #expect(sector.agency == Located("Sở Tư pháp", at: Mark(4, 11)))
        let declared = try #require(sector.declared)
        #expect(declared.mark == Mark(6, 5))
        #expect(declared.procedures == Located(24, at: Mark(6, 17)))
        #expect(declared.legalDays == Located(595, at: Mark(7, 17)))
        #expect(declared.cutDays == Located(292, at: Mark(8, 15)))
        #expect(declared.rate == Located(0.4908, at: Mark(9, 11)))
    }

    @Test("procedure values and the marks they keep")
    func procedure() throws {
        let file = try Decode.catalog(Self.full)
        let p = try #require(file.procedures.first)
        #expect(p.mark == Mark(11, 5))
        #expect(p.code == Located("1.001234.000.00.00.H37", at: Mark(11, 11)))
        #expect(p.name == Located("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", at: Mark(12, 11)))
        #expect(p.level == Located(.province, at: Mark(13, 12)))
        #expect(p.legalBasis == ["Luật Lý lịch tư pháp số 28/2009/QH12, Điều 48", "Nghị định 111/2010/NĐ-CP"])
        #expect(p.legalBasisMark == Mark(15, 7))
        #expect(p.decision == Located("881/QĐ-UBND", at: Mark(21, 15)))
        #expect(p.fourOnTheSpot == Located(true, at: Mark(33, 19)))
        #expect(p.isOnFourOnTheSpotList)
        #expect(p.note == Located("free text", at: Mark(39, 11)))
    }

    @Test("each deadline keeps its own line:column")
    func deadlineMarks() throws {
        let file = try Decode.catalog(Self.full)
        let block = try #require(file.procedures.first).deadline
        #expect(block.legal == Located(Duration(days: 10), at: Mark(18, 14)))
        #expect(block.current == Located(Duration(days: 9), at: Mark(19, 16)))
        #expect(block.proposed == Located(Duration(days: 7), at: Mark(20, 17)))
        let flow = try #require(file.procedures.last).deadline
        #expect(flow.legal == Located(Duration(days: 1), at: Mark(40, 78)))
        #expect(flow.proposed == Located(Duration(days: 0.5), at: Mark(40, 100)))
        #expect(flow.current == nil)
    }

    @Test("steps: kinds, actors, days and marks")
    func steps() throws {
        let file = try Decode.catalog(Self.full)
        let steps = try #require(file.procedures.first?.steps)
        #expect(steps.map(\.step.value) == [.receive, .appraise, .approve, .return])
        #expect(steps.map(\.by.value) == [.center, .agency, .external, .center])
        #expect(steps.map(\.days.value.days) == [0.5, 5, 1, 0.5])
        #expect(steps.map(\.mark) == [Mark(23, 9), Mark(24, 9), Mark(25, 9), Mark(26, 9)])
        #expect(steps[0].step.mark == Mark(23, 17))
        #expect(steps[0].by.mark == Mark(23, 31))
        #expect(steps[0].days.mark == Mark(23, 45))
        #expect(file.procedures.last?.steps == nil)
    }

    @Test("traits typed by their declarations")
    func traits() throws {
        let file = try Decode.catalog(Self.full)
        let traits = try #require(file.procedures.first?.traits)
        #expect(traits["field_inspection"] == Located(.bool(false), at: Mark(28, 25)))
        #expect(traits["interagency"] == Located(.bool(true), at: Mark(29, 20)))
        #expect(traits["online"] == Located(.string("partial"), at: Mark(30, 15)))
        #expect(traits["fee_vnd"] == Located(.number(200000), at: Mark(31, 16)))
        #expect(traits["contact"] == Located(.string("Phòng Hành chính"), at: Mark(32, 16)))
        #expect(file.procedures.last?.traits.isEmpty == true)
    }

    @Test("waivers: rule, reason, until, and whether they are in force")
    func waivers() throws {
        let file = try Decode.catalog(Self.full)
        let waivers = try #require(file.procedures.first?.waivers)
        #expect(waivers.count == 2)
        #expect(waivers[0].rule == Located("four-on-spot-max-deadline", at: Mark(35, 15)))
        #expect(waivers[0].reason == Located("Đã được UBND tỉnh chấp thuận", at: Mark(36, 17)))
        #expect(waivers[0].until == Located(LocalDate(year: 2026, month: 12, day: 31)!, at: Mark(37, 16)))
        #expect(waivers[0].mark == Mark(35, 9))
        #expect(waivers[1].until == nil)
        #expect(waivers[0].isInForce(on: LocalDate("2026-12-31")!))
        #expect(!waivers[0].isInForce(on: LocalDate("2027-01-01")!))
        #expect(waivers[1].isInForce(on: LocalDate("2099-01-01")!))
        #expect(file.procedures.last?.waivers.isEmpty == true)
    }

    @Test("findings carry the sector id and the procedure code they are about")
    func findingContext() throws {
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - { code: "1.000001", name: P, level: province, deadline: { legal: 0 } }
            """)
        let finding = try #require(file.findings.first)
        #expect(finding.rule == "schema")
        #expect(finding.severity == .error)
        #expect(finding.sector == "s")
        #expect(finding.procedure == "1.000001")
        #expect(finding.location == Location(file: "t.yaml", line: 3, column: 70))
    }

    // MARK: Text is text

    @Test("codes stay the text written: NO, 1.10, 010, 0x1F, true, 1e3, ~ quoted")
    func codesStayText() throws {
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - { code: NO, name: A, level: province, deadline: { legal: 1 } }
              - { code: 1.10, name: B, level: province, deadline: { legal: 1 } }
              - { code: 010, name: C, level: province, deadline: { legal: 1 } }
              - { code: 0x1F, name: D, level: province, deadline: { legal: 1 } }
              - { code: true, name: E, level: province, deadline: { legal: 1 } }
              - { code: 1e3, name: F, level: province, deadline: { legal: 1 } }
              - { code: "~", name: G, level: province, deadline: { legal: 1 } }
            """)
        #expect(Decode.findings(file) == [])
        #expect(file.procedures.map(\.code.value) == ["NO", "1.10", "010", "0x1F", "true", "1e3", "~"])
    }

    @Test("NFD text is stored NFC: sector name, agency, procedure name, code, legal basis")
    func nfd() throws {
        let nfd = { (s: String) in s.decomposedStringWithCanonicalMapping }
        let file = try Decode.catalog("""
            sector: { id: ho-tich, name: \(nfd("Hộ tịch")), agency: \(nfd("Sở Tư pháp")) }
            procedures:
              - code: "\(nfd("HT-Hộ-01"))"
                name: \(nfd("Đăng ký khai sinh"))
                level: province
                legal_basis: [\(nfd("Luật Hộ tịch"))]
                deadline: { legal: 5 }
            """)
        // A Vietnamese letter in a code is a look-alike hazard (§8.3), named NFC.
        #expect(Decode.findings(file) == [
            "3:16: [schema] `code` contains U+1ED9 LATIN SMALL LETTER O WITH CIRCUMFLEX AND DOT BELOW at column 16, "
                + "a letter that is not ASCII; codes and ids are written in ASCII, where no letter can pass for another"
        ])
        let bytes = { (s: String?) in Array((s ?? "").utf8) }
        #expect(bytes(file.sector?.name.value) == bytes("Hộ tịch".precomposedStringWithCanonicalMapping))
        #expect(bytes(file.sector?.agency?.value) == bytes("Sở Tư pháp".precomposedStringWithCanonicalMapping))
        let p = try #require(file.procedures.first)
        #expect(bytes(p.code.value) == bytes("HT-Hộ-01".precomposedStringWithCanonicalMapping))
        #expect(bytes(p.name.value) == bytes("Đăng ký khai sinh".precomposedStringWithCanonicalMapping))
        #expect(bytes(p.legalBasis.first) == bytes("Luật Hộ tịch".precomposedStringWithCanonicalMapping))
    }

    @Test("values echoed in messages are NFC too")
    func nfdInMessages() throws {
        let level = "tỉnhh".decomposedStringWithCanonicalMapping
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - { code: a, name: A, level: \(level), deadline: { legal: 1 } }
            """)
        let message = try #require(file.findings.first?.text)
        #expect(!message.unicodeScalars.contains { (0x300...0x36F).contains($0.value) }, "\(message.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    // MARK: Booleans

    @Test("four_on_spot: true and false only; YAML 1.1 spellings say so", arguments: [
        ("yes", "write `true`"), ("on", "write `true`"), ("True", "write `true`"), ("Y", "write `true`"),
        ("NO", "write `false`"), ("off", "write `false`"), ("False", "write `false`"), ("n", "write `false`"),
    ])
    func yaml11Booleans(_ text: String, _ advice: String) throws {
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - code: a
                name: A
                level: province
                deadline: { legal: 1 }
                four_on_spot: \(text)
            """)
        #expect(Decode.findings(file) == [
            "7:19: [schema] `four_on_spot` must be true or false, found `\(text)`, which is not a boolean here; \(advice)"
        ])
        #expect(file.procedures.first?.fourOnTheSpot == nil)
        #expect(file.procedures.first?.isOnFourOnTheSpotList == false)
    }

    @Test("four_on_spot: quoted \"true\" is the text true; 1 and maybe are not booleans")
    func otherBooleans() throws {
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - { code: a, name: A, level: province, deadline: { legal: 1 }, four_on_spot: "true" }
              - { code: b, name: B, level: province, deadline: { legal: 1 }, four_on_spot: 1 }
              - { code: c, name: C, level: province, deadline: { legal: 1 }, four_on_spot: maybe }
              - { code: d, name: D, level: province, deadline: { legal: 1 }, four_on_spot: false }
            """)
        #expect(file.procedures.map { $0.fourOnTheSpot?.value } == [true, nil, nil, false])
        #expect(Decode.findings(file) == [
            "4:80: [schema] `four_on_spot` must be true or false, found `1`, which is not a boolean here; write `true`",
            "5:80: [schema] `four_on_spot` must be true or false, found `maybe`, which is not a boolean here",
        ])
    }

    // MARK: Unknown and missing keys

    @Test("unknown keys, with a did-you-mean when one is close")
    func unknownKeys() throws {
        let file = try Decode.catalog("""
            sector:
              id: s
              name: S
              agencie: A
            procedures:
              - code: a
                name: A
                level: province
                legal_basic: [L]
                deadline: { legal: 10, propsed: 7 }
                steps: [{ step: receive, by: center, days: 1, who: me }]
                colour: red
            extra: 1
            """)
        #expect(Decode.findings(file) == [
            "13:1: [schema] unknown key `extra` in a catalog file; allowed keys: sector, procedures",
            "4:3: [schema] unknown key `agencie` in `sector`; did you mean `agency`?",
            "9:5: [schema] unknown key `legal_basic` in a procedure; did you mean `legal_basis`?",
            "12:5: [schema] unknown key `colour` in a procedure; allowed keys: code, name, level, legal_basis, deadline, decision, steps, traits, four_on_spot, waivers, note, agency, dossiers_per_year",
            "10:28: [schema] unknown key `propsed` in `deadline`; did you mean `proposed`?",
            "11:51: [schema] unknown key `who` in a step; allowed keys: step, by, days, level, channel",
        ])
        // The procedure still decodes, without the misspelt fields.
        let p = try #require(file.procedures.first)
        #expect(p.legalBasis.isEmpty)
        #expect(p.legalBasisMark == nil)
        #expect(p.deadline.proposed == nil)
        #expect(p.steps?.count == 1)
    }

    @Test("the unknown-key finding of a procedure names that procedure")
    func unknownKeyNamesProcedure() throws {
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - { code: "1.000001", name: A, level: province, legal_basic: [L], deadline: { legal: 1 } }
            """)
        let finding = try #require(file.findings.first)
        #expect(finding.text.contains("legal_basic"))
        #expect(finding.sector == "s")
        #expect(finding.procedure == "1.000001")
    }

    @Test("required keys missing, at the mapping that lacks them; empty values count as missing")
    func missingKeys() throws {
        let file = try Decode.catalog("""
            sector: { agency: A }
            procedures:
              - { name: A, level: province, deadline: { legal: 1 } }
              - { code: b, name: ~, level: province, deadline: { current: 1 } }
              - { code: c, name: C, level: province }
              - { code: d, name: D, level: province, deadline: { legal: 1 }, steps: [{ step: receive }], waivers: [{ until: 2027-01-01 }] }
            """)
        #expect(Decode.findings(file) == [
            "1:9: [schema] `sector` is missing the required key `id`",
            "1:9: [schema] `sector` is missing the required key `name`",
            "3:5: [schema] a procedure is missing the required key `code`",
            "4:5: [schema] a procedure is missing the required key `name`",
            "4:52: [schema] `deadline` is missing the required key `legal`",
            "5:5: [schema] a procedure is missing the required key `deadline`",
            "6:74: [schema] a step is missing the required key `by`",
            "6:74: [schema] a step is missing the required key `days`",
            "6:104: [schema] a waiver is missing the required key `rule`",
            "6:104: [schema] a waiver is missing the required key `reason`",
        ])
        #expect(file.sector == nil)
        #expect(file.procedures.map(\.code.value) == ["d"])
        #expect(file.procedures.first?.steps?.isEmpty == true)
        #expect(file.procedures.first?.waivers.isEmpty == true)
        #expect(file.procedureEntries == 4)
    }

    @Test("procedures: required (may be empty)")
    func proceduresRequired() throws {
        let missing = try Decode.catalog("sector: { id: s, name: S }\n")
        #expect(Decode.findings(missing) == [
            "1:1: [schema] a catalog file is missing the required key `procedures` (write `procedures: []` for none)"
        ])
        #expect(missing.sector?.id.value == "s")
        let empty = try Decode.catalog("sector: { id: s, name: S }\nprocedures: []\n")
        #expect(Decode.findings(empty) == [])
        let notList = try Decode.catalog("sector: { id: s, name: S }\nprocedures: { a: 1 }\n")
        #expect(Decode.findings(notList) == ["2:13: [schema] `procedures` must be a list, found a mapping"])
    }

    // MARK: Wrong types

    @Test("wrong types and bad enum values")
    func wrongTypes() throws {
        let file = try Decode.catalog("""
            sector: { id: Tu Phap, name: [S] }
            procedures:
              - code: { a: 1 }
                name: ""
                level: provincial
                legal_basis: L
                deadline: { legal: 1 }
                decision: [1]
                steps: [{ step: recieve, by: centre, days: 1 }, { step: other, by: nobody, days: "1 week" }]
                waivers: [{ rule: r, reason: x, until: 2026-31-12 }]
            """)
        #expect(Decode.findings(file) == [
            "1:15: [schema] `sector.id` must use only a-z, 0-9 and -, found `Tu Phap`",
            "1:30: [schema] `sector.name` must be text, found a list",
            "3:11: [schema] `code` must be text, found a mapping",
            "4:11: [schema] `name` is empty; write a value or remove the key",
            "5:12: [schema] `level` must be one of province | district | commune, found `provincial`; did you mean `province`?",
            "6:18: [schema] `legal_basis` must be a list, found a scalar",
            "8:15: [schema] `decision` must be text, found a list",
            "9:21: [schema] `steps.step` must be one of receive | appraise | approve | return | verify | consult | other, found `recieve`; did you mean `receive`?",
            "9:34: [schema] `steps.by` must be one of center | agency | external, found `centre`; did you mean `center`?",
            "9:72: [schema] `steps.by` must be one of center | agency | external, found `nobody`",
            "9:86: [schema] `steps.days` has the unknown unit `week` in `1 week`; write 10, 0.5, \"4h\", \"3d\", \"3 working days\", \"same day\", \"15 calendar days\" or \"15cd\"",
            "10:44: [schema] `waivers.until` must be a date written YYYY-MM-DD (or DD/MM/YYYY), found `2026-31-12`",
        ])
        #expect(file.sector == nil)
        #expect(file.procedures.isEmpty)
        #expect(file.procedureEntries == 1)
    }

    @Test("sector ids: a-z, 0-9 and - only", arguments: [
        ("tu-phap", true), ("y-te-2", true), ("Tu-phap", false), ("tư-pháp", false), ("tu_phap", false), ("tu phap", false),
    ])
    func sectorIds(_ id: String, _ valid: Bool) throws {
        let file = try Decode.catalog("sector: { id: \"\(id)\", name: S }\nprocedures: []\n")
        #expect((file.sector != nil) == valid)
        #expect(file.findings.isEmpty == valid)
        #expect(CatalogDecoder.isIdentifier(id) == valid)
    }

    // MARK: Durations

    @Test("bad durations and mixed kinds of day")
    func badDurations() throws {
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - { code: a, name: A, level: province, deadline: { legal: 0 } }
              - { code: b, name: B, level: province, deadline: { legal: -3 } }
              - { code: c, name: C, level: province, deadline: { legal: ten days } }
              - { code: d, name: D, level: province, deadline: { legal: 3 weeks } }
              - { code: e, name: E, level: province, deadline: { legal: "" } }
              - { code: f, name: F, level: province, deadline: { legal: 10, proposed: 5cd } }
              - { code: g, name: G, level: province, deadline: { legal: 20cd, current: 15, proposed: 10 calendar days } }
              - { code: h, name: H, level: province, deadline: { legal: 15cd, proposed: 10cd } }
            """)
        let forms = #"10, 0.5, "4h", "3d", "3 working days", "same day", "15 calendar days" or "15cd""#
        #expect(Decode.findings(file) == [
            "3:61: [schema] `deadline.legal` must be more than zero days, found `0`",
            "4:61: [schema] `deadline.legal` must be more than zero days, found `-3`",
            "5:61: [schema] `deadline.legal` is not a duration: `ten days`; write \(forms)",
            "6:61: [schema] `deadline.legal` has the unknown unit `weeks` in `3 weeks`; write \(forms)",
            "7:61: [schema] `deadline.legal` is not a duration: ``; write \(forms)",
            "8:75: [schema] `deadline.proposed` is in calendar days but `deadline.legal` in working days; write both in the same kind of day",
            "9:76: [schema] `deadline.current` is in working days but `deadline.legal` in calendar days; write both in the same kind of day",
        ])
        #expect(file.procedures.map(\.code.value) == ["f", "g", "h"])
        #expect(file.procedures[0].deadline.proposed == nil)
        #expect(file.procedures[1].deadline.current == nil)
        #expect(file.procedures[1].deadline.proposed?.value == Duration(days: 10, kind: .calendarDays))
        #expect(file.procedures[2].deadline.legal.value == Duration(days: 15, kind: .calendarDays))
    }

    /// The byte reading of durations with a unit (issue 13) gives what the
    /// full reading gives, and leaves to it every text it does not know.
    @Test("durations with a unit read from bytes as the full reading reads them")
    func unitDurationsFromBytes() throws {
        func bytes(_ text: String) -> Duration?? {
            var text = text
            return text.withUTF8 { NodeDecoder.canonicalWithUnit($0) }
        }
        let read = [
            "4h", "4 h", "0.5h", "3d", "3 d", "15cd", "15 cd", "1 working day", "3 working days", "2 hours", "1 hour",
            "1 calendar day", "15 calendar days", "same day", "12.25 working days", "05d",
        ]
        for text in read {
            let full = try DurationText.read(text).get()
            #expect(full.canonicalText == nil && full.channel == nil, "\(text)")
            #expect(bytes(text) == .some(full.duration), "\(text)")
        }
        let declined = [
            "10", "0.5", "", "4", "4  h", "4H", "4 Hours", " 4h", "4h ", "-3d", "+3d", "0h", "0.0d", ".5d", "5.d", "3 weeks",
            "3 ngày làm việc", "same  day", "Same day", "4h;", "1e3d", "4hh", "d", "cd",
        ]
        for text in declined {
            #expect(bytes(text) == .some(nil), "\(text)")
        }
    }

    @Test("a bad legal deadline still has its current and proposed checked")
    func badLegalStillChecksOthers() throws {
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - { code: a, name: A, level: province, deadline: { legal: x, current: 0, proposed: 2 fortnights } }
            """)
        #expect(file.findings.map(\.location.column) == [61, 73, 86])
        #expect(file.procedures.isEmpty)
    }

    // MARK: Traits

    @Test("traits: undeclared (with a suggestion), wrong types, bad enum values")
    func badTraits() throws {
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - code: a
                name: A
                level: province
                deadline: { legal: 1 }
                traits:
                  field_inspection: yes
                  interagency: 1
                  online: ful
                  fee_vnd: nhiều
                  contact: [a, b]
                  fieldinspection: true
                  ngoai_gio: true
            """)
        #expect(Decode.findings(file) == [
            "8:25: [schema] `traits.field_inspection` must be true or false, found `yes`, which is not a boolean here; write `true`",
            "9:20: [schema] `traits.interagency` must be true or false, found `1`, which is not a boolean here; write `true`",
            "10:15: [schema] `traits.online` must be one of full | partial | none, found `ful`; did you mean `full`?",
            "11:16: [schema] `traits.fee_vnd` must be a number such as 10 or 0.5, found `nhiều`",
            "12:16: [schema] `traits.contact` must be text, found a list",
            "13:7: [schema] undeclared trait `fieldinspection`; did you mean `field_inspection`? Otherwise declare it under `traits:` in rules/, or remove it",
            "14:7: [schema] undeclared trait `ngoai_gio`; declare it under `traits:` in rules/, or remove it",
        ])
        #expect(file.procedures.first?.traits.isEmpty == true)
    }

    @Test("traits: a string trait keeps digits as text; a number trait reads decimals; quoted values are typed by the declaration")
    func traitTyping() throws {
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - code: a
                name: A
                level: province
                deadline: { legal: 1 }
                traits: { contact: 0912345678, fee_vnd: "150000", online: none, interagency: "false" }
            """)
        #expect(Decode.findings(file) == [])
        let traits = try #require(file.procedures.first?.traits)
        #expect(traits["contact"]?.value == .string("0912345678"))
        #expect(traits["fee_vnd"]?.value == .number(150000))
        #expect(traits["online"]?.value == .string("none"))
        #expect(traits["interagency"]?.value == .bool(false))
    }

    @Test("traits: with no declarations every trait is undeclared")
    func noDeclarations() throws {
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - { code: a, name: A, level: province, deadline: { legal: 1 }, traits: { interagency: false } }
            """, traits: [:])
        #expect(Decode.findings(file) == [
            "3:76: [schema] undeclared trait `interagency`; declare it under `traits:` in rules/, or remove it"
        ])
    }

    @Test("TraitTyping.read by each kind")
    func traitTypingRead() throws {
        func read(_ yaml: String, _ declaration: TraitDeclaration) throws -> (TraitValue?, [String]) {
            let node = try #require(try YAMLLoader.load(yaml).documents.first)
            var decoder = NodeDecoder(file: "t.yaml")
            let value = TraitTyping.read(node, as: declaration, &decoder)
            return (value?.value, decoder.findings.map(\.text))
        }
        let online = try #require(Decode.traits["online"])
        let fee = try #require(Decode.traits["fee_vnd"])
        let flag = try #require(Decode.traits["interagency"])
        let contact = try #require(Decode.traits["contact"])
        #expect(try read("full", online).0 == .string("full"))
        #expect(try read("FULL", online).0 == nil)
        #expect(try read("2.5", fee).0 == .number(2.5))
        #expect(try read("1e3", fee).0 == nil)
        #expect(try read("true", flag).0 == .bool(true))
        #expect(try read("on", flag).0 == nil)
        #expect(try read("on", contact).0 == .string("on"))
        #expect(try read("1.10", contact).0 == .string("1.10"))
    }

    // MARK: File-level structure

    @Test("an empty file, a comment-only file, a list root, a scalar root")
    func roots() throws {
        #expect(Decode.findings(try Decode.catalog("")) == [
            "1:1: [schema] the file is empty; a catalog file holds `sector:` and `procedures:`"
        ])
        #expect(Decode.findings(try Decode.catalog("# nothing\n")) == [
            "1:1: [schema] the file is empty; a catalog file holds `sector:` and `procedures:`"
        ])
        #expect(Decode.findings(try Decode.catalog("- sector: { id: s, name: S }\n")) == [
            "1:1: [schema] a catalog file must be a mapping of keys to values, found a list"
        ])
        #expect(Decode.findings(try Decode.catalog("hello\n")) == [
            "1:1: [schema] a catalog file must be a mapping of keys to values, found a scalar"
        ])
    }

    @Test("a second document is a finding; the first is still decoded")
    func twoDocuments() throws {
        let file = try Decode.catalog("sector: { id: a, name: A }\nprocedures: []\n---\nsector: { id: b, name: B }\nprocedures: []\n")
        #expect(Decode.findings(file) == [
            "4:1: [schema] a catalog file holds one document (one sector); move this one to a file of its own"
        ])
        #expect(file.sector?.id.value == "a")
    }

    @Test("a repeated key is a duplicate-key finding at the repeat, related to the first; the first value is kept")
    func duplicateKeys() throws {
        let file = try Decode.catalog("""
            sector:
              id: s
              name: First
              name: Second
            procedures:
              - { code: a, name: A, level: province, deadline: { legal: 10, proposed: 7, proposed: 8 } }
            """)
        #expect(Decode.findings(file) == [
            "4:3: [duplicate-key] key `name` appears twice in one mapping; keep one of them",
            "6:78: [duplicate-key] key `proposed` appears twice in one mapping; keep one of them",
        ])
        #expect(file.findings.map(\.related) == [
            [Location(file: "t.yaml", line: 3, column: 3)], [Location(file: "t.yaml", line: 6, column: 65)],
        ])
        #expect(file.sector?.name.value == "First")
        #expect(file.procedures.first?.deadline.proposed?.value.days == 7)
    }

    @Test("anchors, aliases and merge keys are allowed; a merged procedure keeps the anchor's marks")
    func mergeKeys() throws {
        let file = try Decode.catalog("""
            sector: { id: s, name: S }
            procedures:
              - &base
                code: a
                name: A
                level: province
                deadline: { legal: 10 }
              - <<: *base
                code: b
                deadline: { legal: 5 }
            """)
        #expect(Decode.findings(file) == [])
        #expect(file.procedures.map(\.code.value) == ["a", "b"])
        #expect(file.procedures[1].name == Located("A", at: Mark(5, 11)))
        #expect(file.procedures[1].code.mark == Mark(9, 11))
        #expect(file.procedures[1].deadline.legal.value.days == 5)
    }

    @Test("decode(bytes:): bytes that are not UTF-8 are a syntax finding at the bad byte")
    func invalidUTF8() {
        var bytes = Array("sector:\n  id: s\n  name: T".utf8)
        bytes += [0xE0, 0x69]
        bytes += Array("\nprocedures: []\n".utf8)
        let file = CatalogDecoder(traits: Decode.traits).decode(bytes: bytes, path: "latin1.yaml")
        #expect(file.findings.map(\.rule) == ["syntax"])
        #expect(file.findings.first?.location == Location(file: "latin1.yaml", line: 3, column: 10))
        #expect(file.sector == nil)
        #expect(file.procedureEntries == 0)
    }

    @Test("decode(bytes:): the decoder's limits apply")
    func limits() {
        let decoder = CatalogDecoder(traits: [:], limits: Limits(maxFileBytes: 1 << 20, maxDepth: 3, maxExpandedNodes: 100))
        let deep = decoder.decode(bytes: Array("a: [[[[1]]]]\n".utf8), path: "deep.yaml")
        #expect(deep.findings.map(\.rule) == ["syntax"])
        #expect(deep.findings.first?.text.contains("3") == true)
        #expect(deep.findings.first?.location == Location(file: "deep.yaml", line: 1, column: 6))
        let big = decoder.decode(bytes: Array(repeating: 0x20, count: (1 << 20) + 1), path: "big.yaml")
        #expect(big.findings.map(\.rule) == ["syntax"])
        #expect(big.findings.first?.text.contains("\(1 << 20)") == true)
        let aliases = decoder.decode(
            bytes: Array("a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n".utf8),
            path: "lol.yaml")
        #expect(aliases.findings.map(\.rule) == ["syntax"])
        #expect(aliases.findings.first?.text.contains("100") == true)
    }

    @Test("a syntax error is one syntax finding and nothing else")
    func syntaxError() {
        let file = CatalogDecoder(traits: [:]).decode(bytes: Array("sector:\n  name: \"open\nprocedures: []\n".utf8), path: "x.yaml")
        #expect(file.findings.map(\.rule) == ["syntax"])
        #expect(file.findings.first?.severity == .error)
        #expect(file.sector == nil)
    }
}
