import Catalog
import Testing

/// `Deadline.inForce` on deadlines as a catalog file writes them.
@Suite("Deadline.inForce")
struct DeadlineInForceTests {
    @Test("Deadline.inForce is proposed, else current, else legal")
    func inForce() throws {
        let yaml = """
            sector: { id: s, name: S }
            procedures:
              - { code: a, name: A, level: province, deadline: { legal: 10, current: 8, proposed: 5 } }
              - { code: b, name: B, level: province, deadline: { legal: 10, current: 8 } }
              - { code: c, name: C, level: province, deadline: { legal: 10 } }
            """
        let file = try Decode.catalog(yaml)
        #expect(file.procedures.map(\.deadline.inForce.days) == [5, 8, 10])
    }
}
