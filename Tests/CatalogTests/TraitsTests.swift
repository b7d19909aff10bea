import Catalog
import Testing
import Vocabulary

/// A file's procedures may share one packed list of traits, each reading its
/// own part (issue 13). Each must still behave as its own value: it sees its
/// entries only, in the order written, and a change to one leaves the others
/// (and any copy) as they were.
@Suite struct TraitsTests {
    static func at(_ line: Int, _ column: Int = 3) -> Mark { Mark(line: line, column: column) }

    /// Two procedures' traits in one list: `online` and `fee` for the first,
    /// `online` alone for the second.
    static func shared() -> [Traits] {
        var list = TraitList()
        list.append("online", Located(.string("full"), at: at(1)))
        list.append("fee", Located(.number(0.5), at: at(2)))
        list.append("online", Located(.string("partial"), at: at(5)))
        return Traits.sharing(list, [0..<2, 2..<3])
    }

    @Test func eachProcedureReadsItsOwnPartOnly() {
        let traits = Self.shared()
        #expect(traits[0].names == ["online", "fee"])
        #expect(traits[0]["online"] == Located(.string("full"), at: Self.at(1)))
        #expect(traits[0]["fee"] == Located(.number(0.5), at: Self.at(2)))
        #expect(traits[1].names == ["online"])
        #expect(traits[1]["online"] == Located(.string("partial"), at: Self.at(5)))
        #expect(traits[1]["fee"] == nil)
        #expect(!traits[1].isEmpty && Traits().isEmpty)
    }

    @Test func changingOnePartLeavesTheOthersAndCopiesAsTheyWere() {
        var traits = Self.shared()
        let copy = traits[0]
        traits[0]["fee"] = Located(.bool(true), at: Self.at(9))
        traits[0]["field_inspection"] = Located(.bool(false), at: Self.at(10))
        traits[0]["online"] = nil
        #expect(traits[0].names == ["fee", "field_inspection"])
        #expect(traits[0]["fee"] == Located(.bool(true), at: Self.at(9)))
        #expect(copy.names == ["online", "fee"])
        #expect(copy["fee"] == Located(.number(0.5), at: Self.at(2)))
        #expect(traits[1].names == ["online"])
        #expect(traits[1]["online"]?.value == .string("partial"))
    }

    @Test func valuesOfEveryKindReadBackAsWritten() {
        var traits = Traits()
        let values: [(String, TraitValue)] = [
            ("yes", .bool(true)), ("no", .bool(false)), ("zero", .number(0)), ("negative", .number(-2.25)),
            ("text", .string("Sở Tư pháp")), ("empty", .string("")),
        ]
        for (line, (name, value)) in values.enumerated() { traits[name] = Located(value, at: Self.at(line + 1)) }
        #expect(traits.names == values.map(\.0))
        for (line, (name, value)) in values.enumerated() { #expect(traits[name] == Located(value, at: Self.at(line + 1))) }
    }

    @Test func aListRefusesMoreNamesThanAnEntryCanReferTo() {
        var list = TraitList()
        let taken = (0...Int(UInt16.max)).allSatisfy { list.append("t\($0)", Located(.bool(true), at: Self.at(1))) }
        #expect(taken)
        let oneMore = list.append("one-more", Located(.bool(true), at: Self.at(1)))
        #expect(!oneMore)
        let known = list.append("t7", Located(.number(7), at: Self.at(2)))
        #expect(known, "a name it holds is still taken")
        #expect(list.count == Int(UInt16.max) + 2)
        #expect(list.name(at: list.count - 1) == "t7" && list.value(at: list.count - 1).value == .number(7))
    }

    @Test func aStepReadsBackWhatItWasMadeWithAndWhatItIsSetTo() {
        var step = Step(
            step: Located(.appraise, at: Self.at(1, 5)), by: Located(.agency, at: Self.at(1, 20)),
            days: Located(Duration(days: 2.5), at: Self.at(1, 32)), mark: Self.at(1, 3))
        #expect(step.step == Located(.appraise, at: Self.at(1, 5)))
        #expect(step.by == Located(.agency, at: Self.at(1, 20)))
        #expect(step.days == Located(Duration(days: 2.5), at: Self.at(1, 32)))
        #expect(step.level == nil && step.channel == nil)
        step.level = Located(.commune, at: Self.at(2, 9))
        step.channel = Located(.online, at: Self.at(3, 9))
        step.days.value = Duration(days: 1, kind: .calendarDays)
        #expect(step.level == Located(.commune, at: Self.at(2, 9)))
        #expect(step.channel == Located(.online, at: Self.at(3, 9)))
        #expect(step.days == Located(Duration(days: 1, kind: .calendarDays), at: Self.at(1, 32)))
        step.level = nil
        #expect(step.level == nil && step.channel?.value == .online)
    }
}
