import Catalog
import Testing
import Vocabulary

@Suite("Suggestion")
struct SuggestionTests {
    static let procedureKeys = [
        "code", "name", "level", "legal_basis", "deadline", "decision", "steps", "traits", "four_on_spot", "waivers", "note",
    ]

    @Test("a close misspelling suggests the key", arguments: [
        ("legal_basic", "legal_basis"), ("Legal_Basis", "legal_basis"), ("legalbasis", "legal_basis"),
        ("deadlnie", "deadline"), ("four_on_spt", "four_on_spot"), ("waiver", "waivers"), ("step", "steps"),
        ("trait", "traits"), ("nam", "name"), ("levl", "level"), ("notes", "note"),
    ])
    func closest(_ typo: String, _ key: String) {
        #expect(Suggestion.closest(to: typo, in: Self.procedureKeys) == key)
    }

    @Test("nothing close, nothing suggested", arguments: ["colour", "xyz", "version", "a", "procedure_code"])
    func none(_ name: String) {
        #expect(Suggestion.closest(to: name, in: Self.procedureKeys) == nil)
    }

    @Test("other vocabularies")
    func others() {
        #expect(Suggestion.closest(to: "propsed", in: ["legal", "current", "proposed"]) == "proposed")
        #expect(Suggestion.closest(to: "provincial", in: ["province", "district", "commune"]) == "province")
        #expect(Suggestion.closest(to: "centre", in: ["center", "agency", "external"]) == "center")
        #expect(Suggestion.closest(to: "recieve", in: ["receive", "appraise", "approve", "return"]) == "receive")
        #expect(Suggestion.closest(to: "ful", in: ["full", "partial", "none"]) == "full")
        #expect(Suggestion.closest(to: "fieldinspection", in: ["field_inspection", "interagency"]) == "field_inspection")
        #expect(Suggestion.closest(to: "anything", in: [String]()) == nil)
    }

    @Test("ties go to the alphabetically first candidate, whatever the order given")
    func ties() {
        #expect(Suggestion.closest(to: "ab", in: ["ac", "aa"]) == "aa")
        #expect(Suggestion.closest(to: "ab", in: ["aa", "ac"]) == "aa")
    }

    @Test("an exact match is its own suggestion")
    func exact() {
        #expect(Suggestion.closest(to: "code", in: Self.procedureKeys) == "code")
    }

    @Test("phrase: the end of a message, or nothing")
    func phrase() {
        #expect(Suggestion.phrase(for: "legal_basic", in: Self.procedureKeys) == "; did you mean `legal_basis`?")
        #expect(Suggestion.phrase(for: "colour", in: Self.procedureKeys) == "")
    }

    @Test("a swap of two neighbouring letters is one edit")
    func transposition() {
        #expect(Suggestion.closest(to: "levle", in: ["level", "legal_basis"]) == "level")
        #expect(Suggestion.closest(to: "lenght", in: ["len", "length"]) == "length")
    }
}
