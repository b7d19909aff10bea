import Catalog
import Testing

@testable import Documents

/// A national catalog gives each national procedure's name again in every
/// province's files; the decoder keeps one copy of each for the run (issue
/// 13). A text is the same one only when its bytes are: canonically equal
/// texts written differently are not merged, so nothing printed changes.
@Suite struct TextInternerTests {
    /// Where a string's bytes live: equal for two strings sharing one copy.
    static func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    static func file(_ names: [String]) -> [UInt8] {
        var yaml = "sector: { id: s, name: S }\nprocedures:\n"
        for (index, name) in names.enumerated() {
            yaml += "  - { code: \"1.00000\(index)\", name: \(name), level: province, deadline: { legal: 5 } }\n"
        }
        return Array(yaml.utf8)
    }

    @Test func aNameGivenAgainInAnotherFileIsTheFirstFilesCopy() {
        let decoder = CatalogDecoder(traits: Decode.traits)
        let name = "Cấp giấy phép hoạt động cơ sở dịch vụ chăm sóc người cao tuổi"
        let first = decoder.decode(bytes: Self.file([name, "Đăng ký khai sinh lưu động"]), path: "a.yaml")
        let second = decoder.decode(bytes: Self.file(["Đăng ký khai sinh lưu động", name]), path: "b.yaml")
        #expect(first.findings.isEmpty && second.findings.isEmpty)
        #expect(first.procedures.map(\.name.value) == [name, "Đăng ký khai sinh lưu động"])
        #expect(second.procedures.map(\.name.value) == ["Đăng ký khai sinh lưu động", name])
        #expect(Self.storage(first.procedures[0].name.value) == Self.storage(second.procedures[1].name.value))
        #expect(Self.storage(first.procedures[1].name.value) == Self.storage(second.procedures[0].name.value))
        #expect(second.procedures[1].name.mark.line == 4, "each procedure keeps its own mark")
    }

    @Test func textsAreTheSameOnlyWhenTheirBytesAre() {
        let texts = TextInterner()
        // Longer than a string holds inline, so that a kept copy has storage to compare.
        let composed = "Thành phố Cà Mau, tỉnh Cà Mau"  // à as U+00E0
        let decomposed = "Thành phố Ca\u{0300} Mau, tỉnh Cà Mau"  // a + combining grave: canonically equal, other bytes
        #expect(composed == decomposed)
        let kept = texts.keep(composed)
        #expect(Self.storage(texts.keep(String(decoding: Array(composed.utf8), as: UTF8.self))) == Self.storage(kept))
        #expect(Array(texts.keep(decomposed).utf8) == Array(decomposed.utf8))
        #expect(Array(composed.utf8).withUnsafeBufferPointer { texts.find($0) }.map { Array($0.utf8) } == Array(composed.utf8))
        #expect(Array(decomposed.utf8).withUnsafeBufferPointer { texts.find($0) }.map { Array($0.utf8) } == Array(decomposed.utf8))
        #expect(Array("Thành phố Cà Mau".utf8).withUnsafeBufferPointer { texts.find($0) } == nil)
    }

    @Test func manyTextsFromManyThreadsAreEachKeptOnce() async {
        let texts = TextInterner()
        let words = (0..<5_000).map { "thủ tục số \($0) của lĩnh vực hộ tịch" }
        let kept = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<4 { group.addTask { words.map { texts.keep(String(decoding: Array($0.utf8), as: UTF8.self)) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(kept.allSatisfy { $0 == words })
        for index in words.indices {
            let first = Self.storage(kept[0][index])
            #expect(kept.allSatisfy { Self.storage($0[index]) == first })
        }
    }
}
