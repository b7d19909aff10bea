import ArgumentParser
import Foundation
import Reporters
import Review
import Vocabulary

extension TTHC {
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the rule tests: inline catalogs and exactly the findings they must give.",
            discussion: "Exit status: 0 all passed, 1 a test failed, 2 the tests or rules could not be read.")

        @Argument(help: ArgumentHelp("A rule test file or directory (default: <rules>/tests).", valueName: "DIR"))
        var directory: String?

        @OptionGroup var input: InputOptions

        func run() throws {
            let workspace = try Workspace(input)
            try workspace.validateRules()
            let root = directory ?? (input.rules.hasSuffix("/") ? input.rules + "tests" : input.rules + "/tests")
            guard FileManager.default.fileExists(atPath: root) else {
                throw RunFailure(.ruleTestsMissing(root))
            }
            var tests: [RuleTest] = []
            var errors: [RunDetail] = []
            for source in try FileSystemInput.read(FileSystemInput.yamlFiles(at: root), limits: workspace.limits) {
                guard case .bytes(let bytes) = source.content else {
                    errors.append(source.nameFinding.map { .testError($0) } ?? .testTooLarge(path: source.path))
                    continue
                }
                switch RuleTestDecoder.decode(bytes, path: source.path) {
                case .success(let found):
                    tests += found
                    // A file-wide `only` is named by each of its tests: reported once.
                    var unknown = Set<Finding>()
                    let known = workspace.knownRuleIDs
                    errors += Finding.sorted(found.flatMap { $0.unknownRules(among: known) })
                        .filter { unknown.insert($0).inserted }.map { .testError($0) }
                case .failure(let failure):
                    errors += failure.findings.map { .testError($0) }
                }
            }
            guard errors.isEmpty else {
                throw RunFailure(.ruleTestsInvalid, details: errors)
            }
            let language = workspace.language
            let runner = RuleTestRunner(
                ruleSet: workspace.ruleSet, planID: input.plan, defaultDate: workspace.asOf, budget: workspace.budget,
                message: { MessageText.render($0, in: language) })
            let results = tests.map(runner.run)
            try Terminal.emit(RuleTestReporter.text(results, language: workspace.language), to: nil)
            if results.contains(where: { !$0.passed }) { throw ExitCode(1) }
        }
    }
}
