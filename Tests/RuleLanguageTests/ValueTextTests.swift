import Testing
import Vocabulary

@testable import RuleLanguage

@Suite struct ValueTextTests {
    @Test func formats() {
        #expect(ValueText.format(.number(7)) == "7")
        #expect(ValueText.format(.number(0.5)) == "0.5")
        #expect(ValueText.format(.number(2.25)) == "2.25")
        #expect(ValueText.format(.number(-3)) == "-3")
        #expect(ValueText.format(.string("a \"b\"")) == "a \"b\"")
        #expect(ValueText.format(.date(TestScope.date("2025-12-31"))) == "2025-12-31")
        #expect(ValueText.format(.bool(true)) == "true")
        #expect(ValueText.format(.null) == "null")
        #expect(ValueText.format(.list([.number(1), .number(2)])) == "[1, 2]")
        #expect(ValueText.format(.list([.string("a"), .string("b\n")])) == "[\"a\", \"b\\n\"]")
        #expect(ValueText.format(.list([])) == "[]")
        let step = Record(TestScope.step, [.string("receive"), .string("center"), .number(1.5)])
        #expect(ValueText.format(.record(step)) == "{step: \"receive\", by: \"center\", days: 1.5}")
        #expect(ValueText.literal(.string("x")) == "\"x\"")
    }

    @Test func decimalRounding() {
        #expect(DecimalRounding.fixed(0.37032, digits: 2, shift: 2) == "37.03")
        #expect(DecimalRounding.fixed(0.005, digits: 2) == "0.01")
        #expect(DecimalRounding.fixed(-0.004, digits: 2) == "0.00")
        #expect(DecimalRounding.fixed(9.995, digits: 2) == "10.00")
        #expect(DecimalRounding.fixed(1e-7, digits: 2) == "0.00")
        #expect(DecimalRounding.fixed(1.2345678901234567e19, digits: 0) == "12345678901234567000")
        #expect(DecimalRounding.round(1.005, digits: 2) == 1.01)
        #expect(DecimalRounding.round(-1.005, digits: 2) == -1.01)
        #expect(DecimalRounding.round(0.5, digits: -1) == 0)
        #expect(DecimalRounding.round(5, digits: -1) == 10)
        #expect(DecimalRounding.round(99.5, digits: 0) == 100)
        #expect(DecimalRounding.round(.infinity, digits: 2) == .infinity)
    }
}
