import Catalog
import Documents
import Office
import Review
import Testing
import Vocabulary

/// The merge of an imported table into the catalog: the table owns name,
/// level, legal basis and legal deadline; the drafting work stays unless the
/// table has that column with a value; new procedures go to their sector's
/// file; missing ones are listed, never deleted.
@Suite("import: the merge")
struct ImportPlanTests {
    let catalog = LoadedCatalog.decode(
        [
            SourceFile(
                path: "catalog/tu-phap.yaml",
                content: .bytes(Array("""
                    sector: { id: tu-phap, name: Tư pháp }
                    procedures:
                      - { code: "1.000001", name: Cũ, level: province, legal_basis: [L1], deadline: { legal: 10, proposed: 7 }, decision: 881/QĐ-UBND }
                      - { code: "1.000002", name: Hai, level: province, legal_basis: [L2], deadline: { legal: 5 } }

                    """.utf8)))
        ], traits: [:])

    func rows(_ rows: [[String]]) -> [ImportedRow] {
        let header = ["Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Thời hạn giải quyết", "Căn cứ pháp lý"]
        let table = Table(
            source: .csv,
            rows: ([header] + rows).enumerated().map { r, texts in
                texts.enumerated().map { c, text in Cell(row: r + 1, column: c + 1, text: text) }
            })
        return ImportReader(file: "ds.csv").read(table).rows
    }

    @Test("a known code takes the sheet's name, level, basis and legal deadline; its proposed deadline and decision stay")
    func merge() {
        let plan = ImportPlan(
            rows: rows([["1.000001", "Mới", "Tư pháp", "Cấp Xã", "12 ngày làm việc", "L1\nL3"]]), catalog: catalog,
            catalogDirectory: "catalog")
        #expect(plan.changed.map(\.code) == ["1.000001"])
        #expect(plan.changed.first?.fields.map(\.field) == ["name", "level", "legal_basis", "deadline.legal"])
        #expect(plan.added.isEmpty)
        #expect(plan.missing == ["1.000002"])
    }

    @Test("new procedures go to their sector's file, or to a new file named after the sector")
    func additions() {
        let plan = ImportPlan(
            rows: rows([
                ["1.000003", "Ba", "Tư pháp", "Cấp Tỉnh", "3", "L"], ["1.000004", "Bốn", "Lao động – Thương binh và Xã hội", "Cấp Tỉnh", "3", "L"],
            ]), catalog: catalog, catalogDirectory: "catalog/")
        #expect(plan.added.map(\.file) == ["catalog/tu-phap.yaml", "catalog/lao-dong-thuong-binh-va-xa-hoi.yaml"])
        #expect(plan.added.map(\.newFile) == [false, true])
        #expect(Set(plan.missing) == ["1.000001", "1.000002"])
    }

    @Test("an unchanged row changes nothing")
    func unchanged() {
        let plan = ImportPlan(
            rows: rows([["1.000002", "Hai", "Tư pháp", "Cấp Tỉnh", "05 ngày làm việc", "L2"]]), catalog: catalog,
            catalogDirectory: "catalog")
        #expect(plan.changed.isEmpty)
    }

    @Test("a new procedure is written as the catalog writes one, and reads back as the row")
    func written() throws {
        let row = try #require(
            rows([["1.000005", "Cấp phép: lần đầu", "Tư pháp", "Cấp Huyện", "15 ngày", "Luật A\nNghị định B"]]).first)
        let text = ProcedureYAML.file(sectorID: "tu-phap", sectorName: "Tư pháp", items: [row])
        #expect(
            text == """
                sector:
                  id: tu-phap
                  name: Tư pháp
                procedures:
                  - code: "1.000005"
                    name: "Cấp phép: lần đầu"
                    level: district
                    legal_basis:
                      - Luật A
                      - Nghị định B
                    deadline: { legal: "15 calendar days" }

                """)
        let file = CatalogDecoder(traits: [:]).decode(bytes: Array(text.utf8), path: "catalog/tu-phap.yaml")
        #expect(file.findings.isEmpty)
        let procedure = try #require(file.procedures.first)
        #expect(procedure.code.value == "1.000005" && procedure.name.value == "Cấp phép: lần đầu")
        #expect(procedure.level.value == .district)
        #expect(procedure.deadline.legal.value == Duration(days: 15, kind: .calendarDays))
        #expect(procedure.legalBasis == ["Luật A", "Nghị định B"])
    }
}
