import ArgumentParser
import Foundation
import Vocabulary

extension Language: ExpressibleByArgument {}

/// The language of this run's messages, read once at the edge: `--lang` if
/// the arguments give it, else the locale of the environment. Errors thrown
/// before or outside argument parsing need it too, hence its own reading.
enum CLILanguage {
    static let current: Language = resolve(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    static func resolve(arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
                return language
            }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
        }
        return Language.fromEnvironment(environment)
    }
}
