import Catalog
import Foundation
import Testing
import Vocabulary
import YAMLTree

@testable import Documents

/// The catalog decoder that reads libyaml's events without a tree (issue 13)
/// must decode every file it takes exactly as the tree's decoder does, and
/// give up on every file the tree's decoder has something to say about.
@Suite struct EventCatalogDecoderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Everything a decoded file holds, the marks included, as text.
    static func described(_ file: CatalogFile) -> String {
        var text = ""
        dump(file, to: &text)
        return text
    }

    /// Both decoders on `bytes`: the tree's result, and whether the event
    /// decoder took the file (with the same result, checked here).
    @discardableResult
    static func compare(
        _ bytes: [UInt8], path: String = "t.yaml", traits: [String: TraitDeclaration] = Decode.traits,
        limits: Limits = .standard, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        let decoder = CatalogDecoder(traits: traits, limits: limits)
        let tree = decoder.decodeForFix(bytes: bytes, path: path).file
        guard let events = EventCatalogDecoder.decode(bytes: bytes, path: path, traits: traits, limits: limits) else {
            return false
        }
        #expect(tree.findings.isEmpty, "the event decoder took a file with findings", sourceLocation: sourceLocation)
        #expect(described(events) == described(tree), sourceLocation: sourceLocation)
        #expect(described(decoder.decode(bytes: bytes, path: path)) == described(tree), sourceLocation: sourceLocation)
        return true
    }

    static func yamlFiles(under directory: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
    }

    @Test func theShippedCatalogIsReadFromEventsAsFromItsTree() throws {
        let files = Self.yamlFiles(under: Self.root.appendingPathComponent("catalog"))
        #expect(files.count > 10)
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            #expect(Self.compare(bytes, path: url.lastPathComponent), "\(url.lastPathComponent) was not read from events")
        }
    }

    @Test func everyFixtureReadsTheSameWhicheverDecoderTakesIt() throws {
        var taken = 0
        let files = Self.yamlFiles(under: Self.root.appendingPathComponent("Tests/Fixtures"))
        #expect(files.count > 40)
        for url in files {
            if Self.compare(Array(try Data(contentsOf: url)), path: url.lastPathComponent) { taken += 1 }
        }
        #expect(taken > 5)
    }

    static let clean = """
        # a comment
        ---
        sector:
          id: s
          name: "Tư pháp"
          agency: 'Sở Tư pháp'
          declared: { procedures: 2, legal_days: 30, cut_days: 10, rate: 0.3333 }
        procedures:
          - code: "1.000001"
            name: Cấp phiếu lý lịch tư pháp
            level: province
            legal_basis:
              - Luật Lý lịch tư pháp 2009
              - Luật Lý lịch tư pháp 2009
            deadline: { legal: 10, current: "8 working days", proposed: 6 }
            decision: QĐ 1/2026
            steps:
              - { step: receive, by: center, days: "4h", channel: online }
              - step: appraise
                by: agency
                days: 5.5
                level: province
            traits: { online: full, interagency: true, fee_vnd: 200000, contact: "0205 3812 345" }
            four_on_spot: false
            waivers:
              - { rule: cut-depth, reason: "đã được Bộ chấp thuận", until: 2027-12-31 }
              - { rule: cut-min-rate, reason: tested }
            note: >
              ghi chú
              hai dòng
            agency: Sở Tư pháp
            dossiers_per_year: 1200
          - { code: 1.000002, name: Thứ hai, level: commune, deadline: { legal: same day }, traits: {}, steps: [], waivers: [] }
          - code: '1.000003'
            name: "Ba"
            level: province
            legal_basis:
            decision:
            deadline:
              legal: 15cd
              proposed: "10 calendar days"
            traits:
              field_inspection: false
        ...
        """

    @Test func everyFieldAndStyleOfACleanFileIsReadFromEvents() {
        #expect(Self.compare(Array(Self.clean.utf8)))
        // A level as staff write it: a fix for `tthc fix`, no finding; read the same.
        #expect(Self.compare(Array("sector: { id: s, name: S }\nprocedures:\n  - { code: a, name: A, level: Tỉnh, deadline: { legal: 10 ngày làm việc } }\n".utf8)))
        // The same with names in NFD: the values are normalized, as the tree's are.
        let nfd = Self.clean.replacingOccurrences(of: "Cấp phiếu", with: "Cấp phiếu".decomposedStringWithCanonicalMapping)
        #expect(Self.compare(Array(nfd.utf8)))
    }

    /// Files the event decoder leaves to the tree: each would give a finding,
    /// or uses YAML the catalog's decoder reads through its tree.
    @Test(arguments: [
        ("anchor and alias", "procedures:\n  - &p { code: a, name: A, level: province, deadline: { legal: 1 } }\n  - *p\n"),
        ("merge key", "procedures:\n  - { <<: { level: province }, code: a, name: A, deadline: { legal: 1 } }\n"),
        ("tag", "procedures:\n  - { code: !!str a, name: A, level: province, deadline: { legal: 1 } }\n"),
        ("duplicate key", "procedures:\n  - { code: a, code: b, name: A, level: province, deadline: { legal: 1 } }\n"),
        ("unknown key", "procedures:\n  - { code: a, name: A, level: province, deadline: { legal: 1 }, nmae: B }\n"),
        ("missing key", "procedures:\n  - { code: a, name: A, deadline: { legal: 1 } }\n"),
        ("bad value", "procedures:\n  - { code: a, name: A, level: province, deadline: { legal: 0 } }\n"),
        ("kinds of day", "procedures:\n  - { code: a, name: A, level: province, deadline: { legal: 1, proposed: 1cd } }\n"),
        ("undeclared trait", "procedures:\n  - { code: a, name: A, level: province, deadline: { legal: 1 }, traits: { x: 1 } }\n"),
        ("two documents", "procedures: []\n---\nprocedures: []\n"),
        ("no procedures", ""),
        ("empty procedures", "procedures:\n"),
        ("syntax error", "procedures: [\n"),
        ("decimal comma", "procedures:\n  - { code: a, name: A, level: province, deadline: { legal: 0,5 } }\n"),
    ])
    func filesWithSomethingToSayAreLeftToTheTree(what: String, procedures: String) {
        let yaml = "sector: { id: s, name: S }\n" + procedures
        let bytes = Array(yaml.utf8)
        #expect(EventCatalogDecoder.decode(bytes: bytes, path: "t.yaml", traits: Decode.traits, limits: .standard) == nil, "\(what)")
        let decoder = CatalogDecoder(traits: Decode.traits)
        #expect(Self.described(decoder.decode(bytes: bytes, path: "t.yaml")) == Self.described(decoder.decodeForFix(bytes: bytes, path: "t.yaml").file))
    }

    /// Bytes that are not UTF-8 are not checked before the events are read:
    /// libyaml refuses them where it reads them, wherever they are (a value,
    /// a comment, the last byte), the decoder gives up, and the finding is
    /// the tree's, at the first bad byte.
    @Test(arguments: [
        ("in a name", [0x41, 0xFF, 0x42], 4, 23),
        ("in a comment", Array("# ".utf8) + [0xC3, 0x28], 4, 69),
        ("overlong", [0xC0, 0xAF], 4, 22),
        ("a surrogate", [0xED, 0xA0, 0x80], 4, 22),
        ("past U+10FFFF", [0xF4, 0x90, 0x80, 0x80], 4, 22),
        ("cut short at the end", [0xE1, 0xBB], 5, 1),
    ] as [(String, [UInt8], Int, Int)])
    func bytesThatAreNotUTF8AreLeftToTheTree(what: String, bad: [UInt8], line: Int, column: Int) {
        let head = Array("sector: { id: s, name: S }\nprocedures:\n  - { code: a, name: A, level: province, deadline: { legal: 1 } }\n".utf8)
        let bytes: [UInt8] =
            switch what {
            case "in a comment": head + Array("  - { code: b, name: B, level: province, deadline: { legal: 1 } } ".utf8) + bad + [0x0A]
            case "cut short at the end": head + Array("  - { code: b, name: B, level: province, deadline: { legal: 1 } }\n".utf8) + bad
            default: head + Array("  - { code: b, name: ".utf8) + bad + Array(", level: province, deadline: { legal: 1 } }\n".utf8)
            }
        #expect(EventCatalogDecoder.decode(bytes: bytes, path: "t.yaml", traits: Decode.traits, limits: .standard) == nil, "\(what)")
        let file = CatalogDecoder(traits: Decode.traits).decode(bytes: bytes, path: "t.yaml")
        #expect(file.procedures.isEmpty, "\(what)")
        #expect(file.findings.map { [$0.location.line, $0.location.column] } == [[line, column]], "\(what)")
    }

    @Test func theTreesLimitsAreKept() {
        let bytes = Array(Self.clean.utf8)
        #expect(Self.compare(bytes))
        #expect(!Self.compare(bytes, limits: Limits(maxExpandedNodes: 40)))
        #expect(!Self.compare(bytes, limits: Limits(maxDepth: 4)))
        #expect(!Self.compare(bytes, limits: Limits(maxExpandedBytes: 100)))
        #expect(!Self.compare(bytes, limits: Limits(maxFileBytes: 100)))
    }
}

/// The event decoder's procedure list hands its elements over moved: the
/// same elements in order, none copied or lost, none freed twice.
@Suite struct MovingListTests {
    final class Counted {
        nonisolated(unsafe) static var alive = 0
        let value: Int
        init(_ value: Int) {
            self.value = value
            Self.alive += 1
        }
        deinit { Self.alive -= 1 }
    }

    @Test func elementsAreMovedInOrderAndFreedOnce() {
        do {
            var list = MovingList<Counted>()
            for value in 0..<100 { list.append(Counted(value)) }
            #expect(Counted.alive == 100)
            let taken = list.take()
            #expect(taken.map(\.value) == Array(0..<100))
            #expect(list.count == 0)
            var rest = MovingList<Counted>()
            for value in 0..<5 { rest.append(Counted(value)) }
            #expect(Counted.alive == 105)
        }
        #expect(Counted.alive == 0)
    }
}
