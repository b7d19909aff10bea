import Foundation
import Review

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Every YAML file below `directory` as source files, sorted by path.
func sources(in directory: URL, skipping: String? = nil) throws -> [SourceFile] {
    let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
    var files: [SourceFile] = []
    while let url = enumerator?.nextObject() as? URL {
        if let skipping, url.path.contains("/\(skipping)/") { continue }
        guard ["yaml", "yml"].contains(url.pathExtension) else { continue }
        files.append(SourceFile(path: url.path, content: .bytes([UInt8](try Data(contentsOf: url)))))
    }
    return files.sorted { $0.path < $1.path }
}

func source(_ path: String, _ text: String) -> SourceFile {
    SourceFile(path: path, content: .bytes(Array(text.utf8)))
}
