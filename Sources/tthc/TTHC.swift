import ArgumentParser
import Foundation
import Vocabulary

@main
struct TTHC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tthc",
        abstract: "Review a province's catalog of administrative procedures against its reform plan.",
        version: "0.1.0",
        subcommands: [Check.self, Report.self, Explain.self, Diff.self, Fix.self, Import.self, Export.self, Suggest.self, Rules.self, Test.self, Schema.self],
        defaultSubcommand: Check.self
    )

    /// Exit codes are part of the contract (SPEC §5): 0 clean, 1 findings at or
    /// above `--fail-on`, 2 the run could not be made — bad arguments included,
    /// which swift-argument-parser would otherwise report as 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as RunFailure {
            fail(failure)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            // The help and the usage error keep their layout; an argument
            // echoed in them is still shown harmless.
            let message = HarmlessText.escape(fullMessage(for: error), keepingLineBreaks: true)
            if status == .success {
                do {
                    try Terminal.standardOutput(message + "\n")
                } catch {
                    fail(error)
                }
                Foundation.exit(0)
            }
            Terminal.standardError(message.isEmpty ? "" : message + "\n")
            Foundation.exit(2)
        }
    }

    /// The one place a `RunFailure` is worded: in the run's language, on
    /// standard error, then exit 2.
    private static func fail(_ failure: RunFailure) -> Never {
        Terminal.standardError(RunMessageText.render(failure, in: CLILanguage.current) + "\n")
        Foundation.exit(2)
    }
}
