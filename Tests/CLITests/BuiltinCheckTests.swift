import Foundation
import Testing

/// Each built-in check of SPEC §4.6 on its fixture under Tests/Fixtures/, run
/// as `tthc check --catalog CASE --rules rules --as-of 2026-11-26 --format json`
/// from the fixtures directory: exact rule ids, severities and locations.
@Suite("Built-in checks on fixture catalogs")
struct BuiltinCheckTests {
    @Test("clean: two valid sectors give no finding and exit 0")
    func clean() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "clean")
        #expect(result.status == 0, "\(result)")
        #expect(output.summary == .init(files: 2, sectors: 2, procedures: 4, error: 0, warning: 0, info: 0))
        expectFindings(output.findings, [])
    }

    @Test("syntax: the broken file gets a syntax finding from the parser; the good file is still checked")
    func syntax() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "syntax")
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [
                Expected("syntax/a-broken.yaml:5:1", "syntax", says: "quoted scalar", "3:9"),
                Expected("syntax/b-good.yaml:7:12", "schema", says: "`provincial`", "did you mean `province`?"),
            ])
        #expect(output.summary.files == 2)
        // The skipped file contributes no sector; the good one does.
        #expect(output.summary.sectors == 1)
        #expect(output.summary.procedures == 1)
        #expect(output.findings.last?.sector == "good")
        #expect(output.findings.last?.procedure == "1.000100")
    }

    @Test("schema: required keys missing, at the mapping that lacks them")
    func schemaMissing() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "schema-missing")
        #expect(result.status == 1)
        let file = "schema-missing/missing.yaml"
        expectFindings(
            output.findings,
            [
                Expected("\(file):2:3", "schema", says: "`sector`", "required key `name`"),
                Expected("\(file):5:5", "schema", says: "required key `code`"),
                Expected("\(file):8:5", "schema", says: "required key `level`"),
                Expected("\(file):8:5", "schema", says: "required key `name`"),
                Expected("\(file):9:15", "schema", says: "`deadline`", "required key `legal`"),
                // `level:` with no value counts as missing.
                Expected("\(file):10:5", "schema", says: "required key `level`"),
                Expected("\(file):15:9", "schema", says: "a step", "required key `by`"),
                Expected("\(file):15:9", "schema", says: "a step", "required key `days`"),
                Expected("\(file):17:9", "schema", says: "a waiver", "required key `reason`"),
                Expected("\(file):17:9", "schema", says: "a waiver", "required key `rule`"),
                Expected("schema-missing/no-procedures.yaml:1:1", "schema", says: "`procedures`"),
            ])
        #expect(output.summary.procedures == 3)
    }

    @Test("schema: unknown keys everywhere, with a did-you-mean when one is close")
    func schemaUnknownKey() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "schema-unknown-key")
        #expect(result.status == 1)
        let file = "schema-unknown-key/unknown.yaml"
        expectFindings(
            output.findings,
            [
                Expected("\(file):4:3", "schema", says: "`agencie`", "did you mean `agency`?"),
                Expected("\(file):5:1", "schema", says: "`version`", "sector, procedures"),
                Expected("\(file):10:5", "schema", says: "`legal_basic`", "did you mean `legal_basis`?"),
                Expected("\(file):11:28", "schema", says: "`propsed`", "did you mean `proposed`?"),
                Expected("\(file):13:9", "schema", says: "required key `days`"),
                Expected("\(file):13:38", "schema", says: "`day`", "did you mean `days`?"),
                // The fixture's rules/ has no rule `cut-depth`, so the waiver names no rule.
                Expected("\(file):15:17", "waiver-unknown-rule", says: "`cut-depth`"),
                Expected("\(file):15:39", "schema", says: "`untill`", "did you mean `until`?"),
                Expected("\(file):16:5", "schema", says: "`colour`", "allowed keys:", "legal_basis"),
            ])
        #expect(!output.findings[4].message.contains("did you mean"))
        #expect(output.summary.error == 9)
    }

    @Test("schema: wrong types, bad enum values, bad ids and dates")
    func schemaWrongType() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "schema-wrong-type")
        #expect(result.status == 1)
        let file = "schema-wrong-type/types.yaml"
        expectFindings(
            output.findings,
            [
                Expected("\(file):2:7", "schema", says: "`sector.id`", "`Sai Kieu`"),
                Expected("\(file):3:9", "schema", says: "`sector.name`", "a list"),
                Expected("\(file):4:27", "schema", says: "`declared.procedures`", "`mười`"),
                Expected("\(file):4:39", "schema", says: "`declared.rate`", "`37%`"),
                Expected("\(file):6:11", "schema", says: "`code`", "a list"),
                Expected("\(file):8:12", "schema", says: "`provincial`", "did you mean `province`?"),
                Expected("\(file):9:18", "schema", says: "`legal_basis`", "a list"),
                Expected("\(file):11:15", "schema", says: "`decision`", "a mapping"),
                Expected("\(file):13:17", "schema", says: "`recieve`", "did you mean `receive`?"),
                Expected("\(file):13:30", "schema", says: "`centre`", "did you mean `center`?"),
                Expected("\(file):14:30", "schema", says: "`nobody`", "center | agency | external"),
                Expected("\(file):15:19", "schema", says: "`four_on_spot`", "`maybe`"),
                Expected("\(file):17:46", "schema", says: "`waivers.until`", "`2025-13-01`"),
                Expected("\(file):18:11", "schema", says: "`note`", "empty"),
                Expected("\(file):22:15", "schema", says: "`deadline`", "a scalar"),
                Expected("\(file):23:12", "schema", says: "`steps`", "a list"),
                Expected("\(file):24:14", "schema", says: "`waivers`", "a list"),
            ])
        #expect(output.summary.procedures == 2)
        #expect(output.summary.sectors == 0)
    }

    @Test("schema: traits typed by their declarations in rules/")
    func schemaTraits() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "schema-traits")
        #expect(result.status == 1)
        let file = "schema-traits/traits.yaml"
        expectFindings(
            output.findings,
            [
                Expected("\(file):8:25", "schema", says: "`traits.field_inspection`", "`yes`", "write `true`"),
                Expected("\(file):10:15", "schema", says: "`traits.online`", "`ful`", "did you mean `full`?"),
                Expected("\(file):11:16", "schema", says: "`traits.fee_vnd`", "`100 nghìn`"),
                Expected("\(file):12:7", "schema", says: "undeclared trait `fieldinspection`", "did you mean `field_inspection`?"),
                Expected("\(file):13:7", "schema", says: "undeclared trait `ngoai_gio`"),
                Expected("\(file):19:16", "schema", says: "`traits.fee_vnd`", "`1_000`"),
                Expected("\(file):20:15", "schema", says: "`traits.online`", "a list"),
                Expected("\(file):21:20", "schema", says: "`traits.interagency`", "`1`"),
                Expected("\(file):26:13", "schema", says: "`traits`", "a list"),
            ])
        for finding in output.findings.prefix(5) {
            #expect(finding.procedure == "1.000701")
            #expect(finding.sector == "dac-tinh")
        }
    }

    @Test("schema: a second document, a scalar root, procedures that are not a list")
    func schemaStructure() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "schema-structure")
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [
                Expected("schema-structure/procedures-scalar.yaml:2:13", "schema", says: "`procedures`", "a list"),
                Expected("schema-structure/scalar-root.yaml:1:1", "schema", says: "mapping", "a scalar"),
                Expected("schema-structure/two-docs.yaml:4:1", "schema", says: "one document"),
            ])
    }

    @Test("duplicate-key: the repeated key, with the first as its related location")
    func duplicateKey() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "duplicate-key")
        #expect(result.status == 1)
        let file = "duplicate-key/dk.yaml"
        expectFindings(
            output.findings,
            [
                Expected("\(file):4:3", "duplicate-key", says: "`name`"),
                Expected("\(file):12:7", "duplicate-key", says: "`proposed`"),
                Expected("\(file):13:29", "duplicate-key", says: "`online`"),
            ])
        #expect(output.findings.map { $0.related?.map(\.description) ?? [] } == [
            ["\(file):3:3"], ["\(file):11:7"], ["\(file):13:15"],
        ])
    }

    @Test("duplicate-code: across two files, reported at the later one with the first as related")
    func duplicateCode() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "duplicate-code")
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [
                Expected("duplicate-code/b.yaml:6:11", "duplicate-code", says: "`1.000300`"),
                Expected("duplicate-code/b.yaml:9:13", "duplicate-code", says: "`1.000301`"),
            ])
        #expect(output.findings.map { $0.related?.map(\.description) ?? [] } == [
            ["duplicate-code/a.yaml:5:11"], ["duplicate-code/a.yaml:9:11"],
        ])
        #expect(output.findings.map(\.procedure) == ["1.000300", "1.000301"])
        #expect(output.findings.map(\.sector) == ["sector-b", "sector-b"])
        #expect(output.summary == .init(files: 2, sectors: 2, procedures: 4, error: 2, warning: 0, info: 0))
    }

    @Test("duplicate-sector: a sector id in two files (one a .yml in a subdirectory)")
    func duplicateSector() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "duplicate-sector")
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [Expected("duplicate-sector/sub/second.yml:2:42", "duplicate-sector", says: "`tai-chinh`")])
        #expect(output.findings.first?.related == [.init(file: "duplicate-sector/first.yaml", line: 2, column: 7)])
        #expect(output.findings.first?.sector == "tai-chinh")
        #expect(output.summary.files == 2)
    }

    @Test("durations: every valid form of SPEC §3 is accepted")
    func durations() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "durations")
        #expect(result.status == 0, "\(result)")
        expectFindings(output.findings, [])
        #expect(output.summary.procedures == 9)
    }

    @Test("bad-durations: zero, negative, unreadable, unknown unit, empty, mixed kinds of day")
    func badDurations() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "bad-durations")
        #expect(result.status == 1)
        let file = "bad-durations/bad.yaml"
        expectFindings(
            output.findings,
            [
                Expected("\(file):3:74", "schema", says: "`deadline.legal`", "more than zero", "`0`"),
                Expected("\(file):4:71", "schema", says: "`deadline.legal`", "more than zero", "`-3`"),
                Expected("\(file):5:72", "schema", says: "`deadline.legal`", "`ten days`"),
                Expected("\(file):6:73", "schema", says: "`deadline.legal`", "unit `weeks`"),
                Expected("\(file):7:73", "schema", says: "`deadline.legal`", "not a duration"),
                Expected("\(file):8:87", "schema", says: "`deadline.proposed`", "calendar days", "working days"),
                Expected("\(file):9:112", "schema", says: "`deadline.current`", "working days", "calendar days"),
                Expected("\(file):10:92", "schema", says: "`deadline.proposed`", "more than zero", "`0h`"),
                Expected("\(file):11:71", "schema", says: "`deadline.legal`", "`1e3`"),
                Expected("\(file):12:78", "schema", says: "`deadline.legal`", "a list"),
                Expected("\(file):18:44", "schema", says: "`steps.days`", "more than zero"),
                Expected("\(file):19:43", "schema", says: "`steps.days`", "`half a day`"),
            ])
        #expect(output.findings.map(\.procedure) == [
            "1.002001", "1.002002", "1.002003", "1.002004", "1.002005", "1.002006", "1.002007", "1.002008",
            "1.002009", "1.002010", "1.002011", "1.002011",
        ])
    }

    @Test("booleans: yes / on / NO / off / False are refused and say so; codes NO, 1.10, 1.1, 0x1F stay text")
    func booleans() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "booleans")
        #expect(result.status == 1)
        let file = "booleans/booleans.yaml"
        expectFindings(
            output.findings,
            [
                Expected("\(file):9:19", "schema", says: "`four_on_spot`", "`yes`", "not a boolean", "write `true`"),
                Expected("\(file):14:19", "schema", says: "`four_on_spot`", "`on`", "not a boolean", "write `true`"),
                Expected("\(file):19:19", "schema", says: "`four_on_spot`", "`NO`", "not a boolean", "write `false`"),
                Expected("\(file):25:28", "schema", says: "`traits.interagency`", "`off`", "write `false`"),
                Expected("\(file):25:51", "schema", says: "`traits.field_inspection`", "`False`", "write `false`"),
            ])
        // The codes are read as written: `NO` is not false, `1.10` is not the number 1.1.
        #expect(output.findings.map(\.procedure) == ["NO", "1.10", "1.1", "true", "true"])
        #expect(!output.findings.contains { $0.rule == "duplicate-code" })
        #expect(output.summary.procedures == 5)
    }

    @Test("typo: legal_basic → did you mean `legal_basis`, at 8:5")
    func typo() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "typo")
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [Expected("typo/typo.yaml:8:5", "schema", says: "unknown key `legal_basic`", "did you mean `legal_basis`?")])
        #expect(output.findings.first?.sector == "typo")

        let text = try TTHC.check(["--catalog", "typo"])
        #expect(text.stdoutLines.first == "typo/typo.yaml:8:5: error: unknown key `legal_basic` in a procedure; did you mean `legal_basis`? [schema]")
    }

    /// The unknown key sits in the mapping of procedure 1.000901, whose code is
    /// known; SPEC §5.1 leaves out only keys with no value.
    @Test("typo: the unknown-key finding names the procedure it is in")
    func typoNamesProcedure() throws {
        let (_, output) = try TTHC.checkJSON(catalog: "typo")
        #expect(output.findings.first?.procedure == "1.000901")
    }

    @Test("empty: an empty file and a comment-only file are each one schema finding at 1:1")
    func empty() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "empty")
        #expect(result.status == 1)
        expectFindings(
            output.findings,
            [
                Expected("empty/comment-only.yaml:1:1", "schema", says: "empty"),
                Expected("empty/empty.yaml:1:1", "schema", says: "empty"),
            ])
        #expect(output.summary == .init(files: 2, sectors: 0, procedures: 0, error: 2, warning: 0, info: 0))
    }

    @Test("list-root: a list where the file's mapping belongs")
    func listRoot() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "list-root")
        #expect(result.status == 1)
        expectFindings(output.findings, [Expected("list-root/list.yaml:1:1", "schema", says: "mapping", "a list")])
    }

    @Test("billion-laughs: a syntax finding naming the alias limit; the other file is still checked")
    func billionLaughs() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "billion-laughs")
        #expect(result.status == 1)
        expectFindings(
            output.findings, [Expected("billion-laughs/lol.yaml:7:8", "syntax", says: "aliases", "limit", "1000000")])
        #expect(output.summary.files == 2)
        #expect(output.summary.sectors == 1)
    }

    @Test("invalid-utf8: a syntax finding at the first bad byte; the UTF-8 file is still checked")
    func invalidUTF8() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "invalid-utf8")
        #expect(result.status == 1)
        expectFindings(output.findings, [Expected("invalid-utf8/latin1.yaml:3:10", "syntax", says: "UTF-8", "0xE0")])
        #expect(output.summary.files == 2)
        #expect(output.summary.sectors == 1)
    }

    @Test("nfd: codes that differ only in normalization are duplicates, printed NFC")
    func nfdDuplicateCode() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "nfd")
        #expect(result.status == 1)
        let nfcCode = "HT-H\u{1ED9}-t\u{1ECB}ch-01"
        let duplicates = output.findings.filter { $0.rule == "duplicate-code" }
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.place == "nfd/ho-tich.yaml:11:11")
        #expect(duplicates.first?.related == [.init(file: "nfd/ho-tich.yaml", line: 7, column: 11)])
        #expect(duplicates.first?.procedure?.unicodeScalars.elementsEqual(nfcCode.unicodeScalars) == true)
        #expect(duplicates.first.map { utf8(of: $0.message, contains: nfcCode) } == true)
        let undeclared = output.findings.first { $0.message.contains("undeclared trait") }
        #expect(undeclared?.place == "nfd/ho-tich.yaml:20:7")
        #expect(undeclared.map { utf8(of: $0.message, contains: "ngo\u{E0}i_gi\u{1EDD}") } == true)
    }

    @Test("nfd: every string of the JSON output is NFC, byte for byte")
    func nfdOutputIsNFC() throws {
        let (result, output) = try TTHC.checkJSON(catalog: "nfd")
        // The codes' Vietnamese letters (look-alike hazards, named NFC), the
        // duplicate code and the undeclared trait; `tỉnh` is a level now.
        #expect(output.findings.count == 6)
        #expect(output.findings.map(\.place) == [
            "nfd/ho-tich.yaml:7:16", "nfd/ho-tich.yaml:7:19", "nfd/ho-tich.yaml:11:11", "nfd/ho-tich.yaml:11:16",
            "nfd/ho-tich.yaml:11:19", "nfd/ho-tich.yaml:20:7",
        ])
        // No combining mark (U+0300–U+036F) may reach the output: each one would
        // mean decomposed text printed as read.
        let combining = result.stdout.unicodeScalars.filter { (0x300...0x36F).contains($0.value) }
        #expect(combining.isEmpty, "the output holds decomposed text:\n\(result.stdout)")
        let isNFC = result.stdout.precomposedStringWithCanonicalMapping.utf8.elementsEqual(result.stdout.utf8)
        #expect(isNFC)
    }
}

/// Whether `text` holds `part` with the very same bytes (String.contains would
/// also accept a canonically equivalent, differently normalized spelling).
func utf8(of text: String, contains part: String) -> Bool {
    let haystack = Array(text.utf8)
    let needle = Array(part.utf8)
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
        return true
    }
    return false
}
