import Foundation
import Testing
import YAMLTree

/// The rewriter against the official YAML test suite: in every valid case,
/// each scalar's range covers its token, and every scalar written anew (its
/// old text unknown to the rewriter, so nothing is skipped) reads back the same.
@Suite("ScalarRewriter on the official YAML test suite")
struct ScalarRewriterSuiteTests {
    /// Every scalar of every document, keys and values, in the order written.
    static func scalars(_ loaded: LoadedYAML) -> [Node] {
        var found: [Node] = []
        var stack = Array(loaded.documents.reversed())
        while let node = stack.popLast() {
            if node.scalar != nil {
                found.append(node)
            } else if let items = node.sequence {
                stack.append(contentsOf: items.reversed())
            } else if let pairs = node.mapping {
                for pair in pairs.reversed() { stack.append(contentsOf: [pair.value, pair.key]) }
            }
        }
        return found
    }

    @Test("each scalar's token, and each scalar written anew, in every valid case")
    func everyValidCase() throws {
        let root = YAMLTestSuiteTests.suiteDirectory()
        guard FileManager.default.fileExists(atPath: root.path) else {
            Issue.record("yaml-test-suite not found at \(root.path); set TTHC_YAML_TEST_SUITE to its path")
            return
        }
        var checked = 0
        for testCase in try YAMLTestSuiteTests.cases(in: root) {
            let dir = testCase.directory
            guard !FileManager.default.fileExists(atPath: dir.appendingPathComponent("error").path),
                YAMLTestSuiteTests.knownMismatches[testCase.id] == nil
            else { continue }
            let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent("in.yaml")))
            guard let loaded = try? YAMLLoader.load(bytes) else { continue }
            let nodes = Self.scalars(loaded)
            var seen = Set<Range<Int>>()
            var edits: [ScalarRewriter.Edit] = []
            for node in nodes where !node.sourceRange.isEmpty && seen.insert(node.sourceRange).inserted {
                let token = bytes[node.sourceRange]
                let opening: UInt8? = switch node.scalarStyle {
                case .singleQuoted: UInt8(ascii: "'")
                case .doubleQuoted: UInt8(ascii: "\"")
                case .literal: UInt8(ascii: "|")
                case .folded: UInt8(ascii: ">")
                default: nil
                }
                if let opening {
                    #expect(token.first == opening, "\(testCase.id): \(String(decoding: token, as: UTF8.self))")
                } else if !token.contains(0x0A) && !token.contains(0x0D) {
                    #expect(Array(token) == Array((node.scalar ?? "").utf8), "\(testCase.id)")
                }
                if node.scalarStyle == .singleQuoted || node.scalarStyle == .doubleQuoted {
                    #expect(token.last == opening, "\(testCase.id): \(String(decoding: token, as: UTF8.self))")
                }
                edits.append(
                    ScalarRewriter.Edit(
                        range: node.sourceRange, style: node.scalarStyle ?? .plain, inFlowCollection: node.isInFlowCollection,
                        value: node.scalar ?? ""))
            }
            let rewritten = try ScalarRewriter(bytes).apply(edits)
            let text = String(decoding: rewritten, as: UTF8.self)
            do {
                let again = try YAMLLoader.load(rewritten)
                #expect(Self.scalars(again).map(\.scalar) == nodes.map(\.scalar), "\(testCase.id):\n\(text)")
            } catch {
                Issue.record("\(testCase.id): \(error)\n\(text)")
            }
            checked += 1
        }
        #expect(checked > 200)
    }
}
