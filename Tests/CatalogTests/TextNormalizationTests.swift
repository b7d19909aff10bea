import Catalog
import Foundation
import Testing

@Suite("TextNormalization.nfc")
struct TextNormalizationTests {
    static let composed = ["Hộ tịch", "Sở Tư pháp", "Đăng ký khai sinh", "Cấp Phiếu lý lịch tư pháp", "Xây dựng",
                           "Trung tâm Phục vụ hành chính công", "thủ tục hành chính", "ngoài_giờ", "Ủy ban", "ỹ ỵ ự ằ ẵ"]

    @Test("NFD Vietnamese becomes NFC, byte for byte", arguments: composed)
    func nfdToNFC(_ text: String) {
        let nfc = text.precomposedStringWithCanonicalMapping
        let nfd = text.decomposedStringWithCanonicalMapping
        #expect(!Array(nfd.utf8).elementsEqual(Array(nfc.utf8)) || !nfc.contains { !$0.isASCII })
        #expect(Array(TextNormalization.nfc(nfd).utf8) == Array(nfc.utf8))
    }

    @Test("composed text is returned unchanged", arguments: composed + ["", "ASCII only 1.001234.000.00.00.H37", "日本語", "한국어"])
    func composedUnchanged(_ text: String) {
        let nfc = text.precomposedStringWithCanonicalMapping
        #expect(Array(TextNormalization.nfc(nfc).utf8) == Array(nfc.utf8))
    }

    @Test("mixed NFC and NFD in one string, and a combining mark after ASCII")
    func mixed() {
        let mixed = "Ho\u{0323}\u{0302} ti\u{0323}ch và Sở"
        #expect(Array(TextNormalization.nfc(mixed).utf8) == Array("Hộ tịch và Sở".utf8))
        #expect(Array(TextNormalization.nfc("e\u{0301}").utf8) == Array("\u{E9}".utf8))
        // Marks in a non-canonical order are reordered and composed.
        #expect(Array(TextNormalization.nfc("o\u{0302}\u{0323}").utf8) == Array("\u{1ED9}".utf8))
    }

    @Test("a combining mark right after a composed Vietnamese letter or a dash is still composed")
    func markAfterSkippedBlocks() {
        // Ế (U+1EBE) and — (U+2014) are in the blocks the byte scan skips.
        #expect(Array(TextNormalization.nfc("Ếa\u{0300}").utf8) == Array("Ếà".utf8))
        #expect(Array(TextNormalization.nfc("—e\u{0301}").utf8) == Array("—é".utf8))
        #expect(Array(TextNormalization.nfc("Phòng e\u{0301}").utf8) == Array("Phòng é".utf8))
    }

    @Test("Hangul conjoining jamo compose")
    func hangul() {
        #expect(Array(TextNormalization.nfc("\u{1112}\u{1161}\u{11AB}").utf8) == Array("\u{D55C}".utf8))
    }

    @Test("nfc is idempotent")
    func idempotent() {
        for text in Self.composed {
            let once = TextNormalization.nfc(text.decomposedStringWithCanonicalMapping)
            #expect(Array(TextNormalization.nfc(once).utf8) == Array(once.utf8))
        }
    }
}
