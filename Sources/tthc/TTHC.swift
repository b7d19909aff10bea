import ArgumentParser
import Foundation
import Vocabulary

@main
struct TTHC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tthc",
        abstract: "Review a province's catalog of administrative procedures against its reform plan.",
        version: "0.1.0",
        subcommands: [Check.self, Report.self, Explain.self, Diff.self, Fix.self, Rules.self, Test.self],
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
            Terminal.standardError("tthc: error: \(failure.message)\n")
            Foundation.exit(2)
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
                    Terminal.standardError("tthc: error: \(error.message)\n")
                    Foundation.exit(2)
                }
                Foundation.exit(0)
            }
            Terminal.standardError(message.isEmpty ? "" : message + "\n")
            Foundation.exit(2)
        }
    }
}

/// A run that could not be made, with the one line that says why and what to do.
/// Its message is harmless (SPEC §8.6): every value interpolated into it is
/// escaped, so a path or a code cannot forge a line of standard error.
struct RunFailure: Error {
    var message: String

    /// A message whose every line the caller has already made harmless.
    init(message: String) {
        self.message = message
    }

    /// The message in the run's language.
    init(_ english: FailureText, _ vietnamese: FailureText) {
        message = CLILanguage.current.pick(english.text, vietnamese.text)
    }

    /// The message in the run's language, then one line per detail, each
    /// escaped (the errors of a rules directory, one at a place).
    init(_ english: FailureText, _ vietnamese: FailureText, details: [String]) {
        message = ([CLILanguage.current.pick(english.text, vietnamese.text)] + details.map { HarmlessText.escape($0) })
            .joined(separator: "\n")
    }
}
