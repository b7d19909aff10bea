import Catalog
import Vocabulary
import Testing

@Suite("NumberText")
struct NumberTextTests {
    @Test("format: no trailing zeros, no binary noise", arguments: [
        (7.0, "7"), (0.5, "0.5"), (2.25, "2.25"), (0.1 + 0.2, "0.3"), (1.1 * 3, "3.3"), (-3.0, "-3"),
        (0.0, "0"), (-0.0, "0"), (10.0, "10"), (100000.5, "100000.5"), (0.37032, "0.37032"),
        (0.4908, "0.4908"), (2325.0, "2325"), (1.0 / 3.0, "0.333333333333"), (7.000000000000001, "7"),
    ])
    func format(_ value: Double, _ text: String) {
        #expect(NumberText.format(value) == text)
    }

    @Test("format: the four cases of the brief")
    func formatBrief() {
        #expect(NumberText.format(7) == "7")
        #expect(NumberText.format(0.5) == "0.5")
        #expect(NumberText.format(2.25) == "2.25")
        #expect(NumberText.format(0.1 + 0.2) == "0.3")
    }

    @Test("parse: plain decimals", arguments: [("10", 10.0), ("-3", -3.0), ("+3", 3.0), ("0.5", 0.5), ("010", 10.0), ("2.25", 2.25)])
    func parse(_ text: String, _ value: Double) {
        #expect(NumberText.parse(text) == value)
    }

    @Test("parse: nothing a schema should guess at", arguments: [
        "1e3", ".inf", "-.inf", ".nan", "1_000", "0x1F", "0o17", "", "1.", "-", "+", "1.2.3", " 1", "1 ", "1,5",
        "١٠", "ten", "--1", "1-",
    ])
    func parseRejects(_ text: String) {
        #expect(NumberText.parse(text) == nil)
    }

    @Test("parse: a number too long for a double is not infinity")
    func parseOverlong() {
        let value = NumberText.parse("1" + String(repeating: "0", count: 400))
        #expect(value == nil || value!.isFinite, "reads as \(String(describing: value))")
    }
}
