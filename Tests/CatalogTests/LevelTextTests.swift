import Catalog
import Testing

/// `LevelText.read`: the level words of SPEC §3 and §8.3, and the near misses.
@Suite("LevelText: province, district, commune and their Vietnamese names")
struct LevelTextTests {
    @Test("the canonical words are canonical", arguments: Level.allCases)
    func canonical(_ level: Level) throws {
        let reading = try LevelText.read(level.rawValue).get()
        #expect(reading == Reading(level))
        #expect(reading.isCanonical)
    }

    @Test("the Vietnamese words, as staff and the national database write them", arguments: [
        ("tỉnh", Level.province), ("cấp tỉnh", .province), ("Cấp Tỉnh", .province), ("CẤP TỈNH", .province),
        ("Tỉnh", .province), (" cấp  tỉnh ", .province), ("cấp\u{A0}tỉnh", .province), ("cấp\ttỉnh", .province),
        ("ca\u{302}\u{301}p ti\u{309}nh", .province), ("ti\u{309}nh", .province), ("cấp tỉnh\n", .province),
        ("huyện", .district), ("cấp huyện", .district), ("Cấp Huyện", .district), ("HUYỆN", .district),
        ("huye\u{323}\u{302}n", .district),
        ("xã", .commune), ("cấp xã", .commune), ("Cấp Xã", .commune), ("Xã", .commune), ("xa\u{303}", .commune),
        ("cấp\u{200B} xã", .commune),
    ])
    func vietnamese(_ text: String, _ level: Level) throws {
        let reading = try LevelText.read(text).get()
        #expect(reading.value == level)
        #expect(reading.canonicalText == level.rawValue)
        #expect(!reading.isCanonical)
    }

    @Test("near misses get the word probably meant, the closer of English and Vietnamese", arguments: [
        ("Province", "province"), ("PROVINCE", "province"), (" province", "province"), ("provice", "province"),
        ("provnice", "province"), ("District", "district"), ("distric", "district"), ("Commune", "commune"),
        ("comune", "commune"), ("tinh", "tỉnh"), ("Tinh", "tỉnh"), ("cap tinh", "cấp tỉnh"), ("Cap Tinh", "cấp tỉnh"),
        ("huyen", "huyện"), ("cap huyen", "cấp huyện"), ("xa", "xã"), ("cap xa", "cấp xã"), ("tỉn", "tỉnh"),
        ("cấp tỉn", "cấp tỉnh"),
    ])
    func nearMiss(_ text: String, _ suggestion: String) {
        #expect(LevelText.read(text) == .failure(.unknown(suggestion: suggestion)))
    }

    @Test("other words are not levels", arguments: ["", "   ", "trung ương", "thành phố", "national", "bộ", "cấp", "1", "tỉnh huyện"])
    func unknown(_ text: String) {
        #expect(LevelText.read(text) == .failure(.unknown(suggestion: nil)))
    }
}
