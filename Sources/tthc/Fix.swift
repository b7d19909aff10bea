import ArgumentParser
import Documents
import Foundation
import Reporters
import Review
import Vocabulary

extension TTHC {
    struct Fix: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rewrite mechanical mistakes of catalog files into their canonical forms.",
            discussion: """
                Vietnamese levels and durations (tỉnh, "10 ngày làm việc", "4 giờ", "trong ngày", "15 ngày"), \
                decimal commas, day/month/year dates, NFD text, invisible characters in codes and ids, and \
                yes/no/có/không on true/false keys. Only the changed values' bytes change: comments, order, quoting \
                and line endings stay. Without --write it prints a unified diff and exits 1 when something would \
                change (0 when nothing would), so CI can run it as a check; a file with a syntax error is never \
                changed. Exit status 2: the run could not be made.
                """)

        @Argument(help: ArgumentHelp("Catalog files or directories to fix (default: --catalog).", valueName: "PATH"))
        var paths: [String] = []

        @OptionGroup var input: InputOptions

        @Flag(help: "Write the fixed files in place instead of printing the diff.")
        var write = false

        func run() throws {
            let workspace = try Workspace(input)
            let roots = paths.isEmpty ? [try input.catalogDirectory()] : paths
            let files = try FileSystemInput.yamlFiles(at: roots)
            let language = workspace.language
            var changed = 0
            var refused = 0
            var diff = ""
            for file in files {
                let source = try FileSystemInput.read(file, limits: workspace.limits).get()
                let path = source.path
                guard case .bytes(let bytes) = source.content else {
                    refused += 1
                    let message: FixMessage = source.nameFinding.map { .unreadableName($0) } ?? .tooLarge(path: path)
                    Terminal.standardError(FixMessageText.render(message, in: language) + "\n")
                    continue
                }
                let fix = CatalogFix.fix(bytes, path: path, traits: workspace.ruleSet.traits, limits: workspace.limits)
                switch fix.outcome {
                case .unchanged:
                    continue
                case .refused(let finding):
                    refused += 1
                    Terminal.standardError(FixMessageText.render(.syntaxError(finding), in: language) + "\n")
                case .conflict:
                    refused += 1
                    Terminal.standardError(FixMessageText.render(.conflict(path: path), in: language) + "\n")
                case .fixed(let fixed, _):
                    changed += 1
                    let old = String(decoding: bytes, as: UTF8.self)
                    let new = String(decoding: fixed, as: UTF8.self)
                    if write {
                        try OutputFile.replace(path, with: new)
                    } else {
                        diff += UnifiedDiff.render(path: path, old: old, new: new)
                    }
                }
            }
            if write {
                try Terminal.emit(FixMessageText.render(.written(files: changed), in: language) + "\n", to: nil)
            } else {
                try Terminal.emit(HarmlessText.escape(diff, keepingLineBreaks: true), to: nil)
            }
            Terminal.finish(failing: refused > 0 || (!write && changed > 0))
        }
    }
}
