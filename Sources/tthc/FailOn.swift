import ArgumentParser
import Vocabulary

/// The lowest severity that makes `check` exit 1, or `never`.
enum FailOn: String, CaseIterable, ExpressibleByArgument {
    case error, warning, info, never

    var threshold: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }
}

extension Severity: ExpressibleByArgument {}
