import Catalog
import Testing

/// `BoolText.read`: only `true` and `false`; for the other words people use,
/// the boolean meant.
@Suite("BoolText: true and false only, and what other words meant")
struct BoolTextTests {
    @Test("true and false", arguments: [("true", true), ("false", false)])
    func booleans(_ text: String, _ value: Bool) {
        #expect(BoolText.read(text) == .success(value))
        #expect(BoolText.text(value) == text)
    }

    @Test("words that mean true or false are not booleans, but say which they meant", arguments: [
        ("có", true), ("Có", true), ("CÓ", true), ("co\u{301}", true), ("x", true), ("X", true), ("yes", true),
        ("Yes", true), ("y", true), ("on", true), ("True", true), ("TRUE", true), (" true", true), ("true\n", true),
        ("✓", true), ("đúng", true), ("1", true), ("co", true),
        ("không", false), ("Không", false), ("KHÔNG", false), ("no", false), ("No", false), ("n", false),
        ("off", false), ("False", false), ("FALSE", false), ("sai", false), ("0", false), ("khong", false),
        ("kho\u{302}ng", false),
    ])
    func meant(_ text: String, _ value: Bool) {
        #expect(BoolText.read(text) == .failure(.notABoolean(meant: value)))
    }

    @Test("other words mean neither", arguments: ["", "maybe", "có thể", "t", "f", "2", "yess", "nein", "không rõ"])
    func neither(_ text: String) {
        #expect(BoolText.read(text) == .failure(.notABoolean(meant: nil)))
    }
}
