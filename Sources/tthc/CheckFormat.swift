import ArgumentParser

/// The output formats of `tthc check`.
enum CheckFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, sarif, junit, github, markdown
}
