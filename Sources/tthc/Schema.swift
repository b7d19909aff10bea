import ArgumentParser
import Reporters

extension TTHC {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a JSON Schema of a catalog file, with the traits declared in rules/, for editors.")

        @OptionGroup var input: InputOptions

        func run() throws {
            let workspace = try Workspace(input)
            try Terminal.emit(CatalogSchemaReporter.json(traits: workspace.ruleSet.traits, language: input.language), to: nil)
        }
    }
}
