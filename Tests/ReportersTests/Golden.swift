import Foundation
import Testing

/// Compares an output with its golden file in `Golden/`, byte for byte (a
/// byte-order mark, CR LF or a composed letter is a difference), or rewrites
/// the file under `TTHC_UPDATE_GOLDEN=1`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TTHC_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let expected = FileManager.default.contents(atPath: file.path) else {
            Issue.record(
                "golden file \(file.path) is missing; run `TTHC_UPDATE_GOLDEN=1 swift test --filter ReportersTests`",
                sourceLocation: sourceLocation)
            return
        }
        #expect(
            Data(actual.utf8) == expected,
            "output differs from Golden/\(name); if the change is intended, run `TTHC_UPDATE_GOLDEN=1 swift test --filter ReportersTests`\n--- actual\n\(actual)",
            sourceLocation: sourceLocation)
    }
}
