import ArgumentParser
import Documents
import Foundation
import Reporters
import Review
import Vocabulary

extension TTHC {
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the rule tests: inline catalogs and exactly the findings they must give.",
            discussion: """
                With --coverage, a table follows: per rule in force, the tests that made it fire, saw it hold and \
                reach it. Exit status: 0 all passed, 1 a test failed or the coverage is below --min-coverage, \
                2 the tests or rules could not be read.
                """)

        @Argument(help: ArgumentHelp("A rule test file or directory (default: <rules>/tests).", valueName: "DIR"))
        var directory: String?

        @OptionGroup var input: InputOptions

        @Flag(help: "After the results, list how many tests make each rule in force fire, hold, and reach it.")
        var coverage = false

        @Option(help: "Output format of --coverage (json: the coverage alone).")
        var format: ListFormat = .text

        @Option(
            name: .customLong("min-coverage"),
            help: ArgumentHelp(
                "Exit 1 when fewer than N% of the rules in force both fire and hold in some test.", valueName: "N"))
        var minCoverage: Int?

        /// Worded by `RunMessageText` in the run's language, as `InputOptions` does.
        func validate() throws {
            if let minCoverage, !(0...100).contains(minCoverage) {
                throw ValidationError(RunMessageText.render(.minCoverageOutOfRange(minCoverage), in: CLILanguage.current))
            }
            if format == .json && !coverage {
                throw ValidationError(RunMessageText.render(.formatNeedsCoverage, in: CLILanguage.current))
            }
        }

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
                switch RuleTestDecoder.decode(bytes, path: source.path, traits: workspace.ruleSet.traits) {
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
            let measuring = coverage || minCoverage != nil
            let results = tests.map { runner.run($0, observing: measuring) }
            let failed = results.contains { !$0.passed }
            let report = RuleTestReporter.text(results, language: language)
            guard measuring else {
                try Terminal.emit(report, to: nil)
                if failed { throw ExitCode(1) }
                return
            }
            let measured = RuleCoverage(results, rules: workspace.ruleSet.rules, defaultDate: workspace.asOf)
            switch (coverage, format) {
            case (true, .json):
                // Standard output is the JSON alone, for a program to read; a
                // failing test is still told to the person, on standard error.
                try Terminal.emit(RuleCoverageReporter.json(measured), to: nil)
                if failed { Terminal.standardError(report) }
            case (true, .text): try Terminal.emit(report + RuleCoverageReporter.text(measured, language: language), to: nil)
            case (false, _): try Terminal.emit(report, to: nil)
            }
            var short = false
            if let minCoverage, !measured.meets(minCoverage) {
                Terminal.standardError(RuleCoverageReporter.shortfall(measured, minimum: minCoverage, language: language) + "\n")
                short = true
            }
            if failed || short { throw ExitCode(1) }
        }
    }
}
