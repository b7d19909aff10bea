import ArgumentParser
import Foundation
import Vocabulary

/// Where the catalog and rules are and which day and plan the run is for;
/// shared by every command that reads them.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The catalog directory.", valueName: "DIR"))
    var catalog: String = "catalog"

    @Option(help: ArgumentHelp("The rules directory (plans, traits, rules).", valueName: "DIR"))
    var rules: String = "rules"

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The run's date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: ArgumentHelp("Measure against this plan instead of the one in force.", valueName: "ID"))
    var plan: String?

    @Option(help: ArgumentHelp("Language of messages and headings (default: from LC_ALL/LANG, vi* → vi).", valueName: "vi|en"))
    var lang: Language?

    @Option(help: ArgumentHelp("Threads for reading and decoding files (default: all cores).", valueName: "N"))
    var jobs: Int?

    /// The argument parser prints these with its usage lines, so they are
    /// worded here, in the run's language, from `RunMessageText`.
    func validate() throws {
        if let asOf, LocalDate(asOf) == nil {
            throw ValidationError(RunMessageText.render(.asOfNotADate(asOf), in: CLILanguage.current))
        }
        if let jobs, jobs < 1 {
            throw ValidationError(RunMessageText.render(.jobsBelowOne(jobs), in: CLILanguage.current))
        }
    }

    /// The date given, else today in the local time zone (the clock is read
    /// here, at the edge, and passed in from then on).
    var runDate: LocalDate {
        if let asOf, let date = LocalDate(asOf) { return date }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }

    var language: Language { lang ?? CLILanguage.current }

    var threads: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    /// `--catalog`, which must be a directory: a file is named as one, so
    /// that the user is not told it cannot be found.
    func catalogDirectory() throws(RunFailure) -> String {
        guard FileSystemInput.isDirectory(catalog) else {
            let isFile = FileManager.default.fileExists(atPath: catalog)
            throw RunFailure(isFile ? .catalogIsAFile(catalog) : .catalogDirectoryMissing(catalog))
        }
        return catalog
    }
}
