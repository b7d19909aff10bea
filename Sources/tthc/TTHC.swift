import ArgumentParser
import Foundation

@main
struct TTHC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tthc",
        abstract: "Review a province's catalog of administrative procedures against its reform plan.",
        version: "0.1.0",
        subcommands: [Check.self, Report.self, Explain.self, Diff.self, Rules.self, Test.self],
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
            FileHandle.standardError.write(Data("tthc: error: \(failure.message)\n".utf8))
            Foundation.exit(2)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if status == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message.isEmpty ? "" : message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// A run that could not be made, with the one line that says why and what to do.
struct RunFailure: Error {
    var message: String

    init(message: String) {
        self.message = message
    }

    /// The message in the run's language.
    init(_ english: String, _ vietnamese: String) {
        message = CLILanguage.current.pick(english, vietnamese)
    }
}
