import ArgumentParser
import Foundation
import Reporters
import Review

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
                throw RunFailure(
                    "rule tests `\(root)` not found; pass a test file or directory as the argument",
                    "không tìm thấy kiểm thử quy tắc `\(root)`; truyền tệp hoặc thư mục kiểm thử làm tham số")
            }
            var tests: [RuleTest] = []
            var errors: [String] = []
            for source in try FileSystemInput.read(FileSystemInput.yamlFiles(at: root), limits: workspace.limits) {
                guard case .bytes(let bytes) = source.content else {
                    errors.append(
                        source.nameFinding.map { "\($0.location): \(MessageText.render($0.message, in: workspace.language))" }
                            ?? "\(source.path): the file is larger than the size limit")
                    continue
                }
                switch RuleTestDecoder.decode(bytes, path: source.path) {
                case .success(let found): tests += found
                case .failure(let failure):
                    errors += failure.findings.map { "\($0.location): \(MessageText.render($0.message, in: workspace.language))" }
                }
            }
            guard errors.isEmpty else {
                throw RunFailure(
                    "the rule tests are invalid; fix them and run again:",
                    "tệp kiểm thử quy tắc không hợp lệ; sửa rồi chạy lại:", details: errors)
            }
            let runner = RuleTestRunner(
                ruleSet: workspace.ruleSet, planID: input.plan, defaultDate: workspace.asOf, budget: workspace.budget)
            let results = tests.map(runner.run)
            try Terminal.emit(RuleTestReporter.text(results, language: workspace.language), to: nil)
            if results.contains(where: { !$0.passed }) { throw ExitCode(1) }
        }
    }
}
