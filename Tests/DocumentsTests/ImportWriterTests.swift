import Catalog
import Documents
import Office
import Review
import Testing
import Vocabulary

/// Writing an import into a catalog file: values rewritten in place, keys the
/// file lacks added in its own style, lists of another length rewritten,
/// everything else byte for byte.
@Suite("import: writing the catalog file")
struct ImportWriterTests {
    static let file = """
        # Sở Tư pháp
        sector: { id: tu-phap, name: Tư pháp }
        procedures:
          - code: "1.000001"   # đã rà soát
            name: Một
            level: province
            legal_basis:
              - Luật A
            deadline: { legal: 10 }
          - { code: "1.000002", name: Hai, level: province, legal_basis: [L2], deadline: { legal: 5 } }

        """

    func write(_ rows: [[String]]) throws -> String {
        let header = ["Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Thời hạn giải quyết", "Thời hạn đề xuất",
                      "Căn cứ pháp lý", "Cơ quan thực hiện", "Liên thông"]
        let table = Table(
            source: .csv,
            rows: ([header] + rows).enumerated().map { r, texts in
                texts.enumerated().map { c, text in Cell(row: r + 1, column: c + 1, text: text) }
            })
        let imported = ImportReader(file: "ds.csv").read(table).rows
        let catalog = LoadedCatalog.decode(
            [SourceFile(path: "catalog/tu-phap.yaml", content: .bytes(Array(Self.file.utf8)))], traits: [:])
        let plan = ImportPlan(rows: imported, catalog: catalog, catalogDirectory: "catalog")
        let output = ImportWriter.write(
            Array(Self.file.utf8), path: "catalog/tu-phap.yaml", changes: plan.changed, additions: [], traits: [:])
        #expect(output.findings.isEmpty, "\(output.findings)")
        return String(decoding: output.bytes, as: UTF8.self)
    }

    @Test("keys the procedures lack are added beside what they write, block and flow alike; lists change length")
    func insertions() throws {
        let written = try write([
            ["1.000001", "Một", "Tư pháp", "Cấp Tỉnh", "10", "7", "Luật A\nLuật B", "Sở Tư pháp", "x"],
            ["1.000002", "Hai", "Tư pháp", "Cấp Tỉnh", "5", "3", "L2;L3", "UBND cấp xã", ""],
        ])
        #expect(
            written == """
                # Sở Tư pháp
                sector: { id: tu-phap, name: Tư pháp }
                procedures:
                  - code: "1.000001"   # đã rà soát
                    name: Một
                    level: province
                    agency: Sở Tư pháp
                    traits: { interagency: true }
                    legal_basis:
                      - Luật A
                      - Luật B
                    deadline: { legal: 10, proposed: 7 }
                  - { code: "1.000002", name: Hai, level: province, agency: UBND cấp xã, traits: { interagency: false }, legal_basis: [L2, L3], deadline: { legal: 5, proposed: 3 } }

                """)
        let decoded = CatalogDecoder(traits: [:]).decode(bytes: Array(written.utf8), path: "catalog/tu-phap.yaml")
        #expect(decoded.findings.filter { $0.rule == "syntax" }.isEmpty)
        #expect(decoded.procedures.map { $0.agency?.value } == ["Sở Tư pháp", "UBND cấp xã"])
        #expect(decoded.procedures.map { $0.deadline.proposed?.value.days } == [7, 3])
    }
}
