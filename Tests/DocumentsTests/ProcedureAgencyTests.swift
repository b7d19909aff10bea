import Catalog
import Testing
import Vocabulary

/// A procedure's own `agency` (SPEC §9.1): optional text, decoded with its mark.
@Suite struct ProcedureAgencyTests {
    static let yaml = """
        sector: { id: tu-phap, name: Tư pháp, agency: Sở Tư pháp }
        procedures:
          - { code: "1.1", name: A, level: province, deadline: { legal: 10 } }
          - { code: "1.2", name: B, level: commune, deadline: { legal: 5 }, agency: UBND cấp xã }
        """

    @Test func aProcedureKeepsItsOwnAgencyAndOthersHaveNone() throws {
        let file = try Decode.catalog(Self.yaml)
        #expect(Decode.findings(file) == [])
        #expect(file.procedures.map { $0.agency?.value } == [nil, "UBND cấp xã"])
        #expect(file.procedures[1].agency?.mark == Mark(4, 77))
    }

    @Test func anAgencyThatIsNotTextIsASchemaFinding() throws {
        let file = try Decode.catalog(
            """
            sector: { id: s, name: S }
            procedures:
              - { code: "1.1", name: A, level: province, deadline: { legal: 10 }, agency: [a, b] }
            """)
        #expect(file.findings.map(\.rule) == ["schema"])
        #expect(Decode.findings(file).first?.contains("agency") == true, "\(Decode.findings(file))")
    }
}
