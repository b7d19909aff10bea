import ArgumentParser
import Catalog
import Documents
import Foundation
import Reporters
import Review
import Vocabulary

extension TTHC {
    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draft the fewest changes that make the plan's catalog targets hold.",
            discussion: """
                New or deeper proposed deadlines for reduction_rate, new four_on_spot entries for \
                four_on_spot_share: the fewest changed procedures, then the fewest days cut beyond the target, then \
                the most citizen-days saved where dossiers_per_year is recorded, ties by code. Every change keeps the \
                plan's procedure_cut_rate and cut_scope_min_days, the cut-depth limit, the center's steps and half \
                working days, and the rules run on the changed catalog: no new warning or error. Without --write it \
                prints the table and a unified diff of the catalog files; --write rewrites only the changed values. \
                Exit status: 0 every target asked for is met, 1 one cannot be reached (the best value and why are \
                printed, nothing is written), 2 the run could not be made.
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "The target to reach.")
        var target: SuggestTarget = .all

        @Option(name: .customLong("max-changes"), help: ArgumentHelp("Change at most N procedures.", valueName: "N"))
        var maxChanges: Int?

        @Option(
            help: ArgumentHelp(
                "The least cut rate of a new proposal (default: the plan's procedure_cut_rate), rounded up to whole days.",
                valueName: "RATE"))
        var depth: String?

        @Option(help: "Output format.")
        var format: SuggestFormat = .text

        @Flag(help: "Write the changes into the catalog files instead of printing the diff.")
        var write = false

        func validate() throws {
            let language = CLILanguage.current
            if let depth, Self.rate(depth) == nil {
                throw ValidationError(RunMessageText.render(.depthOutOfRange(depth), in: language))
            }
            if let maxChanges, maxChanges < 1 {
                throw ValidationError(RunMessageText.render(.maxChangesBelowOne(maxChanges), in: language))
            }
        }

        /// A rate in (0, 1), with a decimal point or comma, or a percent.
        static func rate(_ text: String) -> Double? {
            var text = text.trimmingCharacters(in: .whitespaces)
            let percent = text.hasSuffix("%")
            if percent { text.removeLast() }
            guard let value = NumberText.parse(text.replacingOccurrences(of: ",", with: ".")) else { return nil }
            let rate = percent ? value / 100 : value
            return rate > 0 && rate < 1 ? rate : nil
        }

        func run() throws {
            let workspace = try Workspace(input)
            let context = try workspace.prepare(planID: input.plan)
            let directory = try input.catalogDirectory()
            let catalog = try workspace.loadCatalog([directory], jobs: input.threads)
            if let incomplete = Incompleteness.of(catalog) {
                throw RunFailure(.suggestIncomplete(files: max(1, incomplete.files.count)))
            }
            if let overflow = FigureOverflow.find(in: catalog) { throw RunFailure(.figureOverflow(overflow)) }
            let options = Suggester.Options(targets: target.targets, maxChanges: maxChanges, depth: depth.flatMap(Self.rate))
            let suggester = Suggester(context: context, options: options, budget: workspace.budget, jobs: input.threads)
            guard !suggester.targetsInForce().isEmpty else {
                throw RunFailure(.noTargetInForce(targets: target.targets.map(\.rawValue), plan: context.plan.id.value))
            }
            let suggestion = suggester.suggest(catalog)
            let rewritten = try rewrite(suggestion, workspace: workspace)
            let language = workspace.language
            let text = SuggestionTextReporter(language: language)
            var out =
                format == .json
                ? SuggestionJSONReporter(language: language).render(suggestion) + "\n"
                : text.render(suggestion, plan: context.plan.id.value)
            if suggestion.reached && !rewritten.isEmpty {
                if write {
                    for file in rewritten { try OutputFile.replace(file.path, with: file.new) }
                    if format == .text { out += "\n" + text.written(files: rewritten.count) }
                } else if format == .text {
                    // The diff holds the files' own lines: escaped for the terminal, as `fix` does.
                    let diff = rewritten.map { UnifiedDiff.render(path: $0.path, old: $0.old, new: $0.new) }.joined()
                    out += "\n" + HarmlessText.escape(diff, keepingLineBreaks: true)
                }
            } else if write && !suggestion.reached && format == .text {
                out += "\n" + text.written(files: nil)
            }
            try Terminal.emit(out, to: nil)
            Terminal.finish(failing: !suggestion.reached)
        }

        /// Each changed file's text before and after, in path order; a file
        /// the draft cannot be written into exactly stops the run (exit 2).
        private func rewrite(_ suggestion: SuggestedChanges, workspace: Workspace) throws -> [(path: String, old: String, new: String)] {
            let paths = Set(suggestion.changes.map(\.file) + suggestion.declared.map(\.file)).sorted()
            return try paths.map { path in
                let source = try FileSystemInput.read(path, limits: workspace.limits).get()
                guard case .bytes(let bytes) = source.content,
                    let written = SuggestionWriter.write(
                        bytes, path: path, changes: suggestion.changes.filter { $0.file == path },
                        declared: suggestion.declared.filter { $0.file == path }, traits: workspace.ruleSet.traits)
                else { throw RunFailure(.suggestionNotWritable(path)) }
                return (path, String(decoding: bytes, as: UTF8.self), String(decoding: written, as: UTF8.self))
            }
        }
    }
}

/// `tthc suggest --target`.
enum SuggestTarget: String, CaseIterable, ExpressibleByArgument {
    case reductionRate = "reduction_rate"
    case fourOnSpotShare = "four_on_spot_share"
    case all

    var targets: [SuggestionTarget] {
        switch self {
        case .reductionRate: [.reductionRate]
        case .fourOnSpotShare: [.fourOnSpotShare]
        case .all: SuggestionTarget.allCases
        }
    }
}

/// The output formats of `tthc suggest`.
enum SuggestFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
